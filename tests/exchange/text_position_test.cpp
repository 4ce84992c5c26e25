#include <boost/test/unit_test.hpp>

#include "exchange/text_position.h"

using cg::exchange::LineIndex;

namespace {

std::string at(const LineIndex& index, std::size_t offset) {
    const auto p = index.positionOf(offset);
    return std::to_string(p.line) + ":" + std::to_string(p.column);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(TextPosition)

BOOST_AUTO_TEST_CASE(firstCharacterIsLineOneColumnOne) {
    const std::string text = "<a>\n  <b/>\n</a>\n";
    BOOST_TEST(at(LineIndex(text), 0) == "1:1");
}

BOOST_AUTO_TEST_CASE(linesAndColumnsCountFromOne) {
    const std::string text = "<a>\n  <b/>\n</a>\n";
    BOOST_TEST(at(LineIndex(text), text.find("<b")) == "2:3");
    BOOST_TEST(at(LineIndex(text), text.find("</a")) == "3:1");
}

BOOST_AUTO_TEST_CASE(columnsCountCharactersNotBytes) {
    // "Müller" and "Παπαδόπουλος" take more bytes than characters; editors count characters.
    const std::string text = "<n>Müller Παπαδόπουλος</n>";
    BOOST_TEST(at(LineIndex(text), text.find("</n>")) == "1:23");
}

BOOST_AUTO_TEST_CASE(windowsLineEndingsCountOnce) {
    const std::string text = "<a>\r\n<b/>\r\n</a>";
    BOOST_TEST(at(LineIndex(text), text.find("<b")) == "2:1");
    BOOST_TEST(at(LineIndex(text), text.find("</a")) == "3:1");
}

BOOST_AUTO_TEST_CASE(byteOrderMarkTakesNoColumn) {
    const std::string text = "\xEF\xBB\xBF<a/>";
    BOOST_TEST(at(LineIndex(text), text.find("<a")) == "1:1");
}

BOOST_AUTO_TEST_CASE(offsetPastTheEndIsJustAfterTheLastCharacter) {
    const std::string text = "<a/>";
    BOOST_TEST(at(LineIndex(text), 99) == "1:5");
}

BOOST_AUTO_TEST_SUITE_END()
