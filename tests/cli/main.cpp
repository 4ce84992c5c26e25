#define BOOST_TEST_MODULE CommonGround command line
#include <boost/test/unit_test.hpp>
