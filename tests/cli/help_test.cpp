#include <boost/test/unit_test.hpp>

#include "cli_fixture.h"

using namespace cg::testing;

BOOST_FIXTURE_TEST_SUITE(CommandLineHelp, CliFixture)

BOOST_AUTO_TEST_CASE(helpListsEveryCommandGroup) {
    const auto r = cliWithoutDb({"--help"});
    BOOST_TEST(r.exitCode == 0);
    for (const char* command : {"init", "case list", "case show", "case new", "import", "export", "check",
                                "party add", "interest add", "clause add", "fact add", "claim add", "option add",
                                "session add", "session note", "offer add", "loss add", "draft check", "draft compare", "handout", "summary",
                                "termsheet", "template check", "conflicts", "bench documents", "audit", "bench",
                                "participant add", "participant edit", "party signed", "session edit",
                                "case close", "exhibit attach", "exhibit export", "time add", "expense add",
                                "payment add", "fees set", "fees show", "invoice", "calendar", "report",
                                "agreement-to-mediate", "alternative add", "alternative edit", "bottom-line add",
                                "bottom-line list"})
        BOOST_TEST(contains(r.out, command), "help lists " << command);
}

BOOST_AUTO_TEST_CASE(everyCommandHasItsOwnHelp) {
    const auto list = cliWithoutDb({"--help"});
    for (const char* command : {"case new", "party add", "clause add", "fact add", "claim add", "session note",
                                "offer list", "loss add", "import", "export", "bench", "participant add",
                                "participant edit", "party signed", "session edit", "case close",
                                "exhibit attach", "exhibit list", "exhibit export", "exhibit remove",
                                "time add", "time remove", "expense add", "payment add", "fees set",
                                "fees show", "invoice", "calendar", "report", "agreement-to-mediate",
                                "alternative add", "alternative edit", "alternative list", "alternative remove",
                                "bottom-line add", "bottom-line list", "bottom-line remove"}) {
        std::vector<std::string> args;
        std::string word;
        for (const char* c = command;; ++c) {
            if (*c == ' ' || *c == '\0') {
                args.push_back(word);
                word.clear();
                if (*c == '\0') break;
            } else {
                word += *c;
            }
        }
        args.push_back("--help");
        const auto r = cliWithoutDb(args);
        BOOST_TEST(r.exitCode == 0, command);
        BOOST_TEST(contains(r.out, "Usage: commonground-cli [--db DB] " + std::string(command)), command);
    }
}

BOOST_AUTO_TEST_CASE(anUnknownCommandIsAUsageError) {
    const auto r = cliWithoutDb({"frobnicate"});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(r.err == "commonground-cli: 'frobnicate' is not a command; see 'commonground-cli --help'\n");
}

BOOST_AUTO_TEST_CASE(anUnknownOptionNamesItAndTheUsage) {
    const auto r = cli({"party", "add", "CG-2026-0001", "--nmae", "X"});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(contains(r.err, "'nmae' is not an option of 'party add'"));
    BOOST_TEST(contains(r.err, "Usage: commonground-cli [--db DB] party add REF --name NAME"));
}

BOOST_AUTO_TEST_CASE(thePracticeGroupsListTheirCommands) {
    BOOST_TEST(contains(cliWithoutDb({"exhibit", "--help"}).out, "exhibit export"));
    BOOST_TEST(contains(cliWithoutDb({"fees", "--help"}).out, "fees show"));
    BOOST_TEST(contains(cliWithoutDb({"time", "--help"}).out, "remove a time entry from a case"));
}

BOOST_AUTO_TEST_CASE(aGroupWordAloneListsItsCommands) {
    const auto r = cliWithoutDb({"party"});
    BOOST_TEST(contains(r.out, "party add"));
    BOOST_TEST(contains(r.out, "party remove"));
}

BOOST_AUTO_TEST_SUITE_END()
