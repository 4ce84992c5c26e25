#define BOOST_TEST_MODULE CommonGround handouts and mediator papers
#include <boost/test/unit_test.hpp>
