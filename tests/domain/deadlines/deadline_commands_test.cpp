// `deadlines REF` and `catalog check` through the real commonground-cli, as a
// mediator would run them.
#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "cli/cli_fixture.h"

using namespace cg::testing;
namespace fs = std::filesystem;

namespace {

const std::string kShippedCatalogs = std::string(CG_SOURCE_DIR) + "/data/catalogs";

struct DentalCase : CliFixture {
    DentalCase() {
        BOOST_REQUIRE_EQUAL(cli({"init"}).exitCode, 0);
        const ProcessResult imported = cli({"import", sample("dental-practice-ransomware.cgcase")});
        BOOST_REQUIRE_MESSAGE(imported.exitCode == 0, imported.err);
    }
};

// The layout the CLI's default lookup expects: a build tree directly inside
// the source tree (build/src/cli/commonground-cli).
struct BuildTreeInsideSources {
    boost::test_tools::assertion_result operator()(boost::unit_test::test_unit_id) const {
        const fs::path beside =
            fs::path(CG_CLI_PATH).parent_path() / ".." / ".." / ".." / "data" / "catalogs";
        boost::test_tools::assertion_result result(fs::is_directory(beside));
        result.message()
            << "the build tree is not inside the source tree; default lookup not checked";
        return result;
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(DeadlineCommands)

BOOST_FIXTURE_TEST_CASE(deadlinesListsTheDentalPracticeObligationsWithTheirStatus, DentalCase) {
    const ProcessResult r =
        cli({"deadlines", "CG-2026-0001", "--as-of", "2026-03-02", "--catalogs", kShippedCatalogs});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err);
    BOOST_TEST(r.err == "");
    BOOST_TEST(contains(r.out, "Notification deadlines for CG-2026-0001 as of 2026-03-02\n"),
               r.out);
    BOOST_TEST(
        contains(r.out,
                 "Discovery: 2025-12-30 (fact 10); records affected: 4312, treated as residents of "
                 "US-NY; data types: credentials, phi, pii; jurisdictions: US-NY\n"),
        r.out);
    BOOST_TEST(contains(r.out, "2025-12-30 (discovery)  2026-02-28  met on 2026-01-27 (fact 14)"),
               r.out);
    BOOST_TEST(contains(r.out, "2026-01-29  overdue by 32 days"), r.out);
    BOOST_TEST(contains(r.out, "not required"), r.out);
    BOOST_TEST(
        contains(r.out, "[2] threshold > 500 residents of one state met by 4312; 45 CFR 164.406; "),
        r.out);
    BOOST_TEST(contains(r.out, "falls on a Saturday; calendar-day deadlines are not moved"), r.out);
    BOOST_TEST(contains(r.out, "Counting: day 0 is the event day"), r.out);
}

BOOST_FIXTURE_TEST_CASE(theCatalogFolderComesFromCommonGroundDataDir, DentalCase) {
    // A data folder whose catalogs hold only an Oregon rule: nothing applies to a New York case.
    ScopedTempDir data;
    fs::create_directory(data.path() / "catalogs");
    writeBytes(
        data.file("catalogs/state-or.xml"),
        "<notification-rules catalog-version=\"1\">\n"
        "  <rule id=\"us-or\" regime=\"Oregon\" citation=\"ORS 646A.604\" trigger=\"discovery\" "
        "jurisdictions=\"US-OR\" source=\"memo\" as-of=\"2026-10-01\">\n"
        "    <recipient name=\"Residents\" deadline=\"calendar-days\" amount=\"45\" "
        "primary=\"true\"/>\n"
        "  </rule>\n"
        "</notification-rules>\n");
    const ProcessResult r =
        runProcess({CG_CLI_PATH, "--db", db, "deadlines", "CG-2026-0001", "--as-of", "2026-03-02"},
                   {"COMMONGROUND_DATA_DIR=" + shellQuote(data.path().string())});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err);
    BOOST_TEST(contains(r.out, "No notification rule in the catalogs applies to this case.\n"),
               r.out);
}

BOOST_FIXTURE_TEST_CASE(aMissingCatalogFolderIsAnErrorNamingIt, DentalCase) {
    const std::string missing = dir.file("no-catalogs");
    const ProcessResult r = cli({"deadlines", "CG-2026-0001", "--catalogs", missing});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err == "commonground-cli: error: the catalog folder '" + missing +
                            "' does not exist; set COMMONGROUND_DATA_DIR or pass --catalogs DIR\n");
}

BOOST_FIXTURE_TEST_CASE(aLocalAwarenessTimeIsConvertedWithTheZoneDatabaseAcrossTheClockChange,
                        DentalCase) {
    // 23:30 on Saturday 28 March 2026 in Berlin is 22:30Z (CET, UTC+1). The
    // clocks go forward that night, so 72 hours later is 22:30Z on 31 March,
    // which Berlin calls 00:30 on 1 April (CEST), not 23:30 on 31 March.
    const ProcessResult r = cli({"deadlines", "CG-2026-0001", "--as-of", "2026-03-02", "--catalogs",
                                 kShippedCatalogs, "--jurisdiction", "DE", "--aware-at",
                                 "2026-03-28T23:30:00", "--time-zone", "Europe/Berlin"});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err);
    BOOST_TEST(contains(r.out, "Supervisory authority"), r.out);
    BOOST_TEST(contains(r.out, "2026-03-28T22:30:00Z (awareness)  2026-03-31T22:30:00Z"), r.out);
}

BOOST_FIXTURE_TEST_CASE(anUnknownTimeZoneIsAUsageError, DentalCase) {
    const ProcessResult r =
        cli({"deadlines", "CG-2026-0001", "--catalogs", kShippedCatalogs, "--aware-at",
             "2026-03-28T23:30:00", "--time-zone", "Europe/Atlantis"});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(
        contains(
            r.err,
            "commonground-cli deadlines: --time-zone: 'Europe/Atlantis' is not a time zone of the "
            "IANA database (e.g. Europe/Berlin, America/New_York)\n"),
        r.err);
}

BOOST_FIXTURE_TEST_CASE(theDeterminationIsGivenOnceEitherAsADateOrAsATime, DentalCase) {
    const ProcessResult r =
        cli({"deadlines", "CG-2026-0001", "--catalogs", kShippedCatalogs, "--determined-on",
             "2026-01-09", "--determined-at", "2026-01-09T10:00:00Z"});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(
        contains(r.err,
                 "commonground-cli deadlines: give the determination once: --determined-on DATE or "
                 "--determined-at TIME\n"),
        r.err);
}

BOOST_AUTO_TEST_CASE(fromTheBuildTreeTheCatalogsAreFoundBesideTheSources,
                     *boost::unit_test::precondition(BuildTreeInsideSources())) {
    // build/src/cli/commonground-cli -> ../../../data/catalogs, found through /proc/self/exe.
    const ProcessResult r =
        runProcess({"env", "-u", "COMMONGROUND_DATA_DIR", CG_CLI_PATH, "catalog", "check"});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err);
    BOOST_TEST(
        contains(r.out, "Catalog folder " + fs::weakly_canonical(kShippedCatalogs).string() + "\n"),
        r.out);
}

BOOST_AUTO_TEST_CASE(catalogCheckReportsEveryShippedFileAndNoError) {
    const ProcessResult r = CliFixture::cliWithoutDb({"catalog", "check", kShippedCatalogs});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err);
    BOOST_TEST(contains(r.out, "notification-rules.xml   notification-rules   2026.11  12\n"),
               r.out);
    BOOST_TEST(contains(r.out, "5 files loaded, 0 errors\n"), r.out);
}

BOOST_AUTO_TEST_CASE(catalogCheckGivesFileAndLineOfABrokenFileAndExitsWithOne) {
    ScopedTempDir folder;
    for (const auto& entry : fs::directory_iterator(kShippedCatalogs))
        fs::copy_file(entry.path(), folder.path() / entry.path().filename());
    writeBytes(folder.file("broken.xml"),
               "<fault-regimes catalog-version=\"1\">\n  <regime id=\"x\"\n");
    const ProcessResult r = CliFixture::cliWithoutDb({"catalog", "check", folder.path().string()});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(contains(r.err, "error: " + folder.file("broken.xml") + ":2:"), r.err);
    BOOST_TEST(contains(r.out, "5 files loaded, 1 error\n"), r.out);
}

BOOST_AUTO_TEST_SUITE_END()
