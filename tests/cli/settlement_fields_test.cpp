// The fields a settlement agreement needs, entered and shown through the
// CLI: who signs for a party and its address, a term's due date and its
// instalments.
#include <boost/test/unit_test.hpp>

#include "cli_fixture.h"

using namespace cg::testing;

namespace {

struct CaseWithTwoParties : CliFixture {
    const std::string ref = "CG-2026-0001";
    CaseWithTwoParties() {
        cli({"init"});
        cli({"case", "new", "--title", "Praxis Müller v Kessler IT", "--opened-on", "2026-01-10"});
        cli({"party", "add", ref, "--name", "Zahnarztpraxis Müller", "--signatory", "Dr. Anna Müller",
             "--signatory-title", "Inhaberin", "--address", "Schloßstraße 12, 80331 München"});
        cli({"party", "add", ref, "--name", "Kessler IT Services GmbH", "--role", "respondent"});
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(SettlementFieldCommands, CaseWithTwoParties)

BOOST_AUTO_TEST_CASE(caseShowNamesWhoSignsAndWhereNoticesGo) {
    const auto show = cli({"case", "show", ref});
    BOOST_TEST(show.exitCode == 0);
    BOOST_TEST(contains(show.out, "   Signs: Dr. Anna Müller, Inhaberin\n"));
    BOOST_TEST(contains(show.out, "   Address: Schloßstraße 12, 80331 München\n"));
}

BOOST_AUTO_TEST_CASE(partyEditSetsTheSignatoryAndTheTrailSaysSo) {
    const auto r = cli({"party", "edit", ref, "party-2", "--signatory", "Kai Kessler", "--signatory-title",
                        "Geschäftsführer"});
    BOOST_TEST(r.exitCode == 0, r.err);
    BOOST_TEST(r.out == "Saved party 2 (Kessler IT Services GmbH).\n");
    BOOST_TEST(contains(cli({"case", "show", ref}).out, "   Signs: Kai Kessler, Geschäftsführer\n"));
    const auto trail = cli({"audit", ref});
    // The table cuts the change to its column; the start names both fields.
    BOOST_TEST(contains(trail.out, "update  party 2  signatory: (none) → Kai Kessler; signatory title: (none) →"),
               trail.out + trail.err);
}

BOOST_AUTO_TEST_CASE(aPaymentInInstalmentsIsRecordedAndShown) {
    const auto r = cli({"option", "add", ref, "--description", "MSP pays restoration costs", "--amount", "45000",
                        "--payer", "2", "--payee", "1", "--status", "accepted", "--due", "2026-06-30",
                        "--instalment", "2026-04-30=20000", "--instalment", "2026-05-31=25000"});
    BOOST_TEST(r.exitCode == 0, r.err);
    const auto show = cli({"case", "show", ref});
    BOOST_TEST(contains(show.out, "USD 45,000.00, paid by Kessler IT Services GmbH to Zahnarztpraxis Müller, due "
                                  "2026-06-30\n"));
    BOOST_TEST(contains(show.out, "   Instalment 1 of 2: USD 20,000.00 due 2026-04-30\n"));
    BOOST_TEST(contains(show.out, "   Instalment 2 of 2: USD 25,000.00 due 2026-05-31\n"));
    BOOST_TEST(contains(cli({"option", "list", ref}).out, "USD 45,000.00 in 2 instalments"));
}

BOOST_AUTO_TEST_CASE(instalmentsThatDoNotAddUpAreRefusedAndNothingIsStored) {
    const std::string before = dump();
    const auto r = cli({"option", "add", ref, "--description", "MSP pays", "--amount", "45000", "--instalment",
                        "2026-04-30=20000", "--instalment", "2026-05-31=20000"});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err ==
               "commonground-cli: error: option 1: instalments add up to USD 40,000.00, not the term's USD "
               "45,000.00\n");
    BOOST_TEST(dump() == before);
}

BOOST_AUTO_TEST_CASE(anInstalmentThatIsNotDateEqualsAmountIsAUsageError) {
    const std::string before = dump();
    auto r = cli({"option", "add", ref, "--description", "MSP pays", "--amount", "100", "--instalment", "100"});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(contains(r.err, "--instalment: '100' is not DATE=AMOUNT, e.g. 2026-04-30=15000"));
    r = cli({"option", "add", ref, "--description", "MSP pays", "--amount", "100", "--instalment", "2026-02-30=100"});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(contains(r.err, "--instalment 2026-02-30=100: '2026-02-30' is not a date on the calendar"));
    BOOST_TEST(dump() == before);
}

BOOST_AUTO_TEST_CASE(optionScheduleSplitsARecordedPaymentAndRefusesASplitThatDoesNotAddUp) {
    cli({"option", "add", ref, "--description", "MSP pays", "--amount", "30000", "--payer", "2", "--payee", "1"});
    const std::string before = dump();
    auto r = cli({"option", "schedule", ref, "option-1", "--instalment", "2026-04-30=10000", "--instalment",
                  "2026-05-31=10000"});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err ==
               "commonground-cli: error: option 1: instalments add up to USD 20,000.00, not the term's USD "
               "30,000.00\n");
    BOOST_TEST(dump() == before);

    r = cli({"option", "schedule", ref, "option-1", "--due", "2026-05-31", "--instalment", "2026-04-30=10000",
             "--instalment", "2026-05-31=20000"});
    BOOST_TEST(r.exitCode == 0, r.err);
    BOOST_TEST(r.out == "Option 1 falls due on 2026-05-31, in 2 instalments.\n");
    BOOST_TEST(contains(cli({"case", "show", ref}).out, "   Instalment 2 of 2: USD 20,000.00 due 2026-05-31\n"));
    r = cli({"option", "schedule", ref, "1", "--one-sum"});
    BOOST_TEST(r.out == "Option 1 falls due on 2026-05-31, in one sum.\n");
}

BOOST_AUTO_TEST_SUITE_END()
