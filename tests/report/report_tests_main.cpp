#define BOOST_TEST_MODULE cg_report_tests
#include <boost/test/unit_test.hpp>
