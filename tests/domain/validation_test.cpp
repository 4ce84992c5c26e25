#include <boost/test/unit_test.hpp>

#include "domain/errors.h"
#include "domain/validation.h"
#include "support/case_builder.h"

using namespace cg::domain;
using cg::testing::CaseBuilder;

namespace {

// Runs validate() and returns the message it threw, or "" when it passed.
std::string validationMessage(const CaseRecord& record) {
    try {
        validate(record);
        return "";
    } catch (const ValidationError& e) {
        return e.what();
    }
}

CaseBuilder twoParties() {
    CaseBuilder b;
    b.withParty("Zahnarztpraxis Müller").withParty("Kessler IT Services GmbH", PartyRole::Respondent);
    return b;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(CaseValidation)

BOOST_AUTO_TEST_CASE(aConsistentCasePasses) {
    auto b = twoParties();
    b.withInterest(1, "Keep the practice open").withFact("Ransomware encrypted the server", Date(2026, 1, 3));
    b.withClaim(1, 2, "failed to encrypt the file server");
    BOOST_TEST(validationMessage(b.build()) == "");
}

BOOST_AUTO_TEST_CASE(aClaimAgainstOneselfIsRefused) {
    auto b = twoParties();
    b.withClaim(2, 2, "self blame");
    BOOST_TEST(validationMessage(b.build()) == "claim 1: accuser and accused are the same party (2)");
}

BOOST_AUTO_TEST_CASE(aLinkToAMissingRecordNamesIt) {
    auto b = twoParties();
    b.withClaim(1, 2, "no MFA");
    b.record().claims[0].factNos = {7};
    const std::string message = validationMessage(b.build());
    BOOST_TEST(message == "claim 1: refers to fact 7, which is not in this case");
}

BOOST_AUTO_TEST_CASE(aClaimAgainstAPartyOfNoCaseIsRefused) {
    auto b = twoParties();
    b.withClaim(1, 9, "unknown accused");
    BOOST_TEST(validationMessage(b.build()) == "claim 1: refers to party 9, which is not in this case");
}

BOOST_AUTO_TEST_CASE(discoveryBeforeOccurrenceNeedsAnEstimatedDate) {
    auto b = twoParties();
    b.withFact("Attacker gained access", Date(2026, 1, 10));
    b.record().facts[0].discoveredOn = Date(2026, 1, 5);
    BOOST_TEST(validationMessage(b.build()).find("before it occurred") != std::string::npos);
    b.record().facts[0].occurredEstimated = true;
    BOOST_TEST(validationMessage(b.build()) == "");
}

BOOST_AUTO_TEST_CASE(recordsAffectedCannotBeNegative) {
    auto b = twoParties();
    b.withFact("Patient records copied", Date(2026, 1, 3));
    b.record().facts[0].recordsAffected = -1;
    BOOST_TEST(validationMessage(b.build()) == "fact 1: records affected cannot be negative");
}

BOOST_AUTO_TEST_CASE(duplicateNumbersAreRefused) {
    auto b = twoParties();
    b.record().parties[1].no = 1;
    BOOST_TEST(validationMessage(b.build()) == "two records are numbered party 1");
}

BOOST_AUTO_TEST_CASE(aCaucusNeedsItsParty) {
    auto b = twoParties();
    MediationSession s;
    s.no = 1;
    s.kind = SessionKind::Caucus;
    b.record().sessions.push_back(s);
    BOOST_TEST(validationMessage(b.build()) == "session 1: a caucus is held with one party; name it");
}

BOOST_AUTO_TEST_CASE(lowLossEstimateCannotExceedHigh) {
    auto b = twoParties();
    LossItem loss;
    loss.no = 1;
    loss.partyNo = 1;
    loss.low = Money(500, "USD");
    loss.high = Money(100, "USD");
    b.record().losses.push_back(loss);
    BOOST_TEST(validationMessage(b.build()).find("is above the high estimate") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(capIsTwelveMonthsOfFeesTimesMultiplier) {
    LiabilityCap cap;
    cap.basis = CapBasis::FeesLookback;
    cap.monthlyFees = Money::parse("4500", "USD");
    cap.lookbackMonths = 12;
    cap.multiplierPercent = 200;
    BOOST_TEST(cap.amount().display() == "USD 108,000.00");
}

BOOST_AUTO_TEST_CASE(aCapOnlyBelongsToALimitationOfLiabilityClause) {
    auto b = twoParties();
    ContractClause clause;
    clause.no = 1;
    clause.section = "7.1";
    clause.kind = ClauseKind::Indemnity;
    clause.cap = LiabilityCap{};
    b.record().clauses.push_back(clause);
    BOOST_TEST(validationMessage(b.build()) ==
               "clause 1: only a limitation-of-liability clause carries a liability cap");
}

BOOST_AUTO_TEST_CASE(nameLimitsCountCharactersNotBytes) {
    auto b = twoParties();
    std::string greek;
    for (int i = 0; i < 290; ++i) greek += "Ω";  // 580 bytes, 290 characters
    b.record().parties[0].name = greek;
    BOOST_TEST(validationMessage(b.build()) == "");
    b.record().parties[0].name = greek + std::string(11, 'x');
    BOOST_TEST(validationMessage(b.build()) == "party 1: name is longer than 300 characters");
}

BOOST_AUTO_TEST_CASE(aTitleOfLineBreaksIsNoTitle) {
    auto b = twoParties();
    b.record().head.title = "\n\r\n";
    BOOST_TEST(validationMessage(b.build()) == "case CG-2026-0001: title is required");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(SettlementTerms)

namespace {

CaseBuilder paymentOf(Money amount) {
    auto b = twoParties();
    b.withPayment(2, 1, std::move(amount));
    return b;
}

}  // namespace

BOOST_AUTO_TEST_CASE(instalmentsThatAddUpToTheAmountPass) {
    auto b = paymentOf(Money(45'000'00, "USD"));
    b.withInstalment(Date(2026, 4, 1), Money(15'000'00, "USD"))
        .withInstalment(Date(2026, 5, 1), Money(15'000'00, "USD"))
        .withInstalment(Date(2026, 6, 1), Money(15'000'00, "USD"));
    BOOST_TEST(validationMessage(b.build()) == "");
}

BOOST_AUTO_TEST_CASE(instalmentsThatDoNotAddUpNameTheOptionAndBothSums) {
    auto b = twoParties();
    b.withPayment(2, 1, Money(1'000'00, "USD")).withPayment(2, 1, Money(2'000'00, "USD"));
    b.withPayment(2, 1, Money(45'000'00, "USD"))
        .withInstalment(Date(2026, 4, 1), Money(20'000'00, "USD"))
        .withInstalment(Date(2026, 5, 1), Money(20'000'00, "USD"));
    BOOST_TEST(validationMessage(b.build()) ==
               "option 3: instalments add up to USD 40,000.00, not the term's USD 45,000.00");
}

BOOST_AUTO_TEST_CASE(instalmentsNeedATermWithAnAmount) {
    auto b = paymentOf(Money(1'000'00, "EUR"));
    b.withInstalment(Date(2026, 4, 1), Money(1'000'00, "EUR"));
    b.record().options[0].amount.reset();
    BOOST_TEST(validationMessage(b.build()) ==
               "option 1: instalments need the term's amount; give the amount they add up to");
}

BOOST_AUTO_TEST_CASE(instalmentsAreInTheTermsCurrency) {
    auto b = paymentOf(Money(1'000'00, "EUR"));
    b.withInstalment(Date(2026, 4, 1), Money(1'000'00, "USD"));
    BOOST_TEST(validationMessage(b.build()) == "option 1: instalment 1 is in USD, the term in EUR");
}

BOOST_AUTO_TEST_CASE(anInstalmentOfNothingIsRefused) {
    auto b = paymentOf(Money(1'000'00, "EUR"));
    b.withInstalment(Date(2026, 4, 1), Money(1'000'00, "EUR")).withInstalment(Date(2026, 5, 1), Money(0, "EUR"));
    BOOST_TEST(validationMessage(b.build()) == "option 1: instalment 2 of EUR 0.00 is not a positive amount");
}

BOOST_AUTO_TEST_CASE(instalmentsAreListedInTheOrderTheyFallDue) {
    auto b = paymentOf(Money(2'000'00, "EUR"));
    b.withInstalment(Date(2026, 5, 1), Money(1'000'00, "EUR")).withInstalment(Date(2026, 5, 1), Money(1'000'00, "EUR"));
    BOOST_TEST(validationMessage(b.build()) ==
               "option 1: instalment 2 is due on 2026-05-01, not after instalment 1 on 2026-05-01; list them in "
               "the order they fall due");
}

BOOST_AUTO_TEST_CASE(aSignatoryTitleNeedsASignatory) {
    auto b = twoParties();
    b.record().parties[1].signatoryTitle = "Geschäftsführer";
    BOOST_TEST(validationMessage(b.build()) ==
               "party 2: a signatory title without a signatory name; name who signs as Geschäftsführer");
    b.record().parties[1].signatoryName = "Kai Kessler";
    BOOST_TEST(validationMessage(b.build()) == "");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(DraftSnapshot)

BOOST_AUTO_TEST_CASE(aSnapshotOfEveryTermPasses) {
    auto b = twoParties();
    b.withPayment(2, 1, Money(1'000'00, "EUR")).withPayment(2, 1, Money(500'00, "EUR")).withDraftOfAllOptions();
    b.record().drafts[0].pdfSha256 = std::string(64, 'a');
    BOOST_TEST(validationMessage(b.build()) == "");
}

BOOST_AUTO_TEST_CASE(aDraftWithoutSnapshotPassesAsOneSavedBeforeSnapshotsWereKept) {
    auto b = twoParties();
    b.withPayment(2, 1, Money(1'000'00, "EUR")).withDraftOfAllOptions();
    b.record().drafts[0].termSnapshot.clear();
    BOOST_TEST(validationMessage(b.build()) == "");
}

BOOST_AUTO_TEST_CASE(theSnapshotNumbersAreTheDraftsTerms) {
    auto b = twoParties();
    b.withPayment(2, 1, Money(1'000'00, "EUR")).withPayment(2, 1, Money(500'00, "EUR")).withDraftOfAllOptions();
    std::swap(b.record().drafts[0].termSnapshot[0], b.record().drafts[0].termSnapshot[1]);
    BOOST_TEST(validationMessage(b.build()) ==
               "draft 1: the terms as rendered are options 2, 1, but the draft lists 1, 2");
}

BOOST_AUTO_TEST_CASE(aSnapshotTermObeysTheInstalmentRules) {
    auto b = twoParties();
    b.withPayment(2, 1, Money(1'000'00, "EUR")).withDraftOfAllOptions();
    b.record().drafts[0].termSnapshot[0].instalments = {{Date(2026, 4, 1), Money(900'00, "EUR")}};
    BOOST_TEST(validationMessage(b.build()) ==
               "draft 1: as rendered, option 1: instalments add up to EUR 900.00, not the term's EUR 1,000.00");
}

BOOST_AUTO_TEST_CASE(thePdfDigestIsSixtyFourLowerCaseHexDigits) {
    auto b = twoParties();
    b.withPayment(2, 1, Money(1'000'00, "EUR")).withDraftOfAllOptions();
    b.record().drafts[0].pdfSha256 = std::string(64, 'A');
    BOOST_TEST(validationMessage(b.build()) ==
               "draft 1: PDF SHA-256 '" + std::string(64, 'A') + "' is not 64 lower-case hexadecimal digits");
    b.record().drafts[0].pdfSha256 = std::string(63, 'a');
    BOOST_TEST(validationMessage(b.build()).find("is not 64 lower-case") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(AlternativesAndBottomLines)

namespace {

Alternative alternative(RecordNo partyNo, int likelihood, Visibility visibility) {
    return {1, partyNo, AlternativeKind::Batna, "Sue the MSP", Money(90'000'00, "EUR"), likelihood, visibility};
}

CaseBuilder withCaucus() {
    auto b = twoParties();
    MediationSession caucus;
    caucus.no = 1;
    caucus.kind = SessionKind::Caucus;
    caucus.caucusPartyNo = 2;
    b.record().sessions.push_back(caucus);
    return b;
}

BottomLine bottomLine(RecordNo partyNo, std::int64_t minor, OptionalNo sessionNo) {
    return {1, partyNo, BottomLineStance::PaysAtMost, Money(minor, "EUR"), sessionNo, Date(2026, 2, 10), ""};
}

}  // namespace

BOOST_AUTO_TEST_CASE(anAlternativeOfAPartyWithLikelihoodAndValuePasses) {
    auto b = twoParties();
    b.record().alternatives.push_back(alternative(1, 60, Visibility::PartyAndMediator));
    BOOST_TEST(validationMessage(b.build()) == "");
}

BOOST_AUTO_TEST_CASE(aLikelihoodAboveAHundredIsRefused) {
    auto b = twoParties();
    b.record().alternatives.push_back(alternative(1, 140, Visibility::PartyAndMediator));
    BOOST_TEST(validationMessage(b.build()) == "alternative 1: likelihood 140 % is outside 0 % to 100 %");
}

BOOST_AUTO_TEST_CASE(anAlternativeForEveryoneIsRefused) {
    auto b = twoParties();
    b.record().alternatives.push_back(alternative(1, 50, Visibility::Everyone));
    BOOST_TEST(validationMessage(b.build()) ==
               "alternative 1: an alternative is seen by its party and the mediator, or by the mediator alone; not "
               "by everyone");
}

BOOST_AUTO_TEST_CASE(anAlternativeOfAnUnknownPartyIsRefused) {
    auto b = twoParties();
    b.record().alternatives.push_back(alternative(7, 50, Visibility::MediatorOnly));
    BOOST_TEST(validationMessage(b.build()) == "alternative 1: refers to party 7, which is not in this case");
}

BOOST_AUTO_TEST_CASE(aBottomLineGivenInThePartysCaucusPasses) {
    auto b = withCaucus();
    b.record().bottomLines.push_back(bottomLine(2, 60'000'00, 1));
    BOOST_TEST(validationMessage(b.build()) == "");
}

BOOST_AUTO_TEST_CASE(aBottomLineFromAnotherPartysCaucusIsRefused) {
    auto b = withCaucus();
    b.record().bottomLines.push_back(bottomLine(1, 60'000'00, 1));
    BOOST_TEST(validationMessage(b.build()) ==
               "bottom line 1: session 1 is not a caucus with party 1; a bottom line is given in private, in that "
               "party's caucus");
}

BOOST_AUTO_TEST_CASE(aBottomLineOfNothingIsRefused) {
    auto b = withCaucus();
    b.record().bottomLines.push_back(bottomLine(2, 0, std::nullopt));
    BOOST_TEST(validationMessage(b.build()) == "bottom line 1: the amount must be more than zero");
}

BOOST_AUTO_TEST_CASE(aBottomLineOfAnUnknownPartyIsRefused) {
    auto b = withCaucus();
    b.record().bottomLines.push_back(bottomLine(5, 1'00, std::nullopt));
    BOOST_TEST(validationMessage(b.build()) == "bottom line 1: refers to party 5, which is not in this case");
}

BOOST_AUTO_TEST_SUITE_END()
