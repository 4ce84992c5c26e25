// Case-level access through the real commonground-cli: `access REF`,
// --grant, --revoke, and every reading command refused to a mediator
// walled off from the case.
#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "cli_fixture.h"

using namespace cg::testing;

namespace {

const std::string kRef = "CG-2026-0001";

// The dental practice, walled off by test-mediator with maria; bob is outside.
struct WalledCase : CliFixture {
    WalledCase() {
        cli({"init"});
        const auto imported = cli({"import", CliFixture::sample("dental-practice-ransomware.cgcase")});
        BOOST_TEST_REQUIRE(imported.exitCode == 0, imported.err);
        const auto granted = cli({"access", kRef, "--grant", "maria"});
        BOOST_TEST_REQUIRE(granted.exitCode == 0, granted.err);
    }

    ProcessResult as(const std::string& mediator, std::vector<std::string> args) const {
        args.insert(args.begin(), {CG_CLI_PATH, "--db", db});
        return runProcess(args, {"COMMONGROUND_USER=" + mediator});
    }
};

const std::string kWalledOff =
    "commonground-cli: error: case CG-2026-0001 is walled off: only the mediators on its access "
    "list may open it, and bob is not one of them. Ask one of them to grant you access.\n";

}  // namespace

BOOST_FIXTURE_TEST_SUITE(CaseAccessCommands, WalledCase)

BOOST_AUTO_TEST_CASE(accessListsTheMediatorsAndTheGrantIsAudited) {
    const auto r = cli({"access", kRef});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err);
    BOOST_TEST(contains(r.out, "Case CG-2026-0001 is open only to:\n  maria (granted by test-mediator on "),
               r.out);
    BOOST_TEST(contains(r.out, "  test-mediator (granted by test-mediator on "), r.out);
    const auto audit = cli({"audit", kRef});
    BOOST_TEST(contains(audit.out, "access granted to maria"), audit.out);
}

BOOST_AUTO_TEST_CASE(aWalledOffMediatorCanReadNothingAndChangesNothing) {
    const std::string before = dump();
    const std::string out = dir.file("out");
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"case", "show", kRef},
          {"export", kRef, out + ".cgcase"},
          {"worksheet", kRef},
          {"draft", kRef, "--out", out + ".pdf"},
          {"audit", kRef},
          {"party", "list", kRef},
          {"access", kRef},
          {"access", kRef, "--grant", "bob"},
          {"party", "add", kRef, "--name", "Intruder GmbH", "--role", "third-party"},
          {"case", "edit", kRef, "--title", "Taken over"}}) {
        const auto r = as("bob", command);
        BOOST_TEST(r.exitCode == 1, command.front() << " " << command.at(1));
        BOOST_TEST(r.err == kWalledOff, command.front() << " " << command.at(1));
        BOOST_TEST(r.out.find("Müller") == std::string::npos, r.out);
    }
    BOOST_TEST(!std::filesystem::exists(out + ".cgcase"));
    BOOST_TEST(!std::filesystem::exists(out + ".pdf"));
    const auto listed = as("bob", {"case", "list", "--quiet"});
    BOOST_TEST(listed.exitCode == 0, listed.err);
    BOOST_TEST(!contains(listed.out, kRef), listed.out);
    BOOST_TEST(contains(cli({"case", "list", "--quiet"}).out, kRef));
    BOOST_TEST(dump() == before);
}

BOOST_AUTO_TEST_CASE(theConflictCheckFindsNamesBehindTheWallWithoutTheCaseTitle) {
    const auto r = as("bob", {"conflicts", "Bridgeview Managed IT Services"});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err);
    BOOST_TEST(contains(r.out, "1 possible conflict for Bridgeview Managed IT Services"), r.out);
    BOOST_TEST(contains(r.out, "a case you have no access to"), r.out);
    BOOST_TEST(!contains(r.out, "ransomware"), r.out);
}

BOOST_AUTO_TEST_CASE(aGrantLetsTheMediatorInAndTheLastCannotRevokeHimself) {
    BOOST_TEST(cli({"access", kRef, "--grant", "bob"}).exitCode == 0);
    BOOST_TEST(as("bob", {"case", "show", kRef}).exitCode == 0);
    const auto revoked = cli({"access", kRef, "--revoke", "test-mediator"});
    BOOST_TEST(revoked.exitCode == 0, revoked.err);
    BOOST_TEST(revoked.out == "Revoked test-mediator's access to case CG-2026-0001.\n");
    BOOST_TEST(as("maria", {"access", kRef, "--revoke", "bob"}).exitCode == 0);

    const std::string before = dump();
    const auto last = as("maria", {"access", kRef, "--revoke", "maria"});
    BOOST_TEST(last.exitCode == 1);
    BOOST_TEST(last.err ==
               "commonground-cli: error: maria is the last mediator with access to case "
               "CG-2026-0001; revoking it would wall everyone off. Grant another mediator access "
               "first.\n");
    BOOST_TEST(dump() == before);
}

BOOST_AUTO_TEST_CASE(grantAndRevokeTogetherIsAUsageError) {
    const auto r = cli({"access", kRef, "--grant", "bob", "--revoke", "maria"});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(contains(r.err, "give either --grant or --revoke, not both"), r.err);
}

BOOST_AUTO_TEST_SUITE_END()
