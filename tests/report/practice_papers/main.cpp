#define BOOST_TEST_MODULE CommonGround practice papers
#include <boost/test/unit_test.hpp>
