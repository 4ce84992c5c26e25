// The decisions on conflict checks through the real commonground-cli:
// `conflicts NAME --case REF --decide …`, `conflicts --case REF`, the
// warning of `party add` / `party edit`, and `case show`.
#include <boost/test/unit_test.hpp>

#include "cli_fixture.h"

using namespace cg::testing;

namespace {

// The dental practice (CG-2026-0001) and the engineering firm (CG-2026-0003).
struct TwoCases : CliFixture {
    TwoCases() {
        cli({"init"});
        for (const char* sample :
             {"dental-practice-ransomware.cgcase", "engineering-firm-coverage-denial.cgcase"}) {
            const auto r = cli({"import", CliFixture::sample(sample)});
            BOOST_TEST_REQUIRE(r.exitCode == 0, r.err);
        }
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(ConflictDecisionCommands, TwoCases)

BOOST_AUTO_TEST_CASE(aWaiverIsRecordedListedAndInTheAuditTrail) {
    const auto r = cli({"conflicts", "Zahnarztpraxis Mueller", "--case", "CG-2026-0003", "--decide",
                        "waived", "--reason", "Disclosed to both parties on 2026-03-01"});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err);
    BOOST_TEST(contains(r.out, "1 possible conflict for Zahnarztpraxis Mueller"), r.out);
    BOOST_TEST(contains(r.out, "CG-2026-0001"), r.out);
    BOOST_TEST(contains(r.out, "Recorded conflict decision 1 in case CG-2026-0003: waived for "
                               "Zahnarztpraxis Mueller (by test-mediator)."),
               r.out);

    const auto listed = cli({"conflicts", "--case", "CG-2026-0003"});
    BOOST_TEST_REQUIRE(listed.exitCode == 0, listed.err);
    BOOST_TEST(contains(listed.out, "1 conflict decision for case CG-2026-0003:"), listed.out);
    BOOST_TEST(contains(listed.out, "Disclosed to both parties on 2026-03-01"), listed.out);
    BOOST_TEST(contains(listed.out, "test-mediator"), listed.out);

    const auto audit = cli({"audit", "CG-2026-0003"});
    BOOST_TEST(contains(audit.out, "conflict decision 1"), audit.out + audit.err);
    BOOST_TEST(contains(audit.out, "conflict check of Zahnarztpraxis Mueller: waived"),
               audit.out + audit.err);

    const auto show = cli({"case", "show", "CG-2026-0003"});
    BOOST_TEST(contains(show.out, "Conflict checks (1)"), show.out);
    BOOST_TEST(contains(show.out, "1. Zahnarztpraxis Mueller: waived (1 hit seen; test-mediator"),
               show.out);
    BOOST_TEST(contains(show.out, "   Reason: Disclosed to both parties on 2026-03-01"), show.out);
}

BOOST_AUTO_TEST_CASE(aDeclineWithoutAReasonIsAUsageErrorAndNothingIsStored) {
    const std::string before = dump();
    const auto r =
        cli({"conflicts", "Zahnarztpraxis Mueller", "--case", "CG-2026-0003", "--decide", "declined"});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(contains(r.err, "--decide declined needs --reason TEXT"), r.err);
    BOOST_TEST(contains(r.err, "Nothing was recorded."), r.err);
    BOOST_TEST(dump() == before);
    BOOST_TEST(contains(cli({"conflicts", "--case", "CG-2026-0003"}).out,
                        "No conflict decisions recorded for case CG-2026-0003."));
}

BOOST_AUTO_TEST_CASE(anUnknownDecisionOrOneWithoutACaseIsAUsageError) {
    const auto unknown =
        cli({"conflicts", "Anna", "--case", "CG-2026-0003", "--decide", "maybe"});
    BOOST_TEST(unknown.exitCode == 2);
    BOOST_TEST(contains(unknown.err, "unknown decision 'maybe'"), unknown.err);
    const auto noCase = cli({"conflicts", "Anna", "--decide", "no-conflict"});
    BOOST_TEST(noCase.exitCode == 2);
    BOOST_TEST(contains(noCase.err, "--decide needs --case REF"), noCase.err);
}

BOOST_AUTO_TEST_CASE(aNoConflictDecisionNeedsNoReason) {
    const auto r = cli({"conflicts", "Northwind Logistics", "--case", "CG-2026-0001", "--decide",
                        "no-conflict"});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err);
    BOOST_TEST(contains(r.out, "No conflicts found for Northwind Logistics"), r.out);
    BOOST_TEST(contains(r.out, "Recorded conflict decision 1 in case CG-2026-0001: no-conflict"),
               r.out);
}

BOOST_AUTO_TEST_CASE(addingAPartyWarnsOfTheSameNameInAnotherCase) {
    const auto r = cli({"party", "add", "CG-2026-0003", "--name", "Zahnarztpraxis Mueller GmbH",
                        "--role", "third-party"});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err);
    BOOST_TEST(contains(r.out, "Possible conflicts for Zahnarztpraxis Mueller GmbH: 1 entry in "
                               "other cases."),
               r.out);
    BOOST_TEST(contains(r.out, "CG-2026-0001"), r.out);
    BOOST_TEST(contains(r.out, "Record a decision with: commonground-cli conflicts 'Zahnarztpraxis "
                               "Mueller GmbH' --case CG-2026-0003 --decide "
                               "no-conflict|waived|declined"),
               r.out);
    // The party is saved whatever the check found.
    BOOST_TEST(contains(cli({"party", "list", "CG-2026-0003"}).out, "Zahnarztpraxis Mueller GmbH"));
}

BOOST_AUTO_TEST_CASE(addingAPartyKnownOnlyInItsOwnCaseGivesNoWarning) {
    const auto r = cli({"party", "add", "CG-2026-0001", "--name", "Northwind Logistics Ltd"});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err);
    BOOST_TEST(!contains(r.out, "Possible conflicts"), r.out);
}

BOOST_AUTO_TEST_CASE(editingAPartysCounselChecksOnlyTheNewName) {
    const auto added = cli({"party", "add", "CG-2026-0003", "--name", "Northwind Logistics Ltd"});
    BOOST_TEST_REQUIRE(added.exitCode == 0, added.err);
    const auto sector = cli({"party", "edit", "CG-2026-0003", "4", "--sector", "logistics"});
    BOOST_TEST_REQUIRE(sector.exitCode == 0, sector.err);
    BOOST_TEST(!contains(sector.out, "Possible conflicts"), sector.out);

    const auto counsel = cli({"party", "edit", "CG-2026-0003", "4", "--counsel", "Helen Achterberg"});
    BOOST_TEST_REQUIRE(counsel.exitCode == 0, counsel.err);
    BOOST_TEST(contains(counsel.out, "Possible conflicts for Helen Achterberg:"), counsel.out);
    BOOST_TEST(contains(counsel.out, "CG-2026-0001"), counsel.out);
}

BOOST_AUTO_TEST_SUITE_END()
