#include <boost/test/unit_test.hpp>

#include <sys/stat.h>

#include "cli_fixture.h"

using namespace cg::testing;

BOOST_FIXTURE_TEST_SUITE(CaseCommands, CliFixture)

BOOST_AUTO_TEST_CASE(commandsRefuseADatabaseThatDoesNotExist) {
    const auto r = cli({"case", "list"});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(contains(r.err, db));
    BOOST_TEST(contains(r.err, "init"));
    BOOST_TEST(!std::filesystem::exists(db));
}

BOOST_AUTO_TEST_CASE(initCreatesAPrivateDatabase) {
    const auto r = cli({"init"});
    BOOST_TEST(r.exitCode == 0);
    BOOST_TEST(contains(r.out, "Database ready"));
    struct stat st {};
    BOOST_REQUIRE(stat(db.c_str(), &st) == 0);
    BOOST_TEST((st.st_mode & 0777) == 0600);
}

BOOST_AUTO_TEST_CASE(newCasesTakeTheNextReferenceOfTheYear) {
    cli({"init"});
    auto r = cli({"case", "new", "--title", "Zahnarztpraxis Müller v Kessler IT", "--opened-on", "2026-02-01"});
    BOOST_TEST(r.exitCode == 0);
    BOOST_TEST(r.out == "Opened case CG-2026-0001: Zahnarztpraxis Müller v Kessler IT\n");
    r = cli({"case", "new", "--title", "Second", "--opened-on", "2026-03-01", "--prefix", "MED"});
    BOOST_TEST(r.out == "Opened case MED-2026-0001: Second\n");
    r = cli({"case", "new", "--title", "Third", "--opened-on", "2026-03-02"});
    BOOST_TEST(r.out == "Opened case CG-2026-0002: Third\n");
    r = cli({"case", "list", "--quiet"});
    BOOST_TEST(r.out == "CG-2026-0001\nCG-2026-0002\nMED-2026-0001\n");
}

BOOST_AUTO_TEST_CASE(aTakenReferenceIsRefused) {
    cli({"init"});
    cli({"case", "new", "--title", "First", "--reference", "CG-2026-0007"});
    const std::string before = dump();
    const auto r = cli({"case", "new", "--title", "Again", "--reference", "CG-2026-0007"});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(contains(r.err, "CG-2026-0007"));
    BOOST_TEST(contains(r.err, "already"));
    BOOST_TEST(dump() == before);
}

BOOST_AUTO_TEST_CASE(editChangesTheStatusAndAuditsIt) {
    cli({"init"});
    cli({"case", "new", "--title", "First", "--opened-on", "2026-02-01"});
    auto r = cli({"case", "edit", "CG-2026-0001", "--status", "active"});
    BOOST_TEST(r.exitCode == 0);
    r = cli({"case", "show", "CG-2026-0001"});
    BOOST_TEST(contains(r.out, "Status: active"));
    r = cli({"audit", "CG-2026-0001"});
    BOOST_TEST(contains(r.out, "test-mediator"));
    BOOST_TEST(contains(r.out, "intake → active"));
}

BOOST_AUTO_TEST_CASE(aBadStatusIsExplained) {
    cli({"init"});
    cli({"case", "new", "--title", "First"});
    const auto r = cli({"case", "edit", "CG-2026-0001", "--status", "won"});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(contains(r.err, "unknown case status 'won' (expected one of: intake, active, settled, impasse, closed)"));
}

BOOST_AUTO_TEST_CASE(showingAnUnknownCaseSaysSo) {
    cli({"init"});
    const auto r = cli({"case", "show", "CG-2026-0042"});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(contains(r.err, "CG-2026-0042"));
}

BOOST_AUTO_TEST_CASE(checkPassesOnAFreshDatabase) {
    cli({"init"});
    const auto r = cli({"check"});
    BOOST_TEST(r.exitCode == 0);
    BOOST_TEST(contains(r.out, "OK"));
}

BOOST_AUTO_TEST_SUITE_END()
