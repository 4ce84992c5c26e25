// The layout's display list, checked directly: where lines start and end,
// how justified lines fill the measure, where clause numbers hang.
#include <boost/test/unit_test.hpp>
#include <map>

#include "report/document_layout.h"
#include "report/typography.h"
#include "report/document_builder.h"
#include "report/pdf_tools.h"
#include "support/scoped_env.h"

using namespace cg;
using namespace cg::report;
using namespace cg::testing;

namespace {

constexpr double kMm = typography::kPointsPerMm;
// A4 with the default 25 mm margins.
constexpr double kLeft = 25 * kMm;
constexpr double kRight = 185 * kMm;

std::vector<TextItem> bodyText(const LaidOutDocument& laidOut, std::size_t page = 0) {
    std::vector<TextItem> items;
    for (const auto& item : laidOut.pages.at(page).items)
        if (const auto* t = std::get_if<TextItem>(&item); t && t->sizePt == typography::kBodySize)
            items.push_back(*t);
    return items;
}

double rightEdge(const TextItem& t) { return t.x + testFonts().textWidth(t.face, t.text, t.sizePt); }

}  // namespace

BOOST_AUTO_TEST_SUITE(LineSetting)

BOOST_AUTO_TEST_CASE(justifiedLinesFillTheMeasureAndTheLastLineIsFlushLeft) {
    const auto laidOut = layOut(DocumentBuilder().paragraph(numberedWords("settlement", 120)).build(), testFonts());
    std::map<double, std::vector<TextItem>> lines;
    for (const auto& t : bodyText(laidOut)) lines[t.baselineY].push_back(t);
    BOOST_REQUIRE_GE(lines.size(), 4u);
    std::size_t index = 0;
    for (const auto& [baseline, items] : lines) {
        BOOST_TEST(items.front().x == kLeft, boost::test_tools::tolerance(0.01));
        if (++index < lines.size())
            BOOST_TEST(rightEdge(items.back()) == kRight, boost::test_tools::tolerance(0.0001));
        else
            BOOST_TEST(rightEdge(items.back()) < kRight - 20);
    }
}

BOOST_AUTO_TEST_CASE(aWordWiderThanTheMeasureIsBrokenInsideIt) {
    const std::string longWord(300, 'X');
    const auto laidOut = layOut(DocumentBuilder().paragraph("See " + longWord + " here").build(), testFonts());
    std::string joined;
    for (const auto& t : bodyText(laidOut)) {
        BOOST_TEST(rightEdge(t) <= kRight + 0.01);
        joined += t.text;
    }
    BOOST_TEST(joined.find(longWord.substr(0, 50)) != std::string::npos);
    BOOST_TEST(std::count(joined.begin(), joined.end(), 'X') == 300);
}

BOOST_AUTO_TEST_CASE(clauseNumbersHangInTheMarginOfTheirIndent) {
    const auto laidOut = layOut(DocumentBuilder()
                                    .paragraph("The Supplier shall notify the Customer.", "1.1", 0)
                                    .paragraph("within 72 hours of discovery;", "(a)", 1)
                                    .build(),
                                testFonts());
    const auto items = bodyText(laidOut);
    auto find = [&](const std::string& text) {
        for (const auto& t : items)
            if (t.text.rfind(text, 0) == 0) return t;
        BOOST_FAIL("no text item starting with " + text);
        return TextItem{};
    };
    BOOST_TEST(find("1.1").x == kLeft - typography::kIndentStep, boost::test_tools::tolerance(0.01));
    BOOST_TEST(find("The Supplier").x == kLeft, boost::test_tools::tolerance(0.01));
    BOOST_TEST(find("(a)").x == kLeft, boost::test_tools::tolerance(0.01));
    BOOST_TEST(find("within").x == kLeft + typography::kIndentStep, boost::test_tools::tolerance(0.01));
    BOOST_TEST(find("1.1").baselineY == find("The Supplier").baselineY);
}

BOOST_AUTO_TEST_CASE(styledPartsOfOneWordSitSideBySide) {
    const auto laidOut = layOut(DocumentBuilder()
                                    .richParagraph({{"Zahnarztpraxis ", domain::documents::TextStyle::Regular},
                                                    {"Müller", domain::documents::TextStyle::Bold},
                                                    {"’s claim", domain::documents::TextStyle::Regular}})
                                    .build(),
                                testFonts());
    std::vector<TextItem> items;
    for (const auto& t : bodyText(laidOut))
        if (t.face == FontFace::SerifBold || t.text.find("claim") != std::string::npos) items.push_back(t);
    BOOST_REQUIRE_EQUAL(items.size(), 2u);
    BOOST_TEST(items[0].text == "Müller");
    BOOST_TEST(items[1].text == "’s claim");
    BOOST_TEST(items[1].x == rightEdge(items[0]), boost::test_tools::tolerance(0.0001));
}

BOOST_AUTO_TEST_CASE(flushLeftTextKeepsSingleSpacesInOneItem) {
    const auto laidOut = layOut(DocumentBuilder()
                                    .paragraph("ООО Северный Ветер agrees.", "", 0, domain::documents::Alignment::Left)
                                    .build(),
                                testFonts());
    const auto items = bodyText(laidOut);
    BOOST_REQUIRE_EQUAL(items.size(), 1u);
    BOOST_TEST(items[0].text == "ООО Северный Ветер agrees.");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(FontBookLoading)

BOOST_AUTO_TEST_CASE(aMissingFontNamesTheFileAndTheDebianPackage) {
    ScopedTempDir empty;
    ScopedEnv fontDir("COMMONGROUND_FONT_DIR", empty.path().c_str());
    try {
        FontBook fonts;
        BOOST_FAIL("a font directory without fonts was accepted");
    } catch (const FontError& e) {
        const std::string message = e.what();
        BOOST_TEST(message.find((empty.path() / "DejaVuSerif.ttf").string()) != std::string::npos);
        BOOST_TEST(message.find("fonts-dejavu-core") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(measuresWiderTextInBoldThanInRegular) {
    const double regular = testFonts().textWidth(FontFace::SerifRegular, "Ελληνική Ναυτιλιακή", 10);
    const double bold = testFonts().textWidth(FontFace::SerifBold, "Ελληνική Ναυτιλιακή", 10);
    BOOST_TEST(regular > 60);
    BOOST_TEST(bold > regular);
}

BOOST_AUTO_TEST_SUITE_END()
