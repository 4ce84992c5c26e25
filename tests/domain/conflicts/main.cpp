#define BOOST_TEST_MODULE CommonGround conflict - of - interest check
#include <boost/test/unit_test.hpp>
