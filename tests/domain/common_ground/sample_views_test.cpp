// The views on the sample cases in data/samples, against figures worked out
// by hand from the files (the arithmetic is in the comments).
#include <boost/test/unit_test.hpp>

#include "domain/common_ground/audience.h"
#include "domain/common_ground/exposure.h"
#include "domain/common_ground/negligence_elements.h"
#include "domain/common_ground/preparation_sheet.h"
#include "domain/common_ground/responsibility_matrix.h"
#include "domain/common_ground/worksheet.h"
#include "exchange/case_file.h"

using namespace cg;
using namespace cg::domain;

namespace {

CaseRecord sample(const std::string& name) {
    return exchange::readCaseFile(std::string(CG_SOURCE_DIR) + "/data/samples/" + name);
}
const CaseRecord& dental() {
    static const CaseRecord r = sample("dental-practice-ransomware.cgcase");
    return r;
}
const CaseRecord& retailer() {
    static const CaseRecord r = sample("online-retailer-cardholder-data.cgcase");
    return r;
}

std::int64_t dollars(const Money& m) { return m.minorUnits() / 100; }

RecordNos nosOf(const std::vector<WorksheetInterest>& list) {
    RecordNos nos;
    for (const auto& i : list) nos.push_back(i.no);
    return nos;
}

const MatrixRow& rowFor(const ResponsibilityMatrix& m, const std::string& key) {
    for (const auto& r : m.rows)
        if (r.key == key) return r;
    throw std::logic_error("no row " + key);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(DentalPracticeSample)

BOOST_AUTO_TEST_CASE(thePracticesLossesCapAndInsuranceGap) {
    const Exposure e = buildExposure(dental());
    const PartyExposure& practice = e.parties[0];
    // Low: 62,000 + 85,000 + 21,500 + 43,000 + 180,000 + 46,000 + 120,000
    //      + 50,000 + 250,000 = 857,500.
    // High: 78,000 + 85,000 + 24,000 + 52,000 + 260,000 + 58,000 + 310,000
    //      + 350,000 + 1,800,000 = 3,017,000.
    BOOST_TEST(dollars(practice.losses.total.low) == 857'500);
    BOOST_TEST(dollars(practice.losses.total.high) == 3'017'000);
    // Direct (losses 1, 3, 4, 6): 62,000 + 21,500 + 43,000 + 46,000 = 172,500
    // and 78,000 + 24,000 + 52,000 + 58,000 = 212,000.
    BOOST_TEST(dollars(practice.losses.direct.low) == 172'500);
    BOOST_TEST(dollars(practice.losses.direct.high) == 212'000);
    BOOST_TEST(dollars(practice.losses.consequential.high) == 260'000);
    // Cyber cover: limit 100,000, deductible 10,000 (general liability does
    // not count). Low: paid min(100,000, 847,500) = 100,000, gap 757,500 —
    // the "roughly $760,000" of session 6. High: gap 3,017,000 − 100,000 =
    // 2,917,000.
    BOOST_TEST(dollars(practice.insuredLow.paid) == 100'000);
    BOOST_TEST(dollars(practice.insuredLow.gap) == 757'500);
    BOOST_TEST(dollars(practice.insuredHigh.gap) == 2'917'000);

    // MSA § 11.2: 3,850 a month × 12 months × 100 % = 46,200 (the figure
    // Bridgeview's counsel gave in session 1).
    BOOST_REQUIRE_EQUAL(e.caps.size(), 1u);
    BOOST_TEST(e.caps[0].section == "§ 11.2");
    BOOST_TEST(dollars(e.caps[0].cap) == 46'200);
    BOOST_TEST(e.caps[0].carveOuts.size() == 4u);
}

BOOST_AUTO_TEST_CASE(theProvidersInsuranceBearsOneDeductible) {
    // Bridgeview's legal costs 40,000–90,000. E&O (1,000,000 / 25,000) pays
    // 15,000 and 65,000; the cyber cover then meets 25,000, inside its own
    // 25,000 deductible. Gap 25,000 at both ends.
    const Exposure e = buildExposure(dental());
    const PartyExposure& provider = e.parties[1];
    BOOST_TEST(dollars(provider.insuredLow.paid) == 15'000);
    BOOST_TEST(dollars(provider.insuredHigh.paid) == 65'000);
    BOOST_TEST(dollars(provider.insuredLow.gap) == 25'000);
    BOOST_TEST(dollars(provider.insuredHigh.gap) == 25'000);
}

BOOST_AUTO_TEST_CASE(rangesAndZoneBetweenPracticeAndProvider) {
    const Exposure capped = buildExposure(dental());
    BOOST_REQUIRE_EQUAL(capped.pairs.size(), 2u);
    const PairExposure& p = capped.pairs[0];
    BOOST_TEST(p.claimNos == (RecordNos{1, 2, 5}), boost::test_tools::per_element());
    // Largest claim: claim 2, 2,950,000. Floor: min(46,200, direct 172,500)
    // = 46,200. Best case: min(2,950,000, 3,017,000) = 2,950,000.
    BOOST_TEST(dollars(*p.claimed) == 2'950'000);
    BOOST_TEST(dollars(p.claimantRange.low) == 46'200);
    BOOST_TEST(dollars(p.claimantRange.high) == 2'950'000);
    BOOST_TEST(dollars(p.respondentRange.high) == 46'200);
    BOOST_TEST(dollars(p.zone.low) == 46'200);
    BOOST_TEST(dollars(p.zone.high) == 46'200);

    ExposureOptions carveOut;
    carveOut.carveOutAsserted = true;
    const PairExposure uncapped = buildExposure(dental(), carveOut).pairs[0];
    BOOST_TEST(dollars(uncapped.respondentRange.high) == 2'950'000);

    // The counterclaim (claims 3 and 4): Bridgeview's direct losses
    // 40,000–90,000 under the 46,200 cap claim 3 cites: floor 40,000;
    // ceiling min(46,200, 90,000) = 46,200; best case min(85,000, 90,000).
    const PairExposure& counter = capped.pairs[1];
    BOOST_TEST(dollars(counter.claimantRange.low) == 40'000);
    BOOST_TEST(dollars(counter.claimantRange.high) == 85'000);
    BOOST_TEST(dollars(counter.zone.high) == 46'200);
}

BOOST_AUTO_TEST_CASE(offersEachAudienceSees) {
    // Mediator: all eight. The practice: offers in session 1 (1, 2), its
    // caucuses 6 and 8 (5, 7) and joint session 9 (8). All parties: 1, 2, 8.
    BOOST_TEST(buildExposure(dental()).offers.size() == 8u);
    RecordNos practice;
    for (const auto& o : buildExposure(visibleTo(dental(), Audience::party(1))).offers) practice.push_back(o.offerNo);
    BOOST_TEST(practice == (RecordNos{1, 2, 5, 7, 8}), boost::test_tools::per_element());
    BOOST_TEST(buildExposure(visibleTo(dental(), Audience::allParties())).offers.size() == 3u);
}

BOOST_AUTO_TEST_CASE(theResponsibilityMatrix) {
    const ResponsibilityMatrix m = buildResponsibilityMatrix(dental());
    // Controls in order of first mention: facts 1, 2, 5, 6, 7, 13.
    std::vector<std::string> keys;
    for (const auto& r : m.rows) keys.push_back(r.key);
    BOOST_TEST(keys == (std::vector<std::string>{"CIS 6.4", "CIS 3.11", "CIS 7.3", "CIS 11.5", "CIS 11.4", "CIS 17.2"}),
               boost::test_tools::per_element());
    // SOW § 3.4 (clause 3) puts restore tests on Bridgeview; agreed (fact 6).
    const MatrixRow& restore = rowFor(m, "CIS 11.5");
    BOOST_TEST(restore.cells[0].responsibleUnder.empty());
    BOOST_REQUIRE_EQUAL(restore.cells[1].responsibleUnder.size(), 1u);
    BOOST_TEST(restore.cells[1].responsibleUnder[0].section == "§ 3.4");
    BOOST_TEST((restore.standing == Standing::Agreed));
    // Encryption: SOW § 3.6 (clause 4) on Bridgeview, recommended (fact 2)
    // and declined (fact 4), both agreed and both asserted by Bridgeview.
    const MatrixRow& encryption = rowFor(m, "CIS 3.11");
    BOOST_TEST(encryption.cells[1].responsibleUnder[0].section == "§ 3.6");
    BOOST_TEST(encryption.recommendationDocumented);
    BOOST_TEST(encryption.recommendationDeclined);
    BOOST_TEST(encryption.cells[1].recommendationsDeclined.at(0).factNo == 4);
    BOOST_TEST((encryption.standing == Standing::Agreed));
    // MFA: agreed failure (fact 1) but a disputed recommendation (fact 3).
    const MatrixRow& mfa = rowFor(m, "CIS 6.4");
    BOOST_TEST((mfa.standing == Standing::Disputed));
    BOOST_TEST(!mfa.recommendationDeclined);
    BOOST_TEST((rowFor(m, "CIS 17.2").cells[1].responsibleUnder.at(0).kind == ClauseKind::Notification));
}

BOOST_AUTO_TEST_CASE(theNegligenceElementsOfEachClaim) {
    const auto e = assessNegligenceElements(dental());
    BOOST_REQUIRE_EQUAL(e.size(), 5u);
    // Claim 1: SOW § 3.4 and BAA § 5.1 obligate Bridgeview; fact 6 (restore
    // tests) agreed; fact 10 (encryption) agreed; fact 12 (ransom) agreed.
    BOOST_TEST(e[0].duty.clauseNos == (RecordNos{3, 5}), boost::test_tools::per_element());
    BOOST_TEST(e[0].breach.factNos == (RecordNos{5, 6, 7}), boost::test_tools::per_element());
    BOOST_TEST((e[0].breach.support == ElementSupport::SupportedByAgreedFacts));
    BOOST_TEST((e[0].damages.support == ElementSupport::SupportedByAgreedFacts));
    // Claim 2 links no loss fact: the practice's nine loss estimates only.
    BOOST_TEST((e[1].damages.support == ElementSupport::Disputed));
    BOOST_TEST(e[1].damages.lossNos.size() == 9u);
    // Claim 3 (unpaid fees): no clause obligates the practice, no failure.
    BOOST_TEST((e[2].duty.support == ElementSupport::Missing));
    BOOST_TEST((e[2].breach.support == ElementSupport::Missing));
    // Claim 4: MSA § 4.3 obligates the practice; no control-failure fact.
    BOOST_TEST(e[3].duty.clauseNos == RecordNos{2}, boost::test_tools::per_element());
    BOOST_TEST((e[3].breach.support == ElementSupport::Missing));
}

BOOST_AUTO_TEST_CASE(theWorksheetRowOfClaimOne) {
    const WorksheetRow row = buildWorksheet(dental()).rows.at(0);
    // Linked 1, 2 (priority 1), 5 (priority 2); then 4 (1), 3 (2), 7 (2), 6 (3).
    BOOST_TEST(nosOf(row.accuserInterests) == (RecordNos{1, 2, 5, 4, 3, 7, 6}), boost::test_tools::per_element());
    BOOST_TEST(row.accuserPosition.starts_with("The cap in MSA § 11.2 does not apply"));
    BOOST_TEST(row.accusedPositions.size() == 2u);  // claims 3 and 4
    BOOST_REQUIRE_EQUAL(row.clauses.size(), 3u);
    BOOST_TEST(dollars(*row.clauses[0].capAmount) == 46'200);
    std::vector<std::string> controls;
    for (const auto& c : row.controls) controls.push_back(c.key);
    BOOST_TEST(controls == (std::vector<std::string>{"CIS 7.3", "CIS 11.5", "CIS 11.4", "CIS 17.2"}),
               boost::test_tools::per_element());
    for (const auto& s : row.shared) BOOST_TEST(s.suggested);  // the claim links no Bridgeview interest
    // Options 1 and 3 serve interest 1, 4 and 9 interest 2, 10 interest 5.
    RecordNos options;
    for (const auto& o : row.options) options.push_back(o.optionNo);
    for (RecordNo no : {1, 3, 4, 9, 10}) BOOST_TEST((std::find(options.begin(), options.end(), no) != options.end()));
}

BOOST_AUTO_TEST_CASE(theProviderSeesOnlyThePracticesOpenInterests) {
    const WorksheetRow row = buildWorksheet(visibleTo(dental(), Audience::party(2))).rows.at(0);
    BOOST_TEST(nosOf(row.accuserInterests) == (RecordNos{1, 2, 3}), boost::test_tools::per_element());
    // Its own: 8, 9 (priority 1), 10 (2), 11, 12 (3); not 13 (mediator only).
    BOOST_TEST(nosOf(row.accusedInterests) == (RecordNos{8, 9, 10, 11, 12}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(thePracticesPreparationSheet) {
    const PreparationSheet sheet = buildPreparationSheet(visibleTo(dental(), Audience::party(1)), 1);
    BOOST_TEST(sheet.ownInterests.size() == 6u);  // 1–6; 7 is the mediator's
    BOOST_REQUIRE_EQUAL(sheet.absentStakeholders.size(), 3u);
    BOOST_TEST(sheet.absentStakeholders[0].who == "Empire Harbor Specialty Insurance Company");
    BOOST_TEST(sheet.absentStakeholders[1].who == "Keystone Professional Indemnity Company");
    BOOST_TEST(sheet.absentStakeholders[2].why == "up to 4,312 records of pii, phi exposed");
    // alternative-1: the practice's BATNA, suing Bridgeview; Bridgeview's
    // WATNA (alternative-2) is on Bridgeview's sheet only.
    BOOST_REQUIRE_EQUAL(sheet.alternatives.size(), 1u);
    BOOST_TEST(sheet.alternatives[0].no == 1);
    BOOST_TEST(dollars(*sheet.alternatives[0].value) == 620'000);
    BOOST_TEST(sheet.alternatives[0].likelihoodPercent == 45);
    const PreparationSheet bridgeview = buildPreparationSheet(visibleTo(dental(), Audience::party(2)), 2);
    BOOST_REQUIRE_EQUAL(bridgeview.alternatives.size(), 1u);
    BOOST_TEST((bridgeview.alternatives[0].kind == AlternativeKind::Watna));
    BOOST_TEST(dollars(*bridgeview.alternatives[0].value) == 2'950'000);
}

BOOST_AUTO_TEST_CASE(theBottomLinesOverlapForTheMediatorAlone) {
    // Session 7: Bridgeview pays at most 450,000; session 8: the practice
    // accepts at least 400,000 → overlap 450,000 − 400,000 = 50,000, which
    // the accepted offer 8 (425,000) falls inside. The counter-claim pair
    // (Bridgeview → practice) has no "accepts at least" from Bridgeview.
    const Exposure e = buildExposure(dental());
    BOOST_REQUIRE(e.pairs[0].claimantNo == 1);
    BOOST_REQUIRE(e.pairs[0].bottomLines.has_value());
    const PairBottomLines& lines = *e.pairs[0].bottomLines;
    BOOST_TEST(dollars(lines.claimantAcceptsAtLeast) == 400'000);
    BOOST_TEST(dollars(lines.respondentPaysAtMost) == 450'000);
    BOOST_TEST((lines.check.outcome == BottomLineCheck::Outcome::Overlap));
    BOOST_TEST(dollars(lines.check.amount) == 50'000);
    BOOST_TEST(!e.pairs[1].bottomLines.has_value());
    for (const Audience a : {Audience::party(1), Audience::party(2), Audience::allParties()})
        for (const PairExposure& p : buildExposure(visibleTo(dental(), a)).pairs) BOOST_TEST(!p.bottomLines);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(OnlineRetailerSample)

BOOST_AUTO_TEST_CASE(theRetailersLossesAndInsuranceGap) {
    const Exposure e = buildExposure(retailer());
    const PartyExposure& r = e.parties[0];
    // Low: 118,500 + 520,000 + 50,000 + 68,000 + 45,000 + 140,000 + 310,000
    //      + 85,000 = 1,336,500.
    // High: 118,500 + 980,000 + 100,000 + 82,000 + 140,000 + 260,000
    //      + 540,000 + 120,000 = 2,340,500.
    BOOST_TEST(dollars(r.losses.total.low) == 1'336'500);
    BOOST_TEST(dollars(r.losses.total.high) == 2'340'500);
    // Cyber 1,000,000 / 50,000: low paid min(1,000,000, 1,286,500), gap
    // 336,500; high gap 2,340,500 − 1,000,000 = 1,340,500.
    BOOST_TEST(dollars(r.insuredLow.gap) == 336'500);
    BOOST_TEST(dollars(r.insuredHigh.gap) == 1'340'500);
}

BOOST_AUTO_TEST_CASE(theGeneralCapAndTheDataSecuritySuperCap) {
    const Exposure e = buildExposure(retailer());
    BOOST_REQUIRE_EQUAL(e.caps.size(), 2u);
    // § 12.2: 18,750 × 12 × 100 % = 225,000; § 12.3: 18,750 × 12 × 200 % = 450,000.
    BOOST_TEST(dollars(e.caps[0].cap) == 225'000);
    BOOST_TEST(dollars(e.caps[1].cap) == 450'000);
    const PairExposure& p = e.pairs.at(0);
    // Floor: min(225,000, direct low 118,500 + 68,000 + 45,000 + 85,000 =
    // 316,500) = 225,000. Ceiling: min(450,000, direct high 460,500 +
    // undetermined high 1,340,000) = 450,000 — the "$225,000, or $450,000 at
    // most" of session 1.
    BOOST_TEST(p.capClauseNos == (RecordNos{3, 4}), boost::test_tools::per_element());
    BOOST_TEST(dollars(p.zone.low) == 225'000);
    BOOST_TEST(dollars(p.zone.high) == 450'000);
    BOOST_TEST(dollars(p.claimantRange.high) == 1'850'000);
}

BOOST_AUTO_TEST_CASE(theHostsCounterclaimHasNoCap) {
    // Claim 3 cites no limitation clause and neither cap names an obligated
    // party: floor = NimbusCore's direct 60,000, ceiling = min(96,000, 110,000).
    const Exposure e = buildExposure(retailer());
    const PairExposure& p = e.pairs.at(1);
    BOOST_TEST(p.capClauseNos.empty());
    BOOST_TEST(dollars(p.zone.low) == 60'000);
    BOOST_TEST(dollars(p.zone.high) == 96'000);
}

BOOST_AUTO_TEST_CASE(theSharedResponsibilityLineInTheMatrix) {
    const ResponsibilityMatrix m = buildResponsibilityMatrix(retailer());
    // Stored card numbers: Exhibit C (clause 5) puts them on the retailer.
    BOOST_TEST(rowFor(m, "PCI DSS 3.5.1").cells[0].responsibleUnder.at(0).section == "Exhibit C, § C.1");
    // Bucket access: SOW § 2.3 (clause 2) on NimbusCore; CSA § 4.2 names
    // no obligated party, so it makes no one responsible.
    const MatrixRow& access = rowFor(m, "CIS 3.3");
    BOOST_TEST(access.cells[0].responsibleUnder.empty());
    BOOST_TEST(access.cells[1].responsibleUnder.at(0).section == "§ 2.3");
    BOOST_TEST(access.recommendationDeclined);
    BOOST_TEST((access.standing == Standing::Disputed));
    BOOST_TEST(rowFor(m, "CIS 8.2").cells[0].responsibleUnder.empty());
}

BOOST_AUTO_TEST_CASE(affectedCustomersAreAStakeholder) {
    const PreparationSheet sheet = buildPreparationSheet(retailer(), 2);
    BOOST_REQUIRE_EQUAL(sheet.absentStakeholders.size(), 1u);
    // Largest count among facts exposing PII or card data: fact 11, 61,200.
    BOOST_TEST(sheet.absentStakeholders[0].why == "up to 61,200 records of pii, cardholder-data exposed");
}

BOOST_AUTO_TEST_SUITE_END()
