#include <boost/test/unit_test.hpp>

#include "domain/common_ground/negligence_elements.h"
#include "support/case_builder.h"
#include "view_cases.h"

using namespace cg::domain;
using namespace cg::testing;

namespace {

CaseBuilder claim() {
    CaseBuilder b;
    b.withParty("Practice").withParty("Provider", PartyRole::Respondent).withClaim(1, 2, "backups");
    return b;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(NegligenceElementRules)

BOOST_AUTO_TEST_CASE(aClaimWithNothingLinkedMissesEveryElement) {
    const auto e = assessNegligenceElements(claim().build()).at(0);
    for (const auto* f : {&e.duty, &e.breach, &e.causation, &e.damages})
        BOOST_TEST((f->support == ElementSupport::Missing));
}

BOOST_AUTO_TEST_CASE(dutyRestsOnAClauseObligatingTheAccusedOrASecurityObligation) {
    auto b = claim();
    auto& r = b.record();
    addClause(r, ClauseKind::LimitationOfLiability, "§ 11.2");            // neither
    addClause(r, ClauseKind::Notification, "§ 5.1", 2);                   // obligates the accused
    addClause(r, ClauseKind::SecurityObligation, "§ 3.4", std::nullopt);  // a security obligation
    addClause(r, ClauseKind::CustomerCompliance, "§ 4.3", 1);             // obligates the accuser
    r.claims[0].clauseNos = {1, 2, 3, 4};
    const auto e = assessNegligenceElements(b.build()).at(0);
    BOOST_TEST((e.duty.support == ElementSupport::SupportedByAgreedFacts));
    BOOST_TEST(e.duty.clauseNos == (RecordNos{2, 3}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(oneAgreedFactSupportsAnElementOnlyDisputedOnesLeaveItDisputed) {
    auto b = claim();
    auto& r = b.record();
    addFact(r, FactCategory::ControlFailure, "CIS 11.5", 1, FactStanding::Disputed);
    addFact(r, FactCategory::ControlFailure, "CIS 11.4", 1, FactStanding::Agreed);
    addFact(r, FactCategory::Event, "", 1, FactStanding::Disputed);
    addFact(r, FactCategory::Loss, "", 1, FactStanding::Agreed);
    addFact(r, FactCategory::RecommendationMade, "CIS 3.11", 2, FactStanding::Agreed);  // bears on none
    r.claims[0].factNos = {1, 2, 3, 4, 5};
    const auto e = assessNegligenceElements(b.build()).at(0);
    BOOST_TEST((e.breach.support == ElementSupport::SupportedByAgreedFacts));
    BOOST_TEST(e.breach.factNos == (RecordNos{1, 2}), boost::test_tools::per_element());
    BOOST_TEST((e.causation.support == ElementSupport::Disputed));
    BOOST_TEST((e.damages.support == ElementSupport::SupportedByAgreedFacts));
}

BOOST_AUTO_TEST_CASE(theAccusersLossEstimatesAloneLeaveDamagesDisputed) {
    auto b = claim();
    addLoss(b.record(), 1, 10'000, 20'000, DamagesType::Direct);
    addLoss(b.record(), 2, 5'000, 5'000, DamagesType::Direct);  // the accused's own: no bearing
    const auto e = assessNegligenceElements(b.build()).at(0);
    BOOST_TEST((e.damages.support == ElementSupport::Disputed));
    BOOST_TEST(e.damages.lossNos == RecordNos{1}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
