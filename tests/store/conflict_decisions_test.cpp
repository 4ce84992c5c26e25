#include "store/conflict_decisions.h"

#include <boost/test/unit_test.hpp>

#include "store/audit_trail.h"
#include "store/case_repository.h"
#include "store_fixture.h"
#include "support/case_builder.h"

using namespace cg::store;
using namespace cg::domain;
using namespace cg::domain::conflicts;
using cg::testing::CaseBuilder;
using cg::testing::messageOf;
using cg::testing::StoreFixture;

namespace {

constexpr const char* kRef = "CG-2026-0001";

struct CaseWithParty : StoreFixture {
    CaseWithParty() {
        CaseRepository(*db).insert(
            CaseBuilder(kRef, "Praxis v. MSP").withParty("Zahnarztpraxis Müller").build());
    }
};

ConflictDecision waiver() {
    ConflictDecision decision;
    decision.checkedName = "Kessler IT Services GmbH";
    decision.verdict = ConflictVerdict::DisclosedAndWaived;
    decision.reason = "Mediated Kessler v. Nimbus in 2024; disclosed, both parties agreed in writing";
    decision.hitsSeen =
        "Kessler IT Services GmbH — party in CG-2024-0007 Kessler v. Nimbus (closed, opened "
        "2024-02-01, closed 2024-05-30): same name\n";
    return decision;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ConflictDecisions)

BOOST_FIXTURE_TEST_CASE(aDecisionIsKeptWithWhoDecidedItAndWhen, CaseWithParty) {
    const Instant before = Instant::now();
    const auto stored = ConflictDecisionRepository(*db).record(kRef, waiver());
    BOOST_TEST(stored.no == 1);
    reopen();

    const auto decisions = ConflictDecisionRepository(*db).forCase(kRef);
    BOOST_TEST_REQUIRE(decisions.size() == 1u);
    BOOST_TEST(decisions[0].no == 1);
    BOOST_TEST(decisions[0].checkedName == "Kessler IT Services GmbH");
    BOOST_TEST((decisions[0].verdict == ConflictVerdict::DisclosedAndWaived));
    BOOST_TEST(decisions[0].reason == waiver().reason);
    BOOST_TEST(decisions[0].hitsSeen == waiver().hitsSeen);
    BOOST_TEST(decisions[0].decidedBy == "Ingrid");
    BOOST_TEST((decisions[0].decidedAt >= before && decisions[0].decidedAt <= Instant::now()));
}

BOOST_FIXTURE_TEST_CASE(eachDecisionIsEnteredInTheAuditTrail, CaseWithParty) {
    ConflictDecisionRepository(*db).record(kRef, waiver());
    ConflictDecision clear;
    clear.checkedName = "Anna Schmidt";
    ConflictDecisionRepository(*db).record(kRef, clear);

    const auto trail = AuditTrail(*db).forCase(kRef);
    BOOST_TEST_REQUIRE(trail.size() == 3u);  // the import, then the two decisions
    BOOST_TEST(trail[1].recordKind == "conflict decision");
    BOOST_TEST(trail[1].recordNo == 1);
    BOOST_TEST(trail[1].action == "create");
    BOOST_TEST(trail[1].change == "conflict check of Kessler IT Services GmbH: waived (1 hit "
                                  "seen); reason: " +
                                      waiver().reason);
    BOOST_TEST(trail[2].recordNo == 2);
    BOOST_TEST(trail[2].change == "conflict check of Anna Schmidt: no-conflict (0 hits seen)");
    BOOST_TEST(db->check().empty());
}

BOOST_FIXTURE_TEST_CASE(aWaiverWithoutAReasonIsRefusedAndNothingIsStored, CaseWithParty) {
    ConflictDecision decision = waiver();
    decision.reason = "  ";
    BOOST_TEST(messageOf<ValidationError>([&] {
                   ConflictDecisionRepository(*db).record(kRef, decision);
               }) == "a conflict decision 'waived' for Kessler IT Services GmbH needs a reason "
                     "(what was disclosed to whom, or why the case is declined)");
    BOOST_TEST(ConflictDecisionRepository(*db).forCase(kRef).empty());
    BOOST_TEST(AuditTrail(*db).forCase(kRef).size() == 1u);
}

BOOST_FIXTURE_TEST_CASE(theSchemaRefusesADeclineWithoutAReasonFromAnotherProgram,
                        CaseWithParty) {
    const auto raw = bypass();
    BOOST_CHECK_THROW(
        raw->exec("INSERT INTO conflict_decisions SELECT id, 1, 'Kessler', 'declined', '', "
                  "'Ingrid', '2026-03-01T09:00:00Z', '' FROM cases"),
        std::exception);
    BOOST_TEST(raw->number("SELECT COUNT(*) FROM conflict_decisions") == 0);
}

BOOST_FIXTURE_TEST_CASE(aDecisionForACaseThatDoesNotExistIsNotFound, CaseWithParty) {
    BOOST_TEST(messageOf<NotFound>([&] {
                   ConflictDecisionRepository(*db).record("CG-2026-0099", waiver());
               }) == "case CG-2026-0099 does not exist");
    BOOST_TEST(messageOf<NotFound>([&] {
                   ConflictDecisionRepository(*db).forCase("CG-2026-0099");
               }) == "case CG-2026-0099 does not exist");
}

BOOST_FIXTURE_TEST_CASE(deletingTheCaseDeletesItsDecisionsAndTheTrailKeepsThem, CaseWithParty) {
    ConflictDecisionRepository(*db).record(kRef, waiver());
    CaseRepository(*db).remove(kRef);
    BOOST_TEST(bypass()->number("SELECT COUNT(*) FROM conflict_decisions") == 0);
    const auto trail = AuditTrail(*db).forCase(kRef);
    BOOST_TEST_REQUIRE(trail.size() == 3u);
    BOOST_TEST(trail[1].recordKind == "conflict decision");
}

BOOST_AUTO_TEST_SUITE_END()
