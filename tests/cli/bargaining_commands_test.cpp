// alternative and bottom-line commands, and what the views make of them:
// the preparation sheets carry each party's BATNA and WATNA, the mediator's
// exposure compares the bottom lines, and no party audience's worksheet,
// exposure or XML ever holds a bottom-line figure or a mediator-only
// alternative. The fault what-if applies the catalog's regimes, including
// one a firm adds.
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>

#include "cli_fixture.h"
#include "support/xmllint.h"

using namespace cg::testing;

namespace {

// Bright Smile (1) claims against Nimbus (2); caucus 1 is Nimbus's, caucus 2
// the practice's; the practice's direct loss is 100,000.
struct Negotiation : CliFixture {
    const std::string ref = "CG-2026-0001";
    Negotiation() {
        for (const std::vector<std::string>& command : std::vector<std::vector<std::string>>{
                 {"init"},
                 {"case", "new", "--title", "Bright Smile v Nimbus", "--opened-on", "2026-01-10"},
                 {"party", "add", ref, "--name", "Bright Smile Dental", "--role", "claimant"},
                 {"party", "add", ref, "--name", "Nimbus MSP", "--role", "respondent"},
                 {"claim", "add", ref, "--accuser", "1", "--accused", "2", "--allegation", "no restore tests",
                  "--basis", "negligence"},
                 {"loss", "add", ref, "--party", "1", "--category", "forensics", "--low", "100000", "--damages",
                  "direct"},
                 {"session", "add", ref, "--kind", "caucus", "--caucus-party", "2", "--started-at",
                  "2026-02-10T14:00:00Z"},
                 {"session", "add", ref, "--kind", "caucus", "--caucus-party", "1", "--started-at",
                  "2026-02-10T16:00:00Z"},
             }) {
            const auto r = cli(command);
            BOOST_REQUIRE_MESSAGE(r.exitCode == 0, command[0] << ": " << r.err);
        }
    }

    // The planted confidences: the practice's own BATNA, the mediator's
    // estimate of Nimbus's WATNA (marker MEDIATOR-ESTIMATE-7Q), and bottom
    // lines whose figures appear nowhere else in the case: Nimbus pays at
    // most 431,977.00, the practice accepts at least 413,959.00, an overlap
    // of 431,977 − 413,959 = 18,018.00.
    void plantConfidences() {
        for (const std::vector<std::string>& command : std::vector<std::vector<std::string>>{
                 {"alternative", "add", ref, "--party", "1", "--kind", "batna", "--description",
                  "Sue Nimbus in state court", "--value", "620000", "--likelihood", "45"},
                 {"alternative", "add", ref, "--party", "2", "--kind", "watna", "--description",
                  "MEDIATOR-ESTIMATE-7Q judgment beyond the cap", "--value", "2950000", "--likelihood", "15",
                  "--visibility", "mediator-only"},
                 {"bottom-line", "add", ref, "--party", "2", "--pays-at-most", "431977", "--session", "1", "--on",
                  "2026-02-10"},
                 {"bottom-line", "add", ref, "--party", "1", "--accepts-at-least", "413959", "--session", "2",
                  "--on", "2026-02-10", "--note", "NOTE-ONLY-FOR-MEDIATOR-3K"},
             }) {
            const auto r = cli(command);
            BOOST_REQUIRE_MESSAGE(r.exitCode == 0, command[0] << ": " << r.err);
        }
    }
};

const std::vector<std::string> kConfidential = {"431,977", "431977", "413,959", "413959", "18,018",
                                                "MEDIATOR-ESTIMATE-7Q", "NOTE-ONLY-FOR-MEDIATOR-3K"};

std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

// The value xmllint gives for an XPath expression, without its newline.
std::string xpath(const std::string& file, const std::string& expression) {
    std::string value = runProcess({"xmllint", "--xpath", expression, file}).out;
    while (!value.empty() && value.back() == '\n') value.pop_back();
    return value;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(BargainingCommands, Negotiation)

BOOST_AUTO_TEST_CASE(anAlternativeIsAddedEditedListedAndRemoved) {
    auto r = cli({"alternative", "add", ref, "--party", "1", "--kind", "batna", "--description", "Sue Nimbus",
                  "--value", "620000", "--likelihood", "45"});
    BOOST_TEST(r.out == "Added alternative 1 (alternative-1) to CG-2026-0001.\n");
    r = cli({"alternative", "edit", ref, "alternative-1", "--likelihood", "50", "--value", ""});
    BOOST_TEST(r.out == "Saved alternative 1 (batna of party 1).\n");
    r = cli({"alternative", "list", ref});
    BOOST_TEST(contains(r.out, "batna"));
    BOOST_TEST(contains(r.out, "50 %"));
    BOOST_TEST(contains(r.out, "party-and-mediator"));
    BOOST_TEST(!contains(r.out, "620,000"));
    r = cli({"alternative", "remove", ref, "1"});
    BOOST_TEST(r.out == "Removed alternative 1 from CG-2026-0001.\n");
}

BOOST_AUTO_TEST_CASE(aLikelihoodOfAHundredAndFortyIsRefusedAndNothingStored) {
    const std::string before = dump();
    const auto r = cli({"alternative", "add", ref, "--party", "1", "--kind", "batna", "--description", "Sue",
                        "--likelihood", "140"});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(firstLine(r.err) == "commonground-cli alternative add: --likelihood: 140 is outside 0 to 100");
    BOOST_TEST(dump() == before);
}

BOOST_AUTO_TEST_CASE(anAlternativeForEveryoneOrOfAnUnknownKindIsRefused) {
    const std::string before = dump();
    auto r = cli({"alternative", "add", ref, "--party", "1", "--kind", "batna", "--description", "Sue",
                  "--visibility", "everyone"});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err == "commonground-cli: error: alternative 1: an alternative is seen by its party and the "
                        "mediator, or by the mediator alone; not by everyone\n");
    r = cli({"alternative", "add", ref, "--party", "1", "--kind", "best", "--description", "Sue"});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(firstLine(r.err) == "commonground-cli alternative add: --kind: unknown alternative kind 'best' "
                                   "(expected one of: batna, watna)");
    BOOST_TEST(dump() == before);
}

BOOST_AUTO_TEST_CASE(aBottomLineNeedsExactlyOneStanceAndThePartysOwnCaucus) {
    const std::string before = dump();
    auto r = cli({"bottom-line", "add", ref, "--party", "1", "--pays-at-most", "10", "--accepts-at-least", "20"});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(firstLine(r.err) ==
               "commonground-cli bottom-line add: give exactly one of --pays-at-most and --accepts-at-least");
    r = cli({"bottom-line", "add", ref, "--party", "1", "--accepts-at-least", "400000", "--session", "1"});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err == "commonground-cli: error: bottom line 1: session 1 is not a caucus with party 1; a bottom "
                        "line is given in private, in that party's caucus\n");
    r = cli({"bottom-line", "add", ref, "--party", "9", "--accepts-at-least", "400000"});
    BOOST_TEST(r.err == "commonground-cli: error: bottom line 1: refers to party 9, which is not in this case\n");
    r = cli({"bottom-line", "add", ref, "--party", "1", "--accepts-at-least", "0"});
    BOOST_TEST(r.err == "commonground-cli: error: bottom line 1: the amount must be more than zero\n");
    BOOST_TEST(dump() == before);
}

BOOST_AUTO_TEST_CASE(listingBottomLinesPrintsTheFiguresWithAWarning) {
    plantConfidences();
    const auto r = cli({"bottom-line", "list", ref});
    BOOST_TEST(r.exitCode == 0);
    BOOST_TEST(contains(r.out, "USD 431,977.00"));
    BOOST_TEST(contains(r.out, "accepts-at-least"));
    BOOST_TEST(r.err == "Confidential: bottom lines were given to the mediator in private; never show them to any "
                        "party.\n");
}

BOOST_AUTO_TEST_CASE(aPartyLinkedByThemCannotBeRemovedAndTheMessageNamesThem) {
    plantConfidences();
    const std::string before = dump();
    const auto r = cli({"party", "remove", ref, "2"});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err == "commonground-cli: error: party 2 cannot be deleted: alternative 2, bottom line 1, claim 1 "
                        "and session 1 refer to it\n");
    BOOST_TEST(dump() == before);
}

BOOST_AUTO_TEST_CASE(theMediatorsExposureComparesTheLatestBottomLines) {
    plantConfidences();
    const auto r = cli({"exposure", ref});
    BOOST_TEST(r.exitCode == 0, r.err);
    BOOST_TEST(contains(r.out, "Confidential bottom lines (mediator only; never show these to a party):"));
    BOOST_TEST(contains(r.out, "overlap of 18,018.00"));
    const auto csv = cli({"exposure", ref, "--format", "csv"});
    BOOST_TEST(contains(csv.out, "bottom-lines,1,2,2+1,overlap,\"413,959.00\",\"431,977.00\",\"18,018.00\""));
}

BOOST_AUTO_TEST_CASE(noPartyAudienceSeesABottomLineOrTheMediatorsEstimate) {
    plantConfidences();
    for (const char* audience : {"1", "2", "all"}) {
        std::string output;
        for (const char* format : {"text", "csv", "xml"})
            output += cli({"worksheet", ref, "--audience", audience, "--format", format}).out;
        for (const char* format : {"text", "csv"}) {
            output += cli({"exposure", ref, "--audience", audience, "--format", format}).out;
            output += cli({"exposure", ref, "--audience", audience, "--format", format, "--fault", "30"}).out;
        }
        for (const auto& marker : kConfidential)
            BOOST_TEST(!contains(output, marker), marker << " reached audience " << audience);
        BOOST_TEST(!contains(output, "Confidential bottom lines"));
    }
    // The party's own BATNA does reach it, on its preparation sheet.
    BOOST_TEST(contains(cli({"worksheet", ref, "--audience", "1"}).out, "Sue Nimbus in state court"));
    BOOST_TEST(!contains(cli({"worksheet", ref, "--audience", "2"}).out, "Sue Nimbus in state court"));
}

BOOST_AUTO_TEST_CASE(theWorksheetAsXmlHoldsTheRowsAndTheSheets, *boost::unit_test::precondition(XmllintInstalled())) {
    plantConfidences();
    const auto r = cli({"worksheet", ref, "--format", "xml"});
    BOOST_TEST(r.exitCode == 0, r.err);
    const std::string file = dir.file("worksheet.xml");
    std::ofstream(file) << r.out;
    BOOST_TEST(runProcess({"xmllint", "--noout", file}).exitCode == 0);
    BOOST_TEST(xpath(file, "string(/worksheet/@audience)") == "the mediator");
    BOOST_TEST(xpath(file, "count(/worksheet/claim)") == "1");
    BOOST_TEST(xpath(file, "string(/worksheet/claim/allegation)") == "no restore tests");
    BOOST_TEST(xpath(file, "count(/worksheet/preparation-sheet)") == "2");
    // The practice's BATNA with value and likelihood; the mediator's estimate
    // of Nimbus's WATNA is on no sheet, Nimbus's has no alternative.
    BOOST_TEST(xpath(file, "string(/worksheet/preparation-sheet[@party='1']/alternative/@value)") == "620000.00");
    BOOST_TEST(xpath(file, "string(/worksheet/preparation-sheet[@party='1']/alternative/@likelihood)") == "45");
    BOOST_TEST(xpath(file, "string(/worksheet/preparation-sheet[@party='1']/alternative/@kind)") == "batna");
    BOOST_TEST(xpath(file, "count(/worksheet/preparation-sheet[@party='2']/alternative)") == "0");
    BOOST_TEST(!contains(r.out, "431977"));
}

BOOST_AUTO_TEST_CASE(aFormatTheWorksheetDoesNotWriteIsAUsageError) {
    const auto r = cli({"worksheet", ref, "--format", "pdf"});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(firstLine(r.err) == "commonground-cli worksheet: --format: 'pdf' is not a format; write text, csv or xml");
    BOOST_TEST(firstLine(cli({"exposure", ref, "--format", "xml"}).err) ==
               "commonground-cli exposure: --format: 'xml' is not a format; write text or csv");
}

BOOST_AUTO_TEST_CASE(theFaultWhatIfAppliesARegimeTheFirmAddedToItsCatalog) {
    // The shipped regimes plus a hypothetical 60 % bar. Claimant 55 % at
    // fault on 100,000: pure 100,000 × 45 % = 45,000; both 50 % bars and
    // contributory bar it (0.00); the 60 % bar does not: 45,000.
    namespace fs = std::filesystem;
    const fs::path catalogs = fs::path(dir.file("catalogs"));
    fs::create_directories(catalogs);
    fs::copy_file(fs::path(CG_SOURCE_DIR) / "data/catalogs/fault-regimes.xml", catalogs / "fault-regimes.xml");
    std::ofstream(catalogs / "firm-regimes.xml")
        << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<fault-regimes catalog-version=\"firm-1\">\n"
           "  <regime id=\"firm-60-bar\" name=\"Firm test regime, 60 % bar\" bar-comparator=\"ge\" "
           "bar-percent=\"60\" example-states=\"\" source=\"firm memo\" as-of=\"2026-11-23\" note=\"\"/>\n"
           "</fault-regimes>\n";
    const auto r = cli({"exposure", ref, "--format", "csv", "--fault", "55", "--catalogs", catalogs.string()});
    BOOST_TEST(r.exitCode == 0, r.err);
    BOOST_TEST(contains(r.out, "fault-what-if,1,2,,Pure comparative negligence,\"45,000.00\",\"45,000.00\""));
    BOOST_TEST(contains(r.out, "fault-what-if,1,2,,\"Modified comparative negligence, 50 % bar\",0.00,0.00"));
    BOOST_TEST(contains(r.out, "fault-what-if,1,2,,\"Firm test regime, 60 % bar\",\"45,000.00\",\"45,000.00\""));
}

BOOST_AUTO_TEST_CASE(aFaultWhatIfWithoutRegimesSaysWhereItLooked) {
    namespace fs = std::filesystem;
    const fs::path empty = fs::path(dir.file("no-regimes"));
    fs::create_directories(empty);
    auto r = cli({"exposure", ref, "--fault", "30", "--catalogs", empty.string()});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err == "commonground-cli: error: the reference catalogs in " + empty.string() +
                            " hold no fault-allocation regime, which the --fault what-if applies; check "
                            "fault-regimes.xml there (commonground-cli catalog check)\n");
    r = cli({"exposure", ref, "--catalogs", empty.string()});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(firstLine(r.err) ==
               "commonground-cli exposure: --catalogs goes with --fault: only the fault what-if reads the catalogs");
}

BOOST_AUTO_TEST_SUITE_END()
