// The shared-interest worksheet and the preparation sheet on small cases.
#include <boost/test/unit_test.hpp>

#include "domain/common_ground/preparation_sheet.h"
#include "domain/common_ground/worksheet.h"
#include "support/case_builder.h"
#include "view_cases.h"

using namespace cg::domain;
using namespace cg::testing;

namespace {

RecordNos nosOf(const std::vector<WorksheetInterest>& list) {
    RecordNos nos;
    for (const auto& i : list) nos.push_back(i.no);
    return nos;
}

// Practice (1) blames provider (2). Interests: 1 practice "restore patient
// trust quickly" (reputational), 2 practice "cash to stay open" (financial,
// priority 1), 3 provider "restore client trust" (reputational), 4 provider
// "be paid its invoices" (financial).
CaseBuilder blame() {
    CaseBuilder b;
    b.withParty("Practice").withParty("Provider", PartyRole::Respondent);
    b.withInterest(1, "Restore patient trust quickly")
        .withInterest(1, "Cash to stay open")
        .withInterest(2, "Restore client trust")
        .withInterest(2, "Be paid its invoices");
    setInterest(b.record(), 1, InterestCategory::Reputational, 3);
    setInterest(b.record(), 2, InterestCategory::Financial, 1);
    setInterest(b.record(), 3, InterestCategory::Reputational, 2);
    setInterest(b.record(), 4, InterestCategory::Financial, 1);
    b.withClaim(1, 2, "let the backups fail");
    b.record().claims[0].position = "Pay the full loss";
    return b;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(SharedInterestWorksheet)

BOOST_AUTO_TEST_CASE(aCaseWithoutClaimsHasNoRows) {
    CaseBuilder b;
    b.withParty("Practice").withInterest(1, "keep the practice open");
    BOOST_TEST(buildWorksheet(b.build()).rows.empty());
}

BOOST_AUTO_TEST_CASE(oneRowPerClaimWithPositionAndSides) {
    auto b = blame();
    b.withClaim(2, 1, "unpaid fees");
    b.record().claims[1].position = "Fees are outside the cap";
    const Worksheet sheet = buildWorksheet(b.build());
    BOOST_REQUIRE_EQUAL(sheet.rows.size(), 2u);
    const WorksheetRow& row = sheet.rows[0];
    BOOST_TEST(row.accuserNo == 1);
    BOOST_TEST(row.accusedNo == 2);
    BOOST_TEST(row.accuserPosition == "Pay the full loss");
    BOOST_TEST((row.accusedPositions == std::vector<std::string>{"Fees are outside the cap"}));
}

BOOST_AUTO_TEST_CASE(interestsLinkedFromTheClaimComeFirstThenByPriority) {
    auto b = blame();
    b.record().claims[0].interestNos = {1};
    const WorksheetRow row = buildWorksheet(b.build()).rows[0];
    BOOST_TEST(nosOf(row.accuserInterests) == (RecordNos{1, 2}), boost::test_tools::per_element());
    BOOST_TEST(row.accuserInterests[0].linkedFromClaim);
    BOOST_TEST(nosOf(row.accusedInterests) == (RecordNos{4, 3}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(sameCategoryAndOverlappingWordsAreSuggestedNotConfirmed) {
    const WorksheetRow row = buildWorksheet(blame().build()).rows[0];
    // Only the reputational pair shares words: {restore, patient, trust,
    // quickly} and {restore, client, trust} → 2 of 5 = 40 %. The financial
    // pair shares a category but no word.
    BOOST_REQUIRE_EQUAL(row.shared.size(), 1u);
    BOOST_TEST(row.shared[0].suggested);
    BOOST_TEST(row.shared[0].accuserInterestNo == 1);
    BOOST_TEST(row.shared[0].accusedInterestNo == 3);
    BOOST_TEST(row.shared[0].scorePercent == 40);
}

BOOST_AUTO_TEST_CASE(interestsOfBothSidesLinkedFromTheClaimAreConfirmed) {
    auto b = blame();
    b.record().claims[0].interestNos = {1, 3};
    const WorksheetRow row = buildWorksheet(b.build()).rows[0];
    BOOST_REQUIRE_EQUAL(row.shared.size(), 1u);
    BOOST_TEST(!row.shared[0].suggested);
    BOOST_TEST(row.shared[0].accuserInterestNo == 1);
    BOOST_TEST(row.shared[0].accusedInterestNo == 3);
}

BOOST_AUTO_TEST_CASE(aPartyWithoutInterestsGivesAnEmptySideAndNothingShared) {
    CaseBuilder b;
    b.withParty("Practice").withParty("Provider", PartyRole::Respondent).withInterest(1, "restore trust");
    b.withClaim(1, 2, "backups");
    const WorksheetRow row = buildWorksheet(b.build()).rows[0];
    BOOST_TEST(row.accusedInterests.empty());
    BOOST_TEST(row.shared.empty());
    BOOST_TEST(row.options.empty());
    BOOST_TEST(row.unservedInterestNos.empty());
}

BOOST_AUTO_TEST_CASE(optionsServingTheInvolvedInterestsAndThoseLeftUnserved) {
    auto b = blame();
    b.record().claims[0].interestNos = {2};
    addOption(b.record(), {2}, OptionStatus::Rejected);
    addOption(b.record(), {3}, OptionStatus::Accepted);
    addOption(b.record(), {4});  // serves no involved interest
    const WorksheetRow row = buildWorksheet(b.build()).rows[0];
    // Involved: 2 (linked), 1 and 3 (the suggested pair).
    BOOST_REQUIRE_EQUAL(row.options.size(), 2u);
    BOOST_TEST(row.options[0].optionNo == 1);
    BOOST_TEST((row.options[0].status == OptionStatus::Rejected));
    BOOST_TEST(row.options[1].optionNo == 2);
    // 2 is served only by a rejected option, 1 by none.
    BOOST_TEST(row.unservedInterestNos == (RecordNos{2, 1}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(criteriaAreTheClaimsClausesAndTheFailedControlsOfItsFacts) {
    auto b = blame();
    auto& r = b.record();
    auto& cap = addClause(r, ClauseKind::LimitationOfLiability, "§ 11.2");
    cap.cap = LiabilityCap{CapBasis::FeesLookback, Money(), usd(3'850), 12, 100, {"fraud"}};
    addClause(r, ClauseKind::SecurityObligation, "§ 3.4", 2, {"CIS 11.5"});
    addFact(r, FactCategory::ControlFailure, "CIS 11.5 Test Data Recovery", 1, FactStanding::Agreed);
    addFact(r, FactCategory::ControlFailure, "CIS 11.5", 2, FactStanding::Disputed);
    addFact(r, FactCategory::Event, "", 1, FactStanding::Agreed);
    r.claims[0].clauseNos = {1, 2};
    r.claims[0].factNos = {1, 2, 3};
    const WorksheetRow row = buildWorksheet(b.build()).rows[0];
    BOOST_REQUIRE_EQUAL(row.clauses.size(), 2u);
    // 3,850 a month × 12 months × 100 % = 46,200.
    BOOST_TEST(row.clauses[0].capAmount->minorUnits() == 46'200'00);
    BOOST_TEST((row.clauses[0].carveOuts == std::vector<std::string>{"fraud"}));
    BOOST_TEST(!row.clauses[1].capAmount.has_value());
    BOOST_REQUIRE_EQUAL(row.controls.size(), 1u);
    BOOST_TEST(row.controls[0].key == "CIS 11.5");
    BOOST_TEST(row.controls[0].factNos == (RecordNos{1, 2}), boost::test_tools::per_element());
    BOOST_TEST(!row.controls[0].allAgreed);
}

BOOST_AUTO_TEST_CASE(suggestionsAreLimitedToTheStrongest) {
    CaseBuilder b;
    b.withParty("A").withParty("B", PartyRole::Respondent);
    for (int i = 0; i < 4; ++i) b.withInterest(1, "restore trust " + std::to_string(i));
    for (int i = 0; i < 4; ++i) b.withInterest(2, "restore trust");
    b.withClaim(1, 2, "x");
    BOOST_TEST(buildWorksheet(b.build()).rows[0].shared.size() == kMaxSuggestionsPerClaim);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(PreparationSheets)

BOOST_AUTO_TEST_CASE(aPartysSheetListsItsInterestsTheOthersStakeholdersOptionsAndCriteria) {
    auto b = blame();
    b.withParty("Cyber insurer", PartyRole::Insurer);
    auto& r = b.record();
    addClause(r, ClauseKind::SecurityObligation, "§ 3.4", 2, {"CIS 11.5"});
    addClause(r, ClauseKind::CustomerCompliance, "§ 4.3", 1);
    auto& exfiltration = addFact(r, FactCategory::Event, "", 1, FactStanding::Agreed);
    exfiltration.dataTypes = {DataType::Phi, DataType::Credentials};
    exfiltration.recordsAffected = 4'312;
    auto& failure = addFact(r, FactCategory::ControlFailure, "CIS 11.5", 1, FactStanding::Agreed);
    failure.dataTypes = {DataType::Pii};
    r.claims[0].clauseNos = {1};
    r.claims[0].factNos = {2};
    auto& payment = addOption(r, {});
    payment.payeeNo = 1;
    addOption(r, {4});

    const PreparationSheet sheet = buildPreparationSheet(b.build(), 1);
    BOOST_TEST(nosOf(sheet.ownInterests) == (RecordNos{2, 1}), boost::test_tools::per_element());
    BOOST_TEST(nosOf(sheet.otherInterests) == (RecordNos{4, 3}), boost::test_tools::per_element());
    BOOST_REQUIRE_EQUAL(sheet.absentStakeholders.size(), 2u);
    BOOST_TEST(sheet.absentStakeholders[0].who == "Cyber insurer");
    BOOST_TEST(sheet.absentStakeholders[0].why == "insurer (party 3)");
    BOOST_TEST(sheet.absentStakeholders[1].who == "affected individuals");
    BOOST_TEST(sheet.absentStakeholders[1].why == "up to 4,312 records of pii, phi exposed");
    BOOST_REQUIRE_EQUAL(sheet.options.size(), 1u);
    BOOST_TEST(sheet.options[0].optionNo == 1);
    BOOST_REQUIRE_EQUAL(sheet.clauses.size(), 2u);  // cited by its claim, and obligating it
    BOOST_REQUIRE_EQUAL(sheet.controls.size(), 1u);
    BOOST_TEST(sheet.controls[0].key == "CIS 11.5");
}

BOOST_AUTO_TEST_CASE(aSheetHoldsOnlyWhatItsPartyMaySeeEvenForTheMediator) {
    auto b = blame();
    b.withInterest(1, "practice's confidence", Visibility::PartyAndMediator)
        .withInterest(1, "mediator's reading of the practice", Visibility::MediatorOnly)
        .withInterest(2, "provider's confidence", Visibility::PartyAndMediator);
    const PreparationSheet sheet = buildPreparationSheet(b.build(), 1);
    BOOST_TEST(nosOf(sheet.ownInterests) == (RecordNos{2, 1, 5}), boost::test_tools::per_element());
    BOOST_TEST(nosOf(sheet.otherInterests) == (RecordNos{4, 3}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(aSheetHoldsItsPartysBatnaAndWatnaButNotTheMediatorsEstimateOrTheOthers) {
    auto b = blame();
    auto& r = b.record();
    r.alternatives = {
        {1, 1, AlternativeKind::Watna, "Judgment for the MSP's counter-claim", Money(45'000'00, "USD"), 20,
         Visibility::PartyAndMediator},
        {2, 1, AlternativeKind::Batna, "Sue in state court", Money(120'000'00, "USD"), 55,
         Visibility::PartyAndMediator},
        {3, 1, AlternativeKind::Batna, "mediator's estimate", Money(60'000'00, "USD"), 30, Visibility::MediatorOnly},
        {4, 2, AlternativeKind::Batna, "provider defends", std::nullopt, 70, Visibility::PartyAndMediator},
    };
    const PreparationSheet sheet = buildPreparationSheet(b.build(), 1);
    // BATNA first, then WATNA; the mediator's estimate (3) and the
    // provider's (4) are not on the practice's sheet.
    BOOST_REQUIRE_EQUAL(sheet.alternatives.size(), 2u);
    BOOST_TEST(sheet.alternatives[0].no == 2);
    BOOST_TEST(sheet.alternatives[0].value->minorUnits() == 120'000'00);
    BOOST_TEST(sheet.alternatives[0].likelihoodPercent == 55);
    BOOST_TEST(sheet.alternatives[1].no == 1);
    BOOST_TEST((sheet.alternatives[1].kind == AlternativeKind::Watna));
}

BOOST_AUTO_TEST_CASE(noPersonalDataMeansNoAffectedIndividuals) {
    auto b = blame();
    addFact(b.record(), FactCategory::Event, "", 1, FactStanding::Agreed).dataTypes = {DataType::TradeSecrets};
    BOOST_TEST(buildPreparationSheet(b.build(), 2).absentStakeholders.empty());
}

BOOST_AUTO_TEST_SUITE_END()
