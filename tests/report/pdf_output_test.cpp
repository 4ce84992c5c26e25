// The PDF file itself, judged by qpdf and poppler: structure, embedded
// fonts, extractable text in every script, metadata, bookmarks, the
// watermark, encryption, and the interest map's drawing.
#include <boost/test/unit_test.hpp>
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>

#include "domain/common_ground/interest_map.h"
#include "report/document_builder.h"
#include "report/pdf_tools.h"
#include "support/case_builder.h"

using namespace cg;
using namespace cg::report;
using namespace cg::testing;
namespace docs = cg::domain::documents;

namespace {

docs::Document agreement() {
    return DocumentBuilder("Settlement agreement — Zahnarztpraxis Müller")
        .heading("1", "Parties")
        .paragraph("Zahnarztpraxis Müller, Ελληνική Ναυτιλιακή and ООО Северный Ветер agree as follows.", "1.1")
        .heading("1.1", "Ελληνική Ναυτιλιακή", 2)
        .paragraph(numberedWords("clause", 150))
        .heading("", "Internal note", 2, false)
        .heading("2", "Payment")
        .paragraph("The Supplier pays € 12 500 within 30 days.", "2.1")
        .signatures({"Zahnarztpraxis Müller", "ООО Северный Ветер"})
        .build();
}

std::vector<std::vector<std::string>> pdffontsRows(const std::string& path) {
    const auto result = runProcess({"pdffonts", path});
    BOOST_REQUIRE_MESSAGE(result.exitCode == 0, "pdffonts failed: " + result.err);
    std::vector<std::vector<std::string>> rows;
    std::istringstream lines(result.out);
    std::string line;
    bool pastRule = false;
    while (std::getline(lines, line)) {
        if (line.rfind("----", 0) == 0) {
            pastRule = true;
            continue;
        }
        if (!pastRule || line.empty()) continue;
        std::istringstream words(line);
        std::vector<std::string> row;
        for (std::string word; words >> word;) row.push_back(word);
        rows.push_back(row);
    }
    return rows;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(PdfOutput)

BOOST_AUTO_TEST_CASE(pagesHaveThePaperSizeOfThePageSetup) {
    auto letter = agreement();
    letter.page.paper = docs::PaperSize::Letter;
    BOOST_TEST(contains(WrittenPdf(letter).info(), "Page size:       612 x 792 pts (letter)"));
    BOOST_TEST(contains(WrittenPdf(agreement()).info(), "Page size:       595.276 x 841.89 pts (A4)"));
}

BOOST_AUTO_TEST_CASE(anEmptyDocumentIsOnePageWithItsHeaderAndFooter) {
    const WrittenPdf pdf(DocumentBuilder().build());
    BOOST_TEST(pdf.pageCount() == 1);
    BOOST_TEST(contains(pdf.text(), "Page 1 of 1"));
    BOOST_TEST(contains(pdf.text(), "CG-2026-0001"));
}

BOOST_AUTO_TEST_CASE(qpdfFindsNoStructuralErrors) {
    const WrittenPdf pdf(agreement());
    const auto result = runProcess({"qpdf", "--check", pdf.path()});
    BOOST_TEST(result.exitCode == 0, result.out + result.err);
    BOOST_TEST(contains(result.out, "No syntax or stream encoding errors found"));
}

BOOST_AUTO_TEST_CASE(everyFontIsAnEmbeddedDejaVuFont) {
    const WrittenPdf pdf(agreement());
    const auto rows = pdffontsRows(pdf.path());
    std::set<std::string> names;
    for (const auto& row : rows) {
        BOOST_REQUIRE_GE(row.size(), 7u);
        // "HPDFAA+DejaVuSerif-Bold,Bold": a subset tag, the font, its style.
        const std::string& name = row.front();
        const auto plus = name.find('+');
        const std::string base = name.substr(plus == std::string::npos ? 0 : plus + 1);
        names.insert(base.substr(0, base.find(',')));
        // Columns from the right: object number, generation, uni, sub, emb.
        BOOST_TEST(row[row.size() - 5] == "yes", row.front() + " is not embedded");
        BOOST_TEST(row.front().find("DejaVu") != std::string::npos, row.front());
    }
    for (const char* expected : {"DejaVuSerif", "DejaVuSerif-Bold"})
        BOOST_TEST(names.count(expected) == 1u, expected);
    // Without a map nothing is set in sans, so the large sans files stay out.
    BOOST_TEST(names.count("DejaVuSans") == 0u);
}

BOOST_AUTO_TEST_CASE(textComesBackInOrderWithAccentsGreekAndCyrillicIntact) {
    const WrittenPdf pdf(agreement());
    const std::string text = squeezed(pdf.text());
    BOOST_TEST(contains(text, "Zahnarztpraxis Müller, Ελληνική Ναυτιλιακή and ООО Северный Ветер agree as follows."));
    // A justified paragraph, words placed one by one, reads back in order
    // with single spaces.
    BOOST_TEST(contains(text, numberedWords("clause", 150)));
    BOOST_TEST(contains(text, "€ 12 500"));
}

BOOST_AUTO_TEST_CASE(justifiedLinesAsDrawnEndExactlyAtTheRightMargin) {
    // poppler measures the drawn words with the embedded font's widths, so
    // this checks that layout's measurements agree with what the PDF draws.
    const WrittenPdf pdf(DocumentBuilder().paragraph(numberedWords("clause", 150)).build());
    const auto result = runProcess({"pdftotext", "-bbox", "-f", "1", "-l", "1", pdf.path(), "-"});
    BOOST_REQUIRE_EQUAL(result.exitCode, 0);
    std::map<double, std::pair<double, double>> lines;  // yMin -> (leftmost xMin, rightmost xMax)
    std::istringstream in(result.out);
    for (std::string row; std::getline(in, row);) {
        if (!contains(row, ">clause")) continue;
        double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
        BOOST_REQUIRE(std::sscanf(row.c_str(), " <word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"", &xMin,
                                  &yMin, &xMax, &yMax) == 4);
        auto [it, fresh] = lines.try_emplace(yMin, xMin, xMax);
        it->second = {std::min(it->second.first, xMin), std::max(it->second.second, xMax)};
    }
    BOOST_REQUIRE_GE(lines.size(), 10u);
    const double left = 25 * 72 / 25.4, right = 185 * 72 / 25.4;
    std::size_t index = 0;
    for (const auto& [y, extent] : lines) {
        BOOST_TEST(extent.first == left, boost::test_tools::tolerance(1e-4));
        if (++index < lines.size()) BOOST_TEST(extent.second == right, boost::test_tools::tolerance(1e-4));
    }
}

BOOST_AUTO_TEST_CASE(metadataCarriesTitleAuthorAndCreationDate) {
    const WrittenPdf pdf(agreement());
    const std::string info = pdf.info();
    BOOST_TEST(contains(info, "Title:           Settlement agreement — Zahnarztpraxis Müller\n"), info);
    BOOST_TEST(contains(info, "Author:          Dr. Ingrid Størseth\n"), info);
    BOOST_TEST(contains(info, "Subject:         Settlement agreement — draft 3\n"), info);
    BOOST_TEST(contains(info, "Keywords:        mediation, cyber incident\n"), info);
    const std::string isoInfo = pdf.info({"-isodates"});
    BOOST_TEST(contains(isoInfo, "2026-03-14T09:30:00"), isoInfo);
}

BOOST_AUTO_TEST_CASE(headingsMarkedForTheOutlineBecomeNestedBookmarks) {
    const WrittenPdf pdf(agreement());
    const auto result = runProcess({"qpdf", "--json", "--json-key=outlines", pdf.path()});
    BOOST_REQUIRE_EQUAL(result.exitCode, 0);
    const std::string& json = result.out;
    const auto parties = json.find("\"title\": \"1 Parties\"");
    const auto greek = json.find("\"title\": \"1.1 Ελληνική Ναυτιλιακή\"");
    const auto payment = json.find("\"title\": \"2 Payment\"");
    BOOST_REQUIRE(parties != std::string::npos);
    BOOST_REQUIRE(greek != std::string::npos);
    BOOST_REQUIRE(payment != std::string::npos);
    // qpdf writes an entry's "kids" before its "title": the level-2 heading
    // comes before "1 Parties" because it is that entry's child.
    BOOST_TEST((greek < parties && parties < payment));
    BOOST_TEST(json.substr(greek + 1, parties - greek - 1).find("\"title\"") == std::string::npos);
    BOOST_TEST(!contains(json, "Internal note"));
}

BOOST_AUTO_TEST_CASE(aWatermarkAppearsOnlyWhenAsked) {
    const WrittenPdf plain(agreement());
    auto document = agreement();
    document.watermark = "DRAFT";
    const WrittenPdf marked(document);
    BOOST_REQUIRE_EQUAL(marked.pageCount(), plain.pageCount());
    for (int page = 1; page <= marked.pageCount(); ++page) {
        // pdftotext breaks diagonal text into pieces ("DR", "AF", "T"); the
        // lines the watermark adds must hold exactly its letters.
        const std::string plainText = plain.text(page), markedText = marked.text(page);
        std::set<std::string> plainLines;
        std::istringstream in(plainText);
        for (std::string line; std::getline(in, line);) plainLines.insert(line);
        std::string added;
        std::istringstream out(markedText);
        for (std::string line; std::getline(out, line);)
            if (!plainLines.count(line)) added += line;
        std::erase(added, ' ');
        std::sort(added.begin(), added.end());
        BOOST_TEST(added == "ADFRT", "page " << page << ": " << added);
        BOOST_TEST(!contains(plainText, "DR"));
    }
    // Behind everything else, across the diagonal.
    const auto& first = std::get<TextItem>(marked.laidOut().pages.front().items.front());
    BOOST_TEST(first.text == "DRAFT");
    BOOST_TEST(first.angleDeg > 45);
    BOOST_TEST(first.angleDeg < 60);
}

BOOST_AUTO_TEST_CASE(aUserPasswordIsNeededToOpenTheDocument) {
    const WrittenPdf pdf(agreement(), PdfOptions{"Ostsee-2026", "mediator-only"});
    BOOST_TEST(runProcess({"qpdf", "--requires-password", pdf.path()}).exitCode == 0);
    const auto checked = runProcess({"qpdf", "--password=Ostsee-2026", "--check", pdf.path()});
    BOOST_TEST(checked.exitCode == 0, checked.out + checked.err);
    BOOST_TEST(runProcess({"pdftotext", pdf.path(), "-"}).exitCode != 0);
    const auto opened = runProcess({"pdftotext", "-upw", "Ostsee-2026", pdf.path(), "-"});
    BOOST_TEST(contains(opened.out, "Zahnarztpraxis Müller"));
    const auto info = runProcess({"pdfinfo", "-upw", "Ostsee-2026", pdf.path()});
    BOOST_TEST(contains(info.out, "Author:          Dr. Ingrid Størseth\n"), info.out);
    BOOST_TEST(contains(info.out, "Encrypted:       yes"));
}

BOOST_AUTO_TEST_CASE(anOwnerPasswordAloneEncryptsWithoutAskingToOpen) {
    const WrittenPdf pdf(agreement(), PdfOptions{std::nullopt, "mediator-only"});
    // qpdf: 3 = encrypted but opens without a password.
    BOOST_TEST(runProcess({"qpdf", "--requires-password", pdf.path()}).exitCode == 3);
    BOOST_TEST(contains(pdf.text(), "Zahnarztpraxis Müller"));
}

BOOST_AUTO_TEST_CASE(equalUserAndOwnerPasswordsAreRefusedWithAReason) {
    const auto laidOut = layOut(agreement(), testFonts());
    BOOST_CHECK_EXCEPTION(writePdf(laidOut, testFonts(), PdfOptions{"same", "same"}), PdfError,
                          [](const PdfError& e) { return contains(e.what(), "owner password must differ"); });
}

BOOST_AUTO_TEST_CASE(aLibharuErrorBecomesAReadableException) {
    auto laidOut = layOut(agreement(), testFonts());
    laidOut.widthPt = 1;  // below the PDF's smallest page
    BOOST_CHECK_EXCEPTION(writePdf(laidOut, testFonts()), PdfError, [](const PdfError& e) {
        return contains(e.what(), "drawing page 1") && contains(e.what(), "page size is not valid");
    });
}

BOOST_AUTO_TEST_SUITE_END()

namespace {

domain::InterestMapLayout twoPartyMap() {
    auto record = CaseBuilder("CG-2026-0042", "Ransomware at the practice")
                      .withParty("Zahnarztpraxis Müller", domain::PartyRole::Claimant)
                      .withParty("ООО Северный Ветер", domain::PartyRole::Respondent)
                      .withInterest(1, "Keep patients' trust after the breach")
                      .withInterest(2, "Avoid a public dispute with a client")
                      .withClaim(1, 2, "Unpatched VPN appliance")
                      .withClaim(2, 1, "Shared admin passwords")
                      .build();
    return domain::layoutInterestMap(record, 900, 640);
}

// The white frame drawn first for the figure: its page and size.
std::pair<std::size_t, RectItem> mapFrame(const LaidOutDocument& laidOut) {
    for (std::size_t page = 0; page < laidOut.pages.size(); ++page)
        for (const auto& item : laidOut.pages[page].items)
            if (const auto* r = std::get_if<RectItem>(&item); r && r->fill == Colour::grey(1))
                return {page, *r};
    BOOST_FAIL("no map frame drawn");
    return {};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(InterestMapFigure)

BOOST_AUTO_TEST_CASE(theMapIsDrawnAsVectorGraphicsWithItsLabels) {
    const auto layout = twoPartyMap();
    docs::MapFigure figure{layout, "Figure 1 — Interests of the parties"};
    const WrittenPdf pdf(DocumentBuilder().heading("3", "Interests").block(figure).build());
    std::size_t circles = 0, curves = 0, heads = 0;
    for (const auto& page : pdf.laidOut().pages)
        for (const auto& item : page.items) {
            circles += std::holds_alternative<CircleItem>(item);
            curves += std::holds_alternative<CurveItem>(item);
            heads += std::holds_alternative<PolygonItem>(item);
        }
    BOOST_TEST(circles == layout.nodes.size() + 1);  // the parties and the common ground
    BOOST_TEST(curves == layout.arrows.size());
    BOOST_TEST(heads == layout.arrows.size());
    const std::string text = pdf.text();
    BOOST_TEST(contains(text, "Common ground"));
    BOOST_TEST(contains(text, "Figure 1 — Interests of the parties"));
    BOOST_TEST(contains(text, "Interest map — CG-2026-0042"));
    BOOST_TEST(runProcess({"qpdf", "--check", pdf.path()}).exitCode == 0);
}

BOOST_AUTO_TEST_CASE(theMapTakesTheTextWidthWhenThePageHasRoom) {
    const auto laidOut = layOut(DocumentBuilder().block(docs::MapFigure{twoPartyMap(), ""}).build(), testFonts());
    const auto [page, frame] = mapFrame(laidOut);
    BOOST_TEST(page == 0u);
    BOOST_TEST(frame.width == 160 * 72 / 25.4, boost::test_tools::tolerance(0.001));
    BOOST_TEST(frame.height == frame.width * 640 / 900, boost::test_tools::tolerance(0.001));
}

BOOST_AUTO_TEST_CASE(theMapShrinksToTheRestOfThePageOrStartsANewOne) {
    constexpr double kMm = 72 / 25.4;
    // A one-line preamble, then a spacer leaving roomPt on the first page.
    auto withRoomLeft = [&](double roomPt) {
        DocumentBuilder builder;
        builder.paragraph("Preamble.", "", 0, docs::Alignment::Left);
        builder.spacer((247 * kMm - 15 - 3 * kMm - roomPt) / kMm);
        return builder.block(docs::MapFigure{twoPartyMap(), ""}).build();
    };
    // 280 pt left, less than the 322 pt the map needs at full width: it is
    // scaled down to fit the rest of the page.
    const auto shrunk = layOut(withRoomLeft(280), testFonts());
    const auto [page, frame] = mapFrame(shrunk);
    BOOST_TEST(page == 0u);
    BOOST_TEST(frame.width < 160 * 72 / 25.4 - 1);
    BOOST_TEST(frame.y + frame.height <= 272 * 72 / 25.4 + 0.01);
    // Too little left: a new page rather than a postage stamp.
    const auto moved = layOut(withRoomLeft(150), testFonts());
    BOOST_TEST(mapFrame(moved).first == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
