#include <boost/test/unit_test.hpp>

#include "cli_fixture.h"

using namespace cg::testing;

namespace {

// A case with two parties, opened through the CLI as a mediator would.
struct CaseWithParties : CliFixture {
    const std::string ref = "CG-2026-0001";
    CaseWithParties() {
        cli({"init"});
        cli({"case", "new", "--title", "Praxis Müller v Kessler IT", "--opened-on", "2026-01-10"});
        cli({"party", "add", ref, "--name", "Zahnarztpraxis Müller", "--role", "claimant", "--sector", "healthcare"});
        cli({"party", "add", ref, "--name", "Κέσλερ Πληροφορική Α.Ε.", "--role", "respondent"});
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(RecordCommands, CaseWithParties)

BOOST_AUTO_TEST_CASE(aWholeCaseCanBeRecordedAndShown) {
    std::vector<std::vector<std::string>> commands = {
        {"party", "cover", ref, "1", "--limit", "100000", "--deductible", "10000", "--insurer", "Hiscox"},
        {"interest", "add", ref, "--party", "1", "--description", "Keep the practice open", "--category",
         "operational-continuity", "--priority", "1"},
        {"interest", "add", ref, "--party", "2", "--description", "Lowest figure we can live with is 40k",
         "--visibility", "mediator-only"},
        {"clause", "add", ref, "--section", "§ 9.2", "--kind", "limitation-of-liability", "--monthly-fees", "4500",
         "--carve-out", "gross negligence", "--obligated", "party-2"},
        {"fact", "add", ref, "--description", "Ransomware encrypted the file server", "--occurred-on", "2026-01-03",
         "--discovered-on", "2026-01-04", "--data-type", "phi,pii", "--records", "4200", "--standing", "agreed"},
        {"claim", "add", ref, "--accuser", "1", "--accused", "2", "--allegation", "left remote access without MFA",
         "--basis", "negligence", "--fact", "fact-1", "--clause", "1", "--amount", "1487000"},
        {"option", "add", ref, "--description", "Fund 24 months of credit monitoring", "--kind", "credit-monitoring",
         "--interest", "1"},
        {"session", "add", ref, "--kind", "caucus", "--caucus-party", "1", "--started-at", "2026-02-10T14:00:00Z"},
        {"session", "note", ref, "1", "--text", "Will settle for 250k if the MSP apologises"},
        {"offer", "add", ref, "--from", "2", "--to", "1", "--amount", "50000", "--session", "1", "--made-at",
         "2026-02-10T15:00:00Z"},
        {"loss", "add", ref, "--party", "1", "--category", "forensics", "--low", "20000", "--high", "35000",
         "--damages", "direct"}};
    for (const auto& command : commands) {
        const auto r = cli(command);
        BOOST_TEST(r.exitCode == 0, command[0] << " " << command[1] << ": " << r.err);
    }
    const auto show = cli({"case", "show", ref});
    BOOST_TEST(show.exitCode == 0);
    BOOST_TEST(contains(show.out, "Zahnarztpraxis Müller — claimant"));
    BOOST_TEST(contains(show.out, "Insurance: cyber cover, limit USD 100,000.00, deductible USD 10,000.00, Hiscox"));
    BOOST_TEST(contains(show.out, "Liability cap: USD 54,000.00"));
    BOOST_TEST(contains(show.out, "Zahnarztpraxis Müller → Κέσλερ Πληροφορική Α.Ε.: left remote access without MFA"));
    BOOST_TEST(contains(show.out, "[CONFIDENTIAL: mediator only]"));
    BOOST_TEST(contains(show.out, "[CONFIDENTIAL: Zahnarztpraxis Müller and mediator]: Will settle for 250k"));
    BOOST_TEST(contains(show.out, "(4200 records)"));

    const auto offers = cli({"offer", "list", ref, "--party", "1"});
    BOOST_TEST(contains(offers.out, "USD 50,000.00"));
}

BOOST_AUTO_TEST_CASE(aClaimAgainstOneselfIsRefusedAndNothingIsStored) {
    const std::string before = dump();
    const auto r = cli({"claim", "add", ref, "--accuser", "2", "--accused", "2", "--allegation", "x"});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err == "commonground-cli: error: claim 1: accuser and accused are the same party (2)\n");
    BOOST_TEST(dump() == before);
}

BOOST_AUTO_TEST_CASE(aLinkToAMissingFactIsRefused) {
    const auto r = cli({"claim", "add", ref, "--accuser", "1", "--accused", "2", "--allegation", "x", "--fact", "9"});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(contains(r.err, "refers to fact 9, which is not in this case"));
}

BOOST_AUTO_TEST_CASE(aPartyThatIsBlamedCannotBeRemoved) {
    cli({"claim", "add", ref, "--accuser", "1", "--accused", "2", "--allegation", "no MFA"});
    const std::string before = dump();
    const auto r = cli({"party", "remove", ref, "2"});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(contains(r.err, "party 2"));
    BOOST_TEST(contains(r.err, "claim 1"));
    BOOST_TEST(dump() == before);
}

BOOST_AUTO_TEST_CASE(absurdNumbersAreRefusedWithTheOptionNamed) {
    auto r = cli({"fact", "add", ref, "--description", "x", "--occurred-on", "2026-01-03", "--records", "-5"});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(contains(r.err, "--records: -5 is outside 0 to 10000000000"));
    r = cli({"interest", "add", ref, "--party", "1", "--description", "x", "--priority", "9"});
    BOOST_TEST(contains(r.err, "--priority: 9 is outside 1 to 5"));
    r = cli({"loss", "add", ref, "--party", "1", "--category", "legal", "--low", "-3"});
    BOOST_TEST(contains(r.err, "--low: amount '-3' is negative"));
    r = cli({"fact", "add", ref, "--description", "x", "--occurred-on", "2026-02-30"});
    BOOST_TEST(contains(r.err, "--occurred-on: '2026-02-30' is not a date on the calendar"));
}

BOOST_AUTO_TEST_CASE(discoveryBeforeOccurrenceNeedsEstimated) {
    auto r = cli({"fact", "add", ref, "--description", "Initial access", "--occurred-on", "2026-01-05",
                  "--discovered-on", "2026-01-02"});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(contains(r.err, "before it occurred"));
    r = cli({"fact", "add", ref, "--description", "Initial access", "--occurred-on", "2026-01-05",
             "--discovered-on", "2026-01-02", "--estimated"});
    BOOST_TEST(r.exitCode == 0);
}

BOOST_AUTO_TEST_CASE(caucusNotesAreConfidentialByDefault) {
    cli({"session", "add", ref, "--kind", "caucus", "--caucus-party", "2"});
    const auto r = cli({"session", "note", ref, "1", "--text", "Bottom line 80k"});
    BOOST_TEST(r.out == "Added note 1 to session 1 of CG-2026-0001 (party-and-mediator).\n");
}

BOOST_AUTO_TEST_SUITE_END()
