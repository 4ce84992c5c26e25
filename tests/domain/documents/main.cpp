#define BOOST_TEST_MODULE CommonGround documents
#include <boost/test/unit_test.hpp>
