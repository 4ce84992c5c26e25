// The audit seals' digest against the test vectors of FIPS 180-4's examples
// (csrc.nist.gov, "SHA256.pdf") and a message longer than one block.
#include "domain/sha256.h"

#include <boost/test/unit_test.hpp>
#include <string>

using cg::domain::sha256Hex;

BOOST_AUTO_TEST_SUITE(Sha256)

BOOST_AUTO_TEST_CASE(digestsMatchThePublishedTestVectors) {
    BOOST_TEST(sha256Hex("") ==
               "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    BOOST_TEST(sha256Hex("abc") ==
               "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    BOOST_TEST(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
               "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    BOOST_TEST(sha256Hex(std::string(1000000, 'a')) ==
               "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

BOOST_AUTO_TEST_SUITE_END()
