// The document commands run as a mediator would run them, and their PDFs
// read back with the real poppler and qpdf tools.
#include <boost/test/unit_test.hpp>

#include <filesystem>

#include "cli_fixture.h"
#include "support/pdf_text.h"

using namespace cg::testing;

namespace {

struct Pdf {
    std::string path;

    std::string text() const { return squeezed(pdfText(path)); }
    int pages() const {
        const auto r = runProcess({"pdfinfo", path});
        const auto at = r.out.find("Pages:");
        BOOST_REQUIRE(at != std::string::npos);
        return std::stoi(r.out.substr(at + 6));
    }
};

// The dental sample comes with one recorded draft (version 1, from before
// drafts were rendered), so the first draft rendered here is version 2.
struct DentalCase : CliFixture {
    const std::string ref = "CG-2026-0001";
    DentalCase() {
        cli({"init"});
        const auto r = cli({"import", sample("dental-practice-ransomware.cgcase")});
        BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    }
    Pdf pdf(const std::string& name) const { return {dir.file(name)}; }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(DocumentCommands, DentalCase)

BOOST_AUTO_TEST_CASE(aDraftIsWrittenCheckedAndRecordedAsTheNextVersion) {
    const auto r = cli({"draft", ref, "--out", dir.file("draft.pdf"), "--date", "2026-04-20"});
    BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    BOOST_TEST(contains(r.out, "Pre-flight check"));
    BOOST_TEST(contains(r.out, "Wrote draft 2 of CG-2026-0001"));
    BOOST_TEST(contains(r.out, "recorded as version 2"));

    const auto mode = std::filesystem::status(dir.file("draft.pdf")).permissions();
    const bool privateToOwner = (mode & (std::filesystem::perms::group_all | std::filesystem::perms::others_all)) ==
                                std::filesystem::perms::none;
    BOOST_TEST(privateToOwner);
    BOOST_TEST(runProcess({"qpdf", "--check", dir.file("draft.pdf")}).exitCode == 0);
    const auto fonts = runProcess({"pdffonts", dir.file("draft.pdf")}).out;
    BOOST_TEST(contains(fonts, "DejaVu"));
    BOOST_TEST(!contains(fonts, " no  "), fonts);  // every font embedded

    const std::string text = pdf("draft.pdf").text();
    BOOST_TEST(contains(text, "Zahnarztpraxis Dr. Müller PLLC"));
    BOOST_TEST(contains(text, "Bridgeview Managed IT Services, Inc."));
    BOOST_TEST(contains(text, "Dr. Jürgen Müller"));
    BOOST_TEST(contains(text, "Page 1 of " + std::to_string(pdf("draft.pdf").pages())));
    BOOST_TEST(contains(text, "Draft 2"));
    BOOST_TEST(!contains(text, "{"), "no unresolved field markup");
    const bool sectionsInOrder =
        inOrder(text, {"Parties", "Recitals", "Definitions", "Accepted terms", "Settlement payment",
                       "Security Programme", "Notification and regulator cooperation", "Mutual release",
                       "No admission", "Confidentiality", "Governing law and venue", "Signatures"});
    BOOST_TEST(sectionsInOrder);
    // Recitals come from agreed facts only; the disputed ones are listed for
    // the mediator instead.
    BOOST_TEST(!contains(text, "taken out of automatic patching"));
    BOOST_TEST(contains(r.out, "taken out of automatic patching"));

    const auto list = cli({"draft", "list", ref});
    const auto sha = runProcess({"sha256sum", dir.file("draft.pdf")}).out.substr(0, 16);
    BOOST_TEST(contains(list.out, sha), list.out << " lacks " << sha);
}

BOOST_AUTO_TEST_CASE(aLaterDraftOpensWithTheChangesSinceAnEarlierOne) {
    BOOST_REQUIRE(cli({"draft", ref, "--out", dir.file("v2.pdf")}).exitCode == 0);
    auto r = cli({"option", "add", ref, "--description", "Bridgeview pays the practice's forensic invoice",
                  "--kind", "payment", "--amount", "27500", "--payer", "2", "--payee", "1", "--status", "accepted"});
    BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    r = cli({"draft", ref, "--out", dir.file("v3.pdf"), "--changes-since", "2"});
    BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    BOOST_TEST(contains(r.out, "recorded as version 3"));
    const std::string text = pdf("v3.pdf").text();
    const bool changesFirst = inOrder(text, {"Changes since version 2", "forensic invoice", "Parties"});
    BOOST_TEST(changesFirst);

    const auto compare = cli({"draft", "compare", ref, "2", "3"});
    BOOST_TEST(compare.exitCode == 0);
    BOOST_TEST(contains(compare.out, "added"));
    BOOST_TEST(contains(compare.out, "forensic invoice"));

    const auto missing = cli({"draft", ref, "--out", dir.file("v4.pdf"), "--changes-since", "7"});
    BOOST_TEST(missing.exitCode == 1);
    BOOST_TEST(contains(missing.err, "no draft version 7"));
    BOOST_TEST(!std::filesystem::exists(dir.file("v4.pdf")));
}

BOOST_AUTO_TEST_CASE(theCheckListsWhatToFixAndSetsTheExitStatus) {
    auto r = cli({"party", "add", ref, "--name", "Лаборатория Север ООО", "--role", "respondent"});
    BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    r = cli({"draft", "check", ref});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(contains(r.out, "must fix"));
    BOOST_TEST(contains(r.out, "Лаборатория Север ООО"));

    const std::string before = dump();
    r = cli({"draft", ref, "--out", dir.file("strict.pdf"), "--strict"});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(!std::filesystem::exists(dir.file("strict.pdf")));
    BOOST_TEST(dump() == before, "a refused draft records no version");
}

BOOST_AUTO_TEST_CASE(aPartysHandoutCarriesNoOtherPartysConfidences) {
    cli({"interest", "add", ref, "--party", "2", "--description", "PLANTED-MEDIATOR-ONLY floor",
         "--visibility", "mediator-only"});
    cli({"interest", "add", ref, "--party", "2", "--description", "PLANTED-BRIDGEVIEW-CONFIDENCE",
         "--visibility", "party-and-mediator"});
    const auto r = cli({"handout", ref, "--audience", "1", "--out", dir.file("party1.pdf")});
    BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    const std::string party1 = pdf("party1.pdf").text();
    BOOST_TEST(contains(party1, "Zahnarztpraxis Dr. Müller PLLC"));
    BOOST_TEST(!contains(party1, "PLANTED"));
    BOOST_TEST(!contains(party1, "Bottom line"));

    BOOST_REQUIRE(cli({"handout", ref, "--audience", "2", "--out", dir.file("party2.pdf")}).exitCode == 0);
    const std::string party2 = pdf("party2.pdf").text();
    BOOST_TEST(contains(party2, "PLANTED-BRIDGEVIEW-CONFIDENCE"));
    BOOST_TEST(!contains(party2, "PLANTED-MEDIATOR-ONLY"));

    BOOST_REQUIRE(cli({"handout", ref, "--audience", "mediator", "--out", dir.file("mediator.pdf")}).exitCode == 0);
    BOOST_TEST(contains(pdf("mediator.pdf").text(), "PLANTED-MEDIATOR-ONLY"));
}

BOOST_AUTO_TEST_CASE(aHandoutCanBePasswordProtected) {
    const auto r = cli({"handout", ref, "--audience", "all", "--out", dir.file("locked.pdf"), "--password", "s3cret"});
    BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    BOOST_TEST(contains(r.out, "password-protected"));
    BOOST_TEST(runProcess({"qpdf", "--requires-password", dir.file("locked.pdf")}).exitCode == 0);
    BOOST_TEST(runProcess({"qpdf", "--password=s3cret", "--check", dir.file("locked.pdf")}).exitCode == 0);
}

BOOST_AUTO_TEST_CASE(theSummaryWorksheetAndTermSheetAreWritten) {
    auto r = cli({"summary", ref, "--out", dir.file("summary.pdf")});
    BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    BOOST_TEST(contains(pdf("summary.pdf").text(), "Bridgeview Managed IT Services, Inc."));
    r = cli({"summary", ref, "--worksheet", "--out", dir.file("worksheet.pdf"), "--paper", "letter"});
    BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    BOOST_TEST(contains(runProcess({"pdfinfo", dir.file("worksheet.pdf")}).out, "612 x 792"));
    r = cli({"termsheet", ref, "--out", dir.file("terms.pdf")});
    BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    const std::string terms = pdf("terms.pdf").text();
    BOOST_TEST(contains(terms, "binding"));
    BOOST_TEST(pdf("terms.pdf").pages() <= 2);
    BOOST_TEST(!contains(cli({"draft", "list", ref}).out, "term-sheet"), "a term sheet is not a draft version");
}

BOOST_AUTO_TEST_CASE(aBrokenTemplateIsReportedWithItsLineAndNothingIsWritten) {
    writeBytes(dir.file("broken.xml"),
               "<?xml version=\"1.0\"?>\n"
               "<document-template xmlns=\"urn:commonground:document-template:1\" name=\"broken\" title=\"Broken\">\n"
               "  <body>\n"
               "    <section title=\"Parties\">\n"
               "      <p>Between <field name=\"party.nmae\"/></p>\n"
               "    </section>\n"
               "  </body>\n"
               "</document-template>\n");
    const std::string before = dump();
    const auto r = cli({"draft", ref, "--out", dir.file("broken.pdf"), "--template", dir.file("broken.xml")});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(contains(r.err, "broken.xml:5:"), r.err);
    BOOST_TEST(contains(r.err, "party.nmae"));
    BOOST_TEST(!std::filesystem::exists(dir.file("broken.pdf")));
    BOOST_TEST(dump() == before);

    const auto check = cli({"template", "check", dir.file("broken.xml")});
    BOOST_TEST(check.exitCode == 1);
    BOOST_TEST(contains(check.err, "broken.xml:5:"));
    const auto shipped = cli({"template", "check"});
    BOOST_TEST(shipped.exitCode == 0, shipped.err);
    BOOST_TEST(contains(shipped.out, "settlement-agreement.xml"));
}

BOOST_AUTO_TEST_CASE(theOutputMustBeAPdf) {
    const auto r = cli({"draft", ref, "--out", dir.file("draft.docx")});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(contains(r.err, "must end in .pdf"));
}

BOOST_AUTO_TEST_SUITE_END()
