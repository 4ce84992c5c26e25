// Page breaks as a reader sees them: each case builds a document whose
// naive pagination would go wrong, writes the PDF and reads pages back with
// pdftotext (and the display list where counting lines is simpler).
#include <boost/test/unit_test.hpp>
#include <set>

#include "report/typography.h"
#include "report/document_builder.h"
#include "report/pdf_tools.h"

using namespace cg;
using namespace cg::report;
using namespace cg::testing;
namespace docs = cg::domain::documents;

namespace {

constexpr double kMm = typography::kPointsPerMm;
constexpr double kBodyHeight = 247 * kMm;  // A4 less 25 mm top and bottom
constexpr double kBottom = 272 * kMm;

// A document whose first page has roomPt left after a one-line preamble.
DocumentBuilder withRoomLeft(double roomPt) {
    DocumentBuilder builder;
    builder.paragraph("Preamble.", "", 0, docs::Alignment::Left);
    const double used = typography::kBodyLeading + 3 * kMm;
    builder.spacer((kBodyHeight - used - roomPt) / kMm);
    return builder;
}

// Distinct baselines of text items containing marker, per page.
std::vector<std::size_t> linesPerPage(const LaidOutDocument& laidOut, const std::string& marker) {
    std::vector<std::size_t> counts;
    for (const auto& page : laidOut.pages) {
        std::set<double> baselines;
        for (const auto& item : page.items)
            if (const auto* t = std::get_if<TextItem>(&item); t && contains(t->text, marker))
                baselines.insert(t->baselineY);
        counts.push_back(baselines.size());
    }
    return counts;
}

std::size_t lineCountAlone(const std::string& text) {
    const auto laidOut = layOut(DocumentBuilder().paragraph(text).build(), testFonts());
    return linesPerPage(laidOut, text.substr(0, 4)).front();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(Pagination)

BOOST_AUTO_TEST_CASE(aParagraphDoesNotLeaveItsFirstLineAloneAtThePageFoot) {
    const WrittenPdf pdf(withRoomLeft(1.5 * typography::kBodyLeading)
                             .paragraph(numberedWords("orphan", 60))
                             .build());
    BOOST_TEST(!contains(pdf.text(1), "orphan1 "));
    BOOST_TEST(contains(squeezed(pdf.text(2)), "orphan1 orphan2 orphan3"));
}

BOOST_AUTO_TEST_CASE(aParagraphDoesNotLeaveItsLastLineAloneAtThePageHead) {
    const std::string text = numberedWords("widow", 60);
    const std::size_t lines = lineCountAlone(text);
    BOOST_REQUIRE_GE(lines, 4u);
    // Room for all lines but the last: a naive break would carry one line over.
    const WrittenPdf pdf(withRoomLeft((static_cast<double>(lines) - 0.5) * typography::kBodyLeading)
                             .paragraph(text)
                             .build());
    const auto perPage = linesPerPage(pdf.laidOut(), "widow");
    BOOST_REQUIRE_EQUAL(perPage.size(), 2u);
    BOOST_TEST(perPage[0] == lines - 2);
    BOOST_TEST(perPage[1] == 2u);
    BOOST_TEST(contains(pdf.text(1), "widow1 "));
    BOOST_TEST(contains(pdf.text(2), "widow60"));
    BOOST_TEST(!contains(pdf.text(1), "widow60"));
}

BOOST_AUTO_TEST_CASE(aHeadingIsNotLeftAtTheFootOfAPage) {
    const WrittenPdf pdf(withRoomLeft(3 * typography::kBodyLeading)
                             .heading("7", "Confidentiality")
                             .paragraph(numberedWords("secret", 40))
                             .build());
    BOOST_TEST(!contains(pdf.text(1), "Confidentiality"));
    // -layout keeps the hanging number on the heading's line.
    BOOST_TEST(contains(squeezed(pdf.text(2, true)), "7 Confidentiality"));
    BOOST_TEST(contains(pdf.text(2), "secret1 "));
}

BOOST_AUTO_TEST_CASE(aParagraphKeptWithTheNextMovesWithIt) {
    const WrittenPdf pdf(withRoomLeft(2.5 * typography::kBodyLeading)
                             .keptParagraph("The parties agree as follows:")
                             .paragraph(numberedWords("term", 40))
                             .build());
    BOOST_TEST(!contains(pdf.text(1), "agree as follows"));
    BOOST_TEST(contains(pdf.text(2), "The parties agree as follows:"));
}

BOOST_AUTO_TEST_CASE(aRowOfSignatureBlocksMovesWholeToTheNextPage) {
    const WrittenPdf pdf(withRoomLeft(100)
                             .signatures({"Zahnarztpraxis Müller", "Ελληνική Ναυτιλιακή", "ООО Северный Ветер",
                                          "Boutique Élégance USA, Inc."})
                             .build());
    const std::string page1 = pdf.text(1), page2 = pdf.text(2);
    BOOST_TEST(!contains(page1, "Müller"));
    BOOST_TEST(!contains(page1, "Name:"));
    for (const char* party : {"Zahnarztpraxis Müller", "Ελληνική Ναυτιλιακή", "ООО Северный Ветер"})
        BOOST_TEST(contains(page2, party), party);
}

BOOST_AUTO_TEST_CASE(aSecondRowThatWouldStraddleTheBreakStartsTheNextPage) {
    const WrittenPdf pdf(withRoomLeft(200)
                             .signatures({"Zahnarztpraxis Müller", "Ελληνική Ναυτιλιακή", "ООО Северный Ветер",
                                          "Boutique Élégance USA, Inc."})
                             .build());
    const std::string page1 = pdf.text(1), page2 = pdf.text(2);
    BOOST_TEST(contains(page1, "Zahnarztpraxis Müller"));
    BOOST_TEST(contains(page1, "Ελληνική Ναυτιλιακή"));
    BOOST_TEST(contains(page2, "ООО Северный Ветер"));
    BOOST_TEST(contains(page2, "Boutique Élégance USA, Inc."));
    BOOST_TEST(!contains(page1, "Северный"));
}

BOOST_AUTO_TEST_CASE(aLongSignatoryTitleWrapsInsideItsBlockInsteadOfBeingCut) {
    const std::string title = "Chief Information Security Officer and Data Protection Officer, Northern Region";
    docs::SignatureBlocks blocks;
    blocks.blocks.push_back({"For and on behalf of", "Zahnarztpraxis Müller", "Dr. Anna Müller", title, true});
    blocks.blocks.push_back({"For and on behalf of", "ООО Северный Ветер", "", "", true});
    const WrittenPdf pdf(DocumentBuilder().block(blocks).build());
    BOOST_TEST(contains(squeezed(pdf.text()), title));
    const double blockRight = (25 + (160 - 28 / typography::kPointsPerMm) / 2) * kMm;
    for (const auto& item : pdf.laidOut().pages.front().items)
        if (const auto* t = std::get_if<TextItem>(&item); t && t->x < blockRight && t->face == FontFace::SerifRegular)
            BOOST_TEST(t->x + testFonts().textWidth(t->face, t->text, t->sizePt) <= blockRight + 0.01, t->text);
}

BOOST_AUTO_TEST_CASE(aLongTableRepeatsItsHeaderOnEveryPageAndNeverSplitsARow) {
    docs::Table table;
    table.caption = "Table 1 — Payments under clause 4";
    table.columns = {{"Payer", 3, docs::Alignment::Left},
                     {"Purpose", 4, docs::Alignment::Left},
                     {"Amount (EUR)", 2, docs::Alignment::Right}};
    for (int i = 1; i <= 90; ++i)
        table.rows.push_back({"Payer row" + std::to_string(i), "Instalment for forensic costs and notification",
                              std::to_string(1000 * i) + ".00"});
    const WrittenPdf pdf(DocumentBuilder().paragraph("Schedule of payments.").table(table).build());
    const int pages = pdf.pageCount();
    BOOST_REQUIRE_GE(pages, 3);
    int next = 1;
    for (int page = 1; page <= pages; ++page) {
        const std::string text = pdf.text(page);
        BOOST_TEST(contains(text, "Amount (EUR)"), "page " << page);
        // The rows continue in order and each appears whole on one page.
        while (next <= 90 && contains(text, "Payer row" + std::to_string(next) + "\n")) {
            BOOST_TEST(contains(text, std::to_string(1000 * next) + ".00"));
            ++next;
        }
    }
    BOOST_TEST(next == 91);
    BOOST_TEST(contains(pdf.text(1), "Table 1 — Payments under clause 4"));
}

BOOST_AUTO_TEST_CASE(aTableCaptionIsNotLeftAloneAtThePageFoot) {
    docs::Table table;
    table.caption = "Table 2 — Notification deadlines";
    table.columns = {{"Authority", 2, docs::Alignment::Left}, {"Deadline", 1, docs::Alignment::Left}};
    table.rows = {{"Datatilsynet", "72 hours"}, {"BSI", "24 hours"}};
    const WrittenPdf pdf(withRoomLeft(40).table(table).build());
    BOOST_TEST(!contains(pdf.text(1), "Notification deadlines"));
    BOOST_TEST(contains(pdf.text(2), "Table 2 — Notification deadlines"));
    BOOST_TEST(contains(pdf.text(2), "Datatilsynet"));
}

BOOST_AUTO_TEST_CASE(aRowTallerThanAPageContinuesOnTheNextInsteadOfRunningOff) {
    docs::Table table;
    table.columns = {{"Item", 1, docs::Alignment::Left}, {"Description", 5, docs::Alignment::Justified}};
    table.rows = {{"1", "short"}, {"2", numberedWords("tall", 1500)}, {"3", "after"}};
    const WrittenPdf pdf(DocumentBuilder().table(table).build());
    BOOST_TEST(pdf.pageCount() >= 3);
    std::string all;
    for (const auto& page : pdf.laidOut().pages)
        for (const auto& item : page.items)
            if (const auto* t = std::get_if<TextItem>(&item); t && t->sizePt == typography::kTableSize) {
                BOOST_TEST(t->baselineY <= kBottom);
                all += t->text + " ";
            }
    for (int i = 1; i <= 1500; i += 37) BOOST_TEST(contains(all, "tall" + std::to_string(i) + " "));
    for (int page = 1; page <= pdf.pageCount(); ++page) BOOST_TEST(contains(pdf.text(page), "Description"));
}

BOOST_AUTO_TEST_CASE(everyPageCarriesTheRunningHeaderAndItsPageLabel) {
    DocumentBuilder builder;
    for (int i = 1; i <= 7; ++i) {
        if (i > 1) builder.pageBreak();
        builder.paragraph("Part " + std::to_string(i) + " of the agreement.");
    }
    const WrittenPdf pdf(builder.build());
    BOOST_REQUIRE_EQUAL(pdf.pageCount(), 7);
    BOOST_TEST(contains(pdf.text(3), "Page 3 of 7"));
    BOOST_TEST(contains(pdf.text(7), "Page 7 of 7"));
    for (int page = 1; page <= 7; ++page) {
        const std::string text = pdf.text(page);
        BOOST_TEST(contains(text, "CG-2026-0001"));
        BOOST_TEST(contains(text, "Draft 3 — for discussion — not legal advice"));
    }
}

BOOST_AUTO_TEST_SUITE_END()
