#define BOOST_TEST_MODULE CommonGround deadlines
#include <boost/test/unit_test.hpp>
