// Exposure rules on small cases: losses, insurance gap, caps, ranges, offers.
#include <boost/test/unit_test.hpp>

#include <filesystem>

#include "domain/common_ground/exposure.h"
#include "domain/errors.h"
#include "exchange/catalog_loader.h"
#include "support/case_builder.h"
#include "view_cases.h"

using namespace cg::domain;
using namespace cg::testing;

namespace {

std::int64_t dollars(const Money& m) { return m.minorUnits() / 100; }

std::vector<FaultRegime> shippedFaultRegimes() {
    ReferenceCatalogs catalogs;
    cg::exchange::readCatalogFile(
        (std::filesystem::path(CG_SOURCE_DIR) / "data/catalogs/fault-regimes.xml").string(), catalogs);
    return catalogs.faultRegimes;
}

BottomLine bottomLine(RecordNo no, RecordNo partyNo, BottomLineStance stance, std::int64_t amountDollars, Date on) {
    return {no, partyNo, stance, usd(amountDollars), std::nullopt, on, ""};
}

// Practice (1) claims 500,000 from provider (2). Practice's losses: direct
// 100,000–150,000, consequential 200,000–300,000, undetermined 50,000–80,000.
CaseBuilder dispute() {
    CaseBuilder b;
    b.withParty("Practice").withParty("Provider", PartyRole::Respondent).withClaim(1, 2, "backups");
    b.record().claims[0].amountClaimed = usd(500'000);
    addLoss(b.record(), 1, 100'000, 150'000, DamagesType::Direct);
    addLoss(b.record(), 1, 200'000, 300'000, DamagesType::Consequential);
    addLoss(b.record(), 1, 50'000, 80'000, DamagesType::Undetermined);
    return b;
}

void addCap(CaseRecord& r, std::int64_t capDollars, std::vector<std::string> carveOuts = {},
            OptionalNo obligated = 2) {
    auto& c = addClause(r, ClauseKind::LimitationOfLiability, "§ 11." + std::to_string(r.clauses.size() + 1),
                        obligated);
    c.cap = LiabilityCap{CapBasis::FixedAmount, usd(capDollars), Money(), 12, 100, std::move(carveOuts)};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(InsuranceGap)

BOOST_AUTO_TEST_CASE(theReferenceExample) {
    // loss 1,487,000, limit 1,000,000, deductible 25,000 → paid
    // min(1,000,000, 1,462,000) = 1,000,000; gap 487,000.
    const auto o = applyCover(usd(1'487'000), usd(1'000'000), usd(25'000));
    BOOST_TEST(dollars(o.paid) == 1'000'000);
    BOOST_TEST(dollars(o.gap) == 487'000);
}

BOOST_AUTO_TEST_CASE(belowTheDeductibleNothingIsPaid) {
    const auto o = applyCover(usd(20'000), usd(1'000'000), usd(25'000));
    BOOST_TEST(dollars(o.paid) == 0);
    BOOST_TEST(dollars(o.gap) == 20'000);
}

BOOST_AUTO_TEST_CASE(coversApplyInTurnAndOnlyCyberAndEandOCount) {
    // 90,000 loss: E&O pays 90,000 − 25,000 = 65,000; the cyber cover then
    // faces the 25,000 left, all within its own deductible; the general
    // liability cover does not answer for breach costs.
    const std::vector<InsuranceCover> covers = {
        {CoverKind::GeneralLiability, "", "", usd(1'000'000), usd(0)},
        {CoverKind::ErrorsAndOmissions, "", "", usd(1'000'000), usd(25'000)},
        {CoverKind::Cyber, "", "", usd(1'000'000), usd(25'000)},
    };
    const auto o = applyCovers(usd(90'000), covers);
    BOOST_TEST(dollars(o.paid) == 65'000);
    BOOST_TEST(dollars(o.gap) == 25'000);
}

BOOST_AUTO_TEST_CASE(noCoverLeavesTheWholeLossUninsured) {
    const auto o = applyCovers(usd(90'000), {});
    BOOST_TEST(dollars(o.gap) == 90'000);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(ExposureSummary)

BOOST_AUTO_TEST_CASE(lossesAreSummedAndSplitByDamagesType) {
    const auto e = buildExposure(dispute().build());
    const auto& practice = e.parties[0].losses;
    BOOST_TEST(dollars(practice.total.low) == 350'000);  // 100,000 + 200,000 + 50,000
    BOOST_TEST(dollars(practice.total.high) == 530'000);  // 150,000 + 300,000 + 80,000
    BOOST_TEST(dollars(practice.direct.high) == 150'000);
    BOOST_TEST(dollars(practice.consequential.low) == 200'000);
    BOOST_TEST(dollars(practice.undetermined.high) == 80'000);
}

BOOST_AUTO_TEST_CASE(aPartyWithoutLossesHasZeroEverywhere) {
    const auto e = buildExposure(dispute().build());
    const auto& provider = e.parties[1];
    BOOST_TEST(provider.losses.total.low.isZero());
    BOOST_TEST(provider.losses.total.high.isZero());
    BOOST_TEST(provider.insuredHigh.gap.isZero());
}

BOOST_AUTO_TEST_CASE(withoutACapTheRangesRunFromDirectLossesToTheClaim) {
    const auto e = buildExposure(dispute().build());
    BOOST_TEST(e.caps.empty());
    BOOST_REQUIRE_EQUAL(e.pairs.size(), 1u);
    const auto& p = e.pairs[0];
    // Worst case: the direct losses at the low estimate, 100,000. Best case:
    // all losses at the high estimate, 530,000, above the 500,000 claimed.
    BOOST_TEST(dollars(p.claimantRange.low) == 100'000);
    BOOST_TEST(dollars(p.claimantRange.high) == 500'000);
    BOOST_TEST(dollars(p.respondentRange.high) == 500'000);
    BOOST_TEST(p.zoneExists);
    BOOST_TEST(dollars(p.zone.low) == 100'000);
    BOOST_TEST(dollars(p.zone.high) == 500'000);
}

BOOST_AUTO_TEST_CASE(aCapExcludesConsequentialLossAndLimitsTheRest) {
    auto b = dispute();
    addCap(b.record(), 120'000);
    const auto e = buildExposure(b.build());
    BOOST_REQUIRE_EQUAL(e.caps.size(), 1u);
    BOOST_REQUIRE_EQUAL(e.caps[0].recoveries.size(), 1u);
    const auto& r = e.caps[0].recoveries[0].recoverable;
    // Low: direct 100,000 (undetermined excluded) under the 120,000 cap.
    // High: direct 150,000 + undetermined 80,000 = 230,000, capped at 120,000.
    BOOST_TEST(dollars(r.low) == 100'000);
    BOOST_TEST(dollars(r.high) == 120'000);
    const auto& p = e.pairs[0];
    BOOST_TEST(dollars(p.respondentRange.high) == 120'000);
    BOOST_TEST(dollars(p.zone.low) == 100'000);
    BOOST_TEST(dollars(p.zone.high) == 120'000);
}

BOOST_AUTO_TEST_CASE(anAssertedCarveOutLiftsCapAndExclusion) {
    auto b = dispute();
    addCap(b.record(), 120'000, {"gross negligence"});
    ExposureOptions whatIf;
    whatIf.carveOutAsserted = true;
    const auto e = buildExposure(b.build(), whatIf);
    BOOST_TEST((e.caps[0].carveOuts == std::vector<std::string>{"gross negligence"}));
    const auto& r = e.caps[0].recoveries[0].recoverable;
    BOOST_TEST(dollars(r.low) == 350'000);
    BOOST_TEST(dollars(r.high) == 530'000);
    // The claimant's worst case stays the capped 100,000; the respondent's
    // worst case becomes the claim, 500,000.
    BOOST_TEST(dollars(e.pairs[0].claimantRange.low) == 100'000);
    BOOST_TEST(dollars(e.pairs[0].respondentRange.high) == 500'000);
}

BOOST_AUTO_TEST_CASE(aMutualCapBindsOnlyThePairsWhoseClaimsCiteIt) {
    auto b = dispute();
    b.withClaim(2, 1, "fees");
    addCap(b.record(), 120'000, {}, std::nullopt);
    b.record().claims[1].clauseNos = {1};
    const auto e = buildExposure(b.build());
    BOOST_REQUIRE_EQUAL(e.caps[0].recoveries.size(), 1u);
    BOOST_TEST(e.caps[0].recoveries[0].claimantNo == 2);
    BOOST_TEST(e.pairs[0].capClauseNos.empty());
}

BOOST_AUTO_TEST_CASE(theLowestCapSetsTheClaimantsFloorTheHighestTheRespondentsCeiling) {
    auto b = dispute();
    addCap(b.record(), 60'000);   // general cap
    addCap(b.record(), 200'000);  // data-breach super-cap
    const auto p = buildExposure(b.build()).pairs[0];
    BOOST_TEST(dollars(p.claimantRange.low) == 60'000);
    BOOST_TEST(dollars(p.respondentRange.high) == 200'000);
}

BOOST_AUTO_TEST_CASE(aClaimBelowTheCappedFloorLeavesNoZone) {
    auto b = dispute();
    b.record().claims[0].amountClaimed = usd(40'000);
    addCap(b.record(), 120'000);
    const auto p = buildExposure(b.build()).pairs[0];
    // Floor 100,000 against a ceiling of the 40,000 claimed: a gap of 60,000.
    BOOST_TEST(!p.zoneExists);
    BOOST_TEST(dollars(p.gap) == 60'000);
}

BOOST_AUTO_TEST_CASE(theClaimedAmountIsTheLargestSingleClaim) {
    auto b = dispute();
    b.withClaim(1, 2, "negligence");
    b.record().claims[1].amountClaimed = usd(300'000);
    BOOST_TEST(dollars(*buildExposure(b.build()).pairs[0].claimed) == 500'000);
}

BOOST_AUTO_TEST_CASE(offersAreListedInTimeOrder) {
    auto b = dispute();
    Offer later;
    later.no = 1;
    later.fromPartyNo = 1;
    later.toPartyNo = 2;
    later.madeAt = Instant::parse("2026-04-07T19:20:00Z");
    later.amount = usd(475'000);
    Offer earlier = later;
    earlier.no = 2;
    earlier.fromPartyNo = 2;
    earlier.toPartyNo = 1;
    earlier.madeAt = Instant::parse("2026-04-07T18:10:00Z");
    earlier.amount.reset();
    b.record().offers = {later, earlier};
    const auto e = buildExposure(b.build());
    BOOST_REQUIRE_EQUAL(e.offers.size(), 2u);
    BOOST_TEST(e.offers[0].offerNo == 2);
    BOOST_TEST(!e.offers[0].amount.has_value());
    BOOST_TEST(e.offers[1].offerNo == 1);
}

BOOST_AUTO_TEST_CASE(theFaultWhatIfAppliesEachRegimeToTheClaimantsLosses) {
    ExposureOptions whatIf;
    whatIf.claimantFaultBasisPoints = 3'000;
    whatIf.faultRegimes = shippedFaultRegimes();
    const auto e = buildExposure(dispute().build(), whatIf);
    BOOST_REQUIRE_EQUAL(e.faultWhatIfs.size(), 1u);
    const auto& f = e.faultWhatIfs[0];
    // 350,000 × 70 % = 245,000; 530,000 × 70 % = 371,000; contributory 0.
    BOOST_TEST(dollars(f.atLow[0].recovery) == 245'000);
    BOOST_TEST(dollars(f.atHigh[2].recovery) == 371'000);
    BOOST_TEST(f.atLow[3].barred);
}

BOOST_AUTO_TEST_CASE(aFaultWhatIfWithoutRegimesIsRefused) {
    ExposureOptions whatIf;
    whatIf.claimantFaultBasisPoints = 3'000;
    BOOST_CHECK_EXCEPTION(buildExposure(dispute().build(), whatIf), ValidationError, [](const ValidationError& e) {
        return std::string(e.what()) == "the fault what-if needs the fault-allocation regimes of the reference "
                                        "catalogs, and none were loaded";
    });
}

BOOST_AUTO_TEST_CASE(theLatestBottomLinesOfEachSideAreCompared) {
    // The practice first asked at least 300,000, then (later) 180,000; the
    // provider pays at most 200,000: 200,000 − 180,000 = an overlap of 20,000.
    CaseBuilder b = dispute();
    b.record().bottomLines = {
        bottomLine(1, 1, BottomLineStance::AcceptsAtLeast, 300'000, Date(2026, 2, 1)),
        bottomLine(2, 2, BottomLineStance::PaysAtMost, 200'000, Date(2026, 2, 1)),
        bottomLine(3, 1, BottomLineStance::AcceptsAtLeast, 180'000, Date(2026, 2, 3)),
    };
    const auto e = buildExposure(b.build());
    BOOST_REQUIRE(e.pairs[0].bottomLines.has_value());
    const PairBottomLines& lines = *e.pairs[0].bottomLines;
    BOOST_TEST(lines.claimantBottomLineNo == 3);
    BOOST_TEST(lines.respondentBottomLineNo == 2);
    BOOST_TEST((lines.check.outcome == BottomLineCheck::Outcome::Overlap));
    BOOST_TEST(dollars(lines.check.amount) == 20'000);
}

BOOST_AUTO_TEST_CASE(bottomLinesThatDoNotMeetShowTheGap) {
    // Accepts at least 250,000, pays at most 200,000: a gap of 50,000. The
    // practice's own "pays at most" (a counter-claim stance) is not its
    // figure as claimant and is left out.
    CaseBuilder b = dispute();
    b.record().bottomLines = {
        bottomLine(1, 1, BottomLineStance::AcceptsAtLeast, 250'000, Date(2026, 2, 1)),
        bottomLine(2, 1, BottomLineStance::PaysAtMost, 10'000, Date(2026, 2, 5)),
        bottomLine(3, 2, BottomLineStance::PaysAtMost, 200'000, Date(2026, 2, 1)),
    };
    const PairBottomLines lines = *buildExposure(b.build()).pairs[0].bottomLines;
    BOOST_TEST(lines.claimantBottomLineNo == 1);
    BOOST_TEST((lines.check.outcome == BottomLineCheck::Outcome::Gap));
    BOOST_TEST(dollars(lines.check.amount) == 50'000);
}

BOOST_AUTO_TEST_CASE(aPairWithABottomLineFromOneSideOnlyHasNoCheck) {
    CaseBuilder b = dispute();
    b.record().bottomLines = {bottomLine(1, 1, BottomLineStance::AcceptsAtLeast, 250'000, Date(2026, 2, 1))};
    BOOST_TEST(!buildExposure(b.build()).pairs[0].bottomLines.has_value());
}

BOOST_AUTO_TEST_CASE(aCaseWithoutClaimsHasLossesButNoPairs) {
    CaseBuilder b;
    b.withParty("Practice");
    addLoss(b.record(), 1, 0, 0, DamagesType::Direct);
    const auto e = buildExposure(b.build());
    BOOST_TEST(e.pairs.empty());
    BOOST_TEST(e.parties[0].losses.total.high.isZero());
}

BOOST_AUTO_TEST_CASE(aLossInAnotherCurrencyIsRefused) {
    auto b = dispute();
    b.record().losses[0].low = Money(1, "EUR");
    BOOST_CHECK_EXCEPTION(buildExposure(b.build()), ValidationError, [](const ValidationError& e) {
        return std::string(e.what()) ==
               "loss 1 is in EUR but case CG-2026-0001 works in USD; the exposure summary needs every loss in the "
               "case's currency";
    });
}

BOOST_AUTO_TEST_SUITE_END()
