// worksheet, matrix and exposure run as commonground-cli processes on an
// imported sample case: the audience filter holds at the command line too.
#include <boost/test/unit_test.hpp>

#include "cli/cli_fixture.h"

using namespace cg::testing;

namespace {

struct DentalCase : CliFixture {
    DentalCase() {
        cli({"init"});
        const auto r = cli({"import", sample("dental-practice-ransomware.cgcase")});
        BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    }
};

// Mediator-only interest 7 and the practice's party-and-mediator interest 4.
const char* kMediatorOnly = "line of credit";
const char* kPracticeOnly = "credible corrective action plan";
// Offer 5 was made in the practice's caucus (session 6).
const char* kCaucusOffer = "780,000.00";

}  // namespace

BOOST_FIXTURE_TEST_SUITE(ViewCommands, DentalCase)

BOOST_AUTO_TEST_CASE(theMediatorsWorksheetShowsEverything) {
    const auto r = cli({"worksheet", "CG-2026-0001"});
    BOOST_TEST(r.exitCode == 0, r.err);
    BOOST_TEST(contains(r.out, "Prepared for the mediator."));
    BOOST_TEST(contains(r.out, "Claim 1 (breach-of-contract, claimed 1,650,000.00)"));
    const auto csv = cli({"worksheet", "CG-2026-0001", "--format", "csv"});
    BOOST_TEST(contains(csv.out, kMediatorOnly));
    BOOST_TEST(contains(csv.out, kPracticeOnly));
}

BOOST_AUTO_TEST_CASE(theProvidersWorksheetLeavesOutThePracticesConfidences) {
    for (const char* format : {"text", "csv"}) {
        const auto r = cli({"worksheet", "CG-2026-0001", "--audience", "party-2", "--format", format});
        BOOST_TEST(r.exitCode == 0, r.err);
        BOOST_TEST(!contains(r.out, kMediatorOnly));
        BOOST_TEST(!contains(r.out, kPracticeOnly));
    }
}

BOOST_AUTO_TEST_CASE(caucusOffersReachOnlyTheirParty) {
    BOOST_TEST(contains(cli({"exposure", "CG-2026-0001"}).out, kCaucusOffer));
    BOOST_TEST(contains(cli({"exposure", "CG-2026-0001", "--audience", "1"}).out, kCaucusOffer));
    BOOST_TEST(!contains(cli({"exposure", "CG-2026-0001", "--audience", "2"}).out, kCaucusOffer));
    BOOST_TEST(!contains(cli({"exposure", "CG-2026-0001", "--audience", "all", "--format", "csv"}).out, kCaucusOffer));
}

BOOST_AUTO_TEST_CASE(theExposureCsvStartsWithItsHeaderAndQuotesPerRfc4180) {
    const auto r = cli({"exposure", "CG-2026-0001", "--format", "csv", "--fault", "30"});
    BOOST_TEST(r.exitCode == 0, r.err);
    BOOST_TEST(r.out.starts_with("section,party,counterparty,record,item,low,high,detail\r\n"));
    // The practice's low total (857,500) holds a comma and is quoted.
    BOOST_TEST(contains(r.out, "losses,1,,,total,\"857,500.00\",\"3,017,000.00\","));
    // Pure comparative at 30 %: 857,500 × 70 % = 600,250.
    BOOST_TEST(contains(r.out, "fault-what-if,1,2,,Pure comparative negligence,\"600,250.00\""));
}

BOOST_AUTO_TEST_CASE(theMatrixNamesTheResponsibleClause) {
    const auto r = cli({"matrix", "CG-2026-0001", "--audience", "all"});
    BOOST_TEST(r.exitCode == 0, r.err);
    BOOST_TEST(contains(r.out, "CIS 11.5 Test Data Recovery  [CIS 11.5]"));
    BOOST_TEST(contains(r.out, "§ 3.4 security-obligation (clause 3)"));
}

BOOST_AUTO_TEST_CASE(anUnknownAudienceIsAUsageError) {
    const auto r = cli({"matrix", "CG-2026-0001", "--audience", "9"});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(contains(r.err, "--audience: case CG-2026-0001 has no party 9"));
    const auto bad = cli({"exposure", "CG-2026-0001", "--fault", "120"});
    BOOST_TEST(bad.exitCode == 2);
    BOOST_TEST(contains(bad.err, "--fault: 120 is more than 100 per cent"));
}

BOOST_AUTO_TEST_CASE(helpListsEachCommandsOptions) {
    const auto r = CliFixture::cliWithoutDb({"exposure", "--help"});
    BOOST_TEST(r.exitCode == 0);
    for (const char* option : {"--audience WHO", "--format FORMAT", "--fault PERCENT", "--carve-out"})
        BOOST_TEST(contains(r.out, option), option);
}

BOOST_AUTO_TEST_SUITE_END()
