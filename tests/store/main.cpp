#define BOOST_TEST_MODULE CommonGround store
#include <boost/test/unit_test.hpp>
