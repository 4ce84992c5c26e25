// The responsibility matrix's rules on small cases.
#include <boost/test/unit_test.hpp>

#include "domain/common_ground/responsibility_matrix.h"
#include "support/case_builder.h"
#include "view_cases.h"

using namespace cg::domain;
using namespace cg::testing;

namespace {

CaseBuilder twoParties() {
    CaseBuilder b;
    b.withParty("Practice").withParty("Provider", PartyRole::Respondent);
    return b;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ResponsibilityMatrixRules)

BOOST_AUTO_TEST_CASE(noFailedControlsMeansNoRowsButEveryPartyIsAColumn) {
    auto b = twoParties();
    addFact(b.record(), FactCategory::Event, "", 1, FactStanding::Agreed);
    const auto m = buildResponsibilityMatrix(b.build());
    BOOST_TEST(m.rows.empty());
    BOOST_TEST(m.partyNos == (RecordNos{1, 2}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(oneRowPerControlWhateverTheWording) {
    auto b = twoParties();
    addFact(b.record(), FactCategory::ControlFailure, "CIS 3.11 Encrypt Sensitive Data at Rest", 1,
            FactStanding::Agreed);
    addFact(b.record(), FactCategory::ControlFailure, "CIS 6.4", 1, FactStanding::Agreed);
    addFact(b.record(), FactCategory::RecommendationMade, "CIS 3.11", 2, FactStanding::Agreed);
    const auto m = buildResponsibilityMatrix(b.build());
    BOOST_REQUIRE_EQUAL(m.rows.size(), 2u);
    BOOST_TEST(m.rows[0].key == "CIS 3.11");
    BOOST_TEST(m.rows[0].label == "CIS 3.11 Encrypt Sensitive Data at Rest");
    BOOST_TEST(m.rows[0].facts.size() == 2u);
    BOOST_TEST(m.rows[1].key == "CIS 6.4");
}

BOOST_AUTO_TEST_CASE(theObligatedPartyOfACoveringClauseIsResponsible) {
    auto b = twoParties();
    // The spec's short form in the clause, the sample's long form in the fact.
    addClause(b.record(), ClauseKind::SecurityObligation, "§ 3.4", 2, {"CIS 11.5"});
    addClause(b.record(), ClauseKind::CustomerCompliance, "§ 4.3", 1, {"CIS 11"});  // the whole control
    addClause(b.record(), ClauseKind::ResponsibilityAllocation, "§ 3.6", 2, {"CIS 11.1"});  // a neighbour
    addClause(b.record(), ClauseKind::Notification, "§ 5.1", std::nullopt, {"CIS 11.5"});   // obligates no one
    addFact(b.record(), FactCategory::ControlFailure, "CIS 11.5 Test Data Recovery", 1, FactStanding::Agreed);
    const auto m = buildResponsibilityMatrix(b.build());
    const auto& practice = m.rows[0].cells[0];
    const auto& provider = m.rows[0].cells[1];
    BOOST_REQUIRE_EQUAL(practice.responsibleUnder.size(), 1u);
    BOOST_TEST(practice.responsibleUnder[0].section == "§ 4.3");
    BOOST_REQUIRE_EQUAL(provider.responsibleUnder.size(), 1u);
    BOOST_TEST(provider.responsibleUnder[0].clauseNo == 1);
    BOOST_TEST((provider.responsibleUnder[0].kind == ClauseKind::SecurityObligation));
}

BOOST_AUTO_TEST_CASE(recommendationsSitWithTheAssertingPartyAndMarkTheRow) {
    auto b = twoParties();
    addFact(b.record(), FactCategory::RecommendationMade, "CIS 3.11", 2, FactStanding::Agreed);
    addFact(b.record(), FactCategory::RecommendationDeclined, "CIS 3.11", 2, FactStanding::Disputed);
    const auto m = buildResponsibilityMatrix(b.build());
    const auto& row = m.rows[0];
    BOOST_TEST(row.recommendationDocumented);
    BOOST_TEST(row.recommendationDeclined);
    BOOST_TEST(row.cells[0].recommendationsMade.empty());
    BOOST_TEST(row.cells[1].recommendationsMade.size() == 1u);
    BOOST_TEST(row.cells[1].recommendationsDeclined.size() == 1u);
}

BOOST_AUTO_TEST_CASE(standingIsDisputedOnceOneFactIsDisputed) {
    auto b = twoParties();
    addFact(b.record(), FactCategory::ControlFailure, "CIS 7.3", 1, FactStanding::Agreed);
    addFact(b.record(), FactCategory::ControlFailure, "CIS 7.3", 2, FactStanding::Disputed);
    addFact(b.record(), FactCategory::ControlFailure, "CIS 8.2", std::nullopt, FactStanding::Agreed);
    const auto m = buildResponsibilityMatrix(b.build());
    BOOST_TEST((m.rows[0].standing == Standing::Disputed));
    BOOST_TEST((m.rows[0].cells[0].standing == Standing::Agreed));
    BOOST_TEST((m.rows[0].cells[1].standing == Standing::Disputed));
    BOOST_TEST((m.rows[1].standing == Standing::Agreed));
    BOOST_TEST((m.rows[1].cells[0].standing == Standing::None));  // nobody asserts the unattributed fact
}

BOOST_AUTO_TEST_SUITE_END()
