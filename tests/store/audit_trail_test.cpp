#include "store/audit_trail.h"

#include <boost/test/unit_test.hpp>

#include "store/case_repository.h"
#include "store/record_repository.h"
#include "store_fixture.h"
#include "support/case_builder.h"

using namespace cg::store;
using namespace cg::domain;
using cg::testing::CaseBuilder;
using cg::testing::StoreFixture;

BOOST_AUTO_TEST_SUITE(AuditTrailReading)

BOOST_AUTO_TEST_CASE(entriesSayWhoDidWhatWhenInTheOrderItHappened) {
    StoreFixture store;
    const Instant before = Instant::now();
    CaseRepository(*store.db).insert(
        CaseBuilder("CG-2026-0001", "Praxis v. MSP").withParty("Praxis").build());
    CaseRepository(*store.db).create(CaseBuilder("CG-2026-0002").build().head);
    Party party;
    party.name = "Kessler IT Services GmbH";
    party.role = PartyRole::Respondent;
    PartyRepository(*store.db).add("CG-2026-0001", party);
    const Instant after = Instant::now();

    const auto trail = AuditTrail(*store.db).forCase("CG-2026-0001");
    BOOST_TEST_REQUIRE(trail.size() == 2u);
    BOOST_TEST(trail[0].sequence < trail[1].sequence);
    for (const auto& entry : trail) {
        BOOST_TEST(entry.actor == "Ingrid");
        BOOST_TEST(entry.caseReference == "CG-2026-0001");
        BOOST_TEST((entry.at >= before && entry.at <= after));
    }
    BOOST_TEST(trail[0].recordKind == "case");
    BOOST_TEST(trail[0].action == "import");
    BOOST_TEST(trail[0].change == "Praxis v. MSP with 1 party");
    BOOST_TEST(trail[1].recordKind == "party");
    BOOST_TEST(trail[1].recordNo == 2);
    BOOST_TEST(trail[1].action == "create");
    BOOST_TEST(trail[1].change == "Kessler IT Services GmbH (respondent)");
}

BOOST_AUTO_TEST_CASE(aCaseWithoutChangesHasAnEmptyTrail) {
    StoreFixture store;
    BOOST_TEST(AuditTrail(*store.db).forCase("CG-2026-0042").empty());
}

BOOST_AUTO_TEST_SUITE_END()
