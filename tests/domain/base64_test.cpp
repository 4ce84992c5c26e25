// Base64 for exhibit contents: RFC 4648's test vectors, every byte value
// both ways, and a clear refusal of text that is not canonical base64.
#include <boost/test/unit_test.hpp>

#include "domain/base64.h"

using namespace cg;

namespace {

// "what (at N)" of the error decoding text throws, or "no error".
std::string decodeProblem(const std::string& text) {
    try {
        domain::decodeBase64(text);
    } catch (const domain::Base64Error& e) {
        return std::string(e.what()) + " (at " + std::to_string(e.offset()) + ")";
    }
    return "no error";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(Base64)

BOOST_AUTO_TEST_CASE(encodesTheTestVectorsOfRfc4648) {
    // RFC 4648 section 10.
    BOOST_TEST(domain::encodeBase64("") == "");
    BOOST_TEST(domain::encodeBase64("f") == "Zg==");
    BOOST_TEST(domain::encodeBase64("fo") == "Zm8=");
    BOOST_TEST(domain::encodeBase64("foo") == "Zm9v");
    BOOST_TEST(domain::encodeBase64("foob") == "Zm9vYg==");
    BOOST_TEST(domain::encodeBase64("fooba") == "Zm9vYmE=");
    BOOST_TEST(domain::encodeBase64("foobar") == "Zm9vYmFy");
}

BOOST_AUTO_TEST_CASE(decodesTheTestVectorsOfRfc4648) {
    BOOST_TEST(domain::decodeBase64("") == "");
    BOOST_TEST(domain::decodeBase64("Zg==") == "f");
    BOOST_TEST(domain::decodeBase64("Zm8=") == "fo");
    BOOST_TEST(domain::decodeBase64("Zm9vYmFy") == "foobar");
}

BOOST_AUTO_TEST_CASE(everyByteValueSurvivesEncodeAndDecode) {
    std::string bytes;
    for (int round = 0; round < 3; ++round)
        for (int b = 0; b < 256; ++b) bytes += static_cast<char>(b);
    for (std::size_t length : {bytes.size(), bytes.size() - 1, bytes.size() - 2}) {
        const std::string part = bytes.substr(0, length);
        BOOST_TEST(domain::decodeBase64(domain::encodeBase64(part)) == part, "length " << length);
    }
    BOOST_TEST(domain::encodeBase64("\xFF\xFE\xFD") == "//79");
}

BOOST_AUTO_TEST_CASE(whitespaceBetweenCharactersIsIgnored) {
    BOOST_TEST(domain::decodeBase64("\n  Zm9v\r\n  YmFy\t\n") == "foobar");
    BOOST_TEST(domain::decodeBase64("Zm9vYg =\n=") == "foob");
}

BOOST_AUTO_TEST_CASE(aCharacterOutsideTheAlphabetIsRefusedWhereItStands) {
    BOOST_TEST(decodeProblem("Zm9v#mFy") == "character '#' is not base64 (at 4)");
    // base64url's alphabet is not this one.
    BOOST_TEST(decodeProblem("Zm9v-_Fy") == "character '-' is not base64 (at 4)");
    BOOST_TEST(decodeProblem("Zm9v\xC3\xA4") == "byte 0xC3 is not base64 (at 4)");
}

BOOST_AUTO_TEST_CASE(textCutShortIsRefused) {
    BOOST_TEST(decodeProblem("Zm9vYmF") ==
               "base64 text ends in the middle of a group of four; it was cut short (at 7)");
    BOOST_TEST(decodeProblem("Zm9vYg=") ==
               "base64 text ends in the middle of a group of four; it was cut short (at 7)");
}

BOOST_AUTO_TEST_CASE(misplacedPaddingIsRefused) {
    BOOST_TEST(decodeProblem("Z===") == "padding '=' comes too early in its group of four (at 1)");
    BOOST_TEST(decodeProblem("Zm9v=") == "padding '=' comes too early in its group of four (at 4)");
    BOOST_TEST(decodeProblem("Zg===") == "padding '=' follows a complete group of four (at 4)");
    BOOST_TEST(decodeProblem("Zg==Zm9v") == "character 'Z' follows the padding '=' that ends base64 text (at 4)");
}

BOOST_AUTO_TEST_CASE(bitsBeyondTheDataAreRefused) {
    // "Zh==" decodes to "f" too, but no encoder writes it: the text was altered.
    BOOST_TEST(decodeProblem("Zh==") ==
               "the last base64 group has bits set beyond its data; the text was altered (at 4)");
    BOOST_TEST(decodeProblem("Zm9=") ==
               "the last base64 group has bits set beyond its data; the text was altered (at 4)");
}

BOOST_AUTO_TEST_SUITE_END()
