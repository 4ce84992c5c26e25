#define BOOST_TEST_MODULE CommonGround exchange
#include <boost/test/unit_test.hpp>
