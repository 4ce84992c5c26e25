#define BOOST_TEST_MODULE CommonGround common-ground views
#include <boost/test/unit_test.hpp>
