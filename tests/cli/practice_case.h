#pragma once
// A case as a mediator opens it before the first session: two parties and a
// mediator, for the tests of the practice commands (issue 7).
#include <boost/test/unit_test.hpp>

#include "cli_fixture.h"

namespace cg::testing {

struct PracticeCase : CliFixture {
    const std::string ref = "CG-2026-0001";

    PracticeCase() {
        ok({"init"});
        ok({"case", "new", "--title", "Praxis Müller v Kessler IT", "--opened-on", "2026-01-10",
            "--mediator", "Helen Achterberg"});
        ok({"party", "add", ref, "--name", "Zahnarztpraxis Müller", "--role", "claimant"});
        ok({"party", "add", ref, "--name", "Kessler IT GmbH", "--role", "respondent"});
    }

    // Runs a command that must succeed and returns what it printed.
    std::string ok(std::vector<std::string> args) const {
        const auto r = cli(args);
        BOOST_TEST_REQUIRE(r.exitCode == 0,
                           args[0] << (args.size() > 1 ? " " + args[1] : "") << ": " << r.err);
        return r.out;
    }

    // Runs a command that must fail with exitCode, saying `message` on
    // stderr, and change nothing in the database.
    void refused(std::vector<std::string> args, int exitCode, const std::string& message) const {
        const std::string before = dump();
        const auto r = cli(args);
        BOOST_TEST(r.exitCode == exitCode, args[0] << ": " << r.out << r.err);
        BOOST_TEST(contains(r.err, message), "expected '" << message << "' in: " << r.err);
        BOOST_TEST(r.out.empty(), r.out);
        BOOST_TEST(dump() == before, "the database changed");
    }
};

}  // namespace cg::testing
