#define BOOST_TEST_MODULE CommonGround document templates
#include <boost/test/unit_test.hpp>
