#define BOOST_TEST_MODULE CommonGround deadline commands
#include <boost/test/unit_test.hpp>
