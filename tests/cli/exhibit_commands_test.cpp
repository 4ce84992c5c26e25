// Exhibits through the real commonground-cli: attached with their SHA-256,
// written out again unchanged, and a change made behind the program's back
// found by `check` and refused by `exhibit export`.
#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "practice_case.h"

using namespace cg::testing;

namespace {

// printf 'Security risk assessment, March 2025\n' | sha256sum
const std::string kReport = "Security risk assessment, March 2025\n";

struct CaseWithExhibit : PracticeCase {
    std::string reportFile = dir.file("sra-report.pdf");
    CaseWithExhibit() {
        writeBytes(reportFile, kReport);
        ok({"fact", "add", ref, "--description", "Ransomware encrypted the file server",
            "--occurred-on", "2026-01-03"});
    }
    std::string sha256Of(const std::string& path) const {
        return runProcess({"sha256sum", path}).out.substr(0, 64);
    }
    // Changes the stored bytes directly in the SQLite file, as someone with
    // the file (not the program) could.
    void tamper() const {
        const auto r =
            runProcess({"sqlite3", db, "UPDATE exhibit_contents SET content = 'dGFtcGVyZWQ='"});
        BOOST_TEST_REQUIRE(r.exitCode == 0, r.err);
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(ExhibitCommands, CaseWithExhibit)

BOOST_AUTO_TEST_CASE(anAttachedFileComesOutByteForByteTheSame) {
    const std::string sha = sha256Of(reportFile);
    const std::string out =
        ok({"exhibit", "attach", ref, reportFile, "--title", "Security risk assessment", "--party",
            "1", "--visibility", "party-and-mediator", "--fact", "1"});
    BOOST_TEST(
        out ==
        "Added exhibit 1 (exhibit-1) to CG-2026-0001.\n  sra-report.pdf, 37 bytes, SHA-256 " + sha +
            "\n");
    std::filesystem::remove(reportFile);  // the database holds it now

    const std::string list = ok({"exhibit", "list", ref});
    BOOST_TEST(contains(list, "Security risk assessment"), list);
    BOOST_TEST(contains(list, "party-and-mediator"), list);
    BOOST_TEST(contains(list, "fact 1"), list);
    BOOST_TEST(contains(list, sha.substr(0, 12) + "…"), list);

    const std::string show = ok({"case", "show", ref});
    BOOST_TEST(contains(show, "1. Security risk assessment (sra-report.pdf, 37 bytes, attached "),
               show);
    BOOST_TEST(contains(show, "[CONFIDENTIAL: Zahnarztpraxis Müller and mediator]"), show);
    BOOST_TEST(contains(show, "   SHA-256: " + sha + "\n"), show);

    const std::string copy = dir.file("copy.pdf");
    BOOST_TEST(ok({"exhibit", "export", ref, "1", "--out", copy}) ==
               "Wrote exhibit 1 (sra-report.pdf, 37 bytes) to " + copy + "; SHA-256 " + sha +
                   " verified.\n");
    BOOST_TEST(readBytes(copy) == kReport);
}

BOOST_AUTO_TEST_CASE(theTitleDefaultsToTheFileName) {
    ok({"exhibit", "attach", ref, reportFile});
    BOOST_TEST(contains(ok({"case", "show", ref}), "1. sra-report.pdf (sra-report.pdf, 37 bytes"));
}

BOOST_AUTO_TEST_CASE(aMissingFileIsRefusedAndNothingIsStored) {
    const std::string missing = dir.file("no-such-report.pdf");
    refused({"exhibit", "attach", ref, missing}, 1,
            "cannot attach '" + missing + "': there is no such file; nothing was attached");
    refused({"exhibit", "attach", ref, dir.path().string()}, 1, "it is not a file");
}

BOOST_AUTO_TEST_CASE(anExhibitForAPartyNeedsThatParty) {
    refused({"exhibit", "attach", ref, reportFile, "--visibility", "party-and-mediator"}, 1,
            "an exhibit shown to one party and the mediator needs the party who submitted it");
    refused({"exhibit", "attach", ref, reportFile, "--fact", "4"}, 1,
            "refers to fact 4, which is not in this case");
    refused({"exhibit", "attach", ref, reportFile, "--visibility", "parties"}, 2,
            "--visibility: unknown visibility 'parties'");
}

BOOST_AUTO_TEST_CASE(checkNamesATamperedExhibitAndExportRefusesIt) {
    ok({"exhibit", "attach", ref, reportFile, "--title", "Security risk assessment"});
    BOOST_TEST(contains(ok({"check"}), "OK: "));

    tamper();
    const auto check = cli({"check"});
    BOOST_TEST(check.exitCode == 1);
    BOOST_TEST(contains(check.err, "1 problem in "), check.err);
    BOOST_TEST(contains(check.err, "attached again from the original file"), check.err);
    BOOST_TEST(
        contains(check.err,
                 "CG-2026-0001 exhibit 1 (sra-report.pdf): content no longer matches its SHA-256"),
        check.err);

    const std::string copy = dir.file("copy.pdf");
    refused(
        {"exhibit", "export", ref, "1", "--out", copy}, 1,
        "exhibit 1 (sra-report.pdf) no longer matches the SHA-256 taken when it was attached on ");
    BOOST_TEST(!std::filesystem::exists(copy));
    const auto again = cli({"exhibit", "export", ref, "1", "--out", copy});
    BOOST_TEST(contains(again.err, "Nothing was written to " + copy), again.err);
}

BOOST_AUTO_TEST_CASE(aRemovedExhibitIsGoneWithItsContent) {
    ok({"exhibit", "attach", ref, reportFile});
    BOOST_TEST(ok({"exhibit", "remove", ref, "1"}) == "Removed exhibit 1 from CG-2026-0001.\n");
    BOOST_TEST(!contains(ok({"exhibit", "list", ref}), "sra-report.pdf"));
    BOOST_TEST(runProcess({"sqlite3", db, "SELECT count(*) FROM exhibit_contents"}).out == "0\n");
    refused({"exhibit", "export", ref, "1", "--out", dir.file("copy.pdf")}, 1, "exhibit 1");
}

BOOST_AUTO_TEST_CASE(aCaseFileCarriesTheExhibitsBytes) {
    ok({"exhibit", "attach", ref, reportFile, "--title", "Security risk assessment"});
    const std::string file = dir.file("case.cgcase");
    ok({"export", ref, file});
    ok({"import", file, "--as", "CG-2026-0042"});
    const std::string copy = dir.file("copy.pdf");
    ok({"exhibit", "export", "CG-2026-0042", "1", "--out", copy});
    BOOST_TEST(readBytes(copy) == kReport);
}

BOOST_AUTO_TEST_SUITE_END()
