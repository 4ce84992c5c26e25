#define BOOST_TEST_MODULE CommonGround domain
#include <boost/test/unit_test.hpp>
