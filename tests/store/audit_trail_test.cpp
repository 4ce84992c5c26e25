#include "store/audit_trail.h"

#include <boost/test/unit_test.hpp>

#include "store/audit_chain.h"
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

BOOST_AUTO_TEST_SUITE(AuditTrailSeal)

namespace {

// A case imported, its first party changed twice: audit entries 1 to 3.
void caseWithThreeEntries(StoreFixture& store) {
    CaseRepository(*store.db).insert(
        CaseBuilder("CG-2026-0001", "Praxis v. MSP").withParty("Praxis").build());
    PartyRepository parties(*store.db);
    Party party = parties.get("CG-2026-0001", 1);
    party.sector = "Dentistry";
    parties.update("CG-2026-0001", party);
    party.counsel = "Dr. Weber";
    parties.update("CG-2026-0001", party);
}

}  // namespace

BOOST_AUTO_TEST_CASE(anUntouchedTrailPassesTheCheck) {
    StoreFixture store;
    caseWithThreeEntries(store);
    store.reopen();
    BOOST_TEST(store.db->check().empty());
}

BOOST_AUTO_TEST_CASE(anEntryEditedBehindTheStoresBackIsNamedByTheCheck) {
    StoreFixture store;
    caseWithThreeEntries(store);
    const std::string at = AuditTrail(*store.db).forCase("CG-2026-0001")[1].at.toString();
    store.bypass()->exec("UPDATE audit_log SET actor = 'Maria' WHERE sequence = 2");
    const auto problems = store.db->check();
    BOOST_TEST_REQUIRE(problems.size() == 1u);
    BOOST_TEST(problems[0] ==
               "audit trail: entry 2 (case CG-2026-0001, party 1 update by Maria at " + at +
                   ") was changed, or an entry before it was removed, after it was "
                   "written");
}

BOOST_AUTO_TEST_CASE(anEntryRemovedFromTheMiddleIsFoundAtTheNextOne) {
    StoreFixture store;
    caseWithThreeEntries(store);
    store.bypass()->exec("DELETE FROM audit_log WHERE sequence = 2");
    const auto problems = store.db->check();
    BOOST_TEST_REQUIRE(problems.size() == 1u);
    BOOST_TEST(problems[0].rfind(
                   "audit trail: entry 3 (case CG-2026-0001, party 1 update by Ingrid", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(anEntryAddedBehindTheStoresBackHasNoSeal) {
    StoreFixture store;
    caseWithThreeEntries(store);
    store.bypass()->exec(
        "INSERT INTO audit_log (at, actor, case_reference, record_kind, record_no, action, "
        "change) VALUES ('2026-03-01T09:00:00Z', 'Mallory', 'CG-2026-0001', 'case', 0, 'delete', "
        "'nothing happened')");
    const auto problems = store.db->check();
    BOOST_TEST_REQUIRE(problems.size() == 1u);
    BOOST_TEST(problems[0] ==
               "audit trail: entry 4 (case CG-2026-0001, case delete by Mallory at "
               "2026-03-01T09:00:00Z) has no seal, so it was added behind CommonGround's back");
}

BOOST_AUTO_TEST_CASE(theLastEntriesCutOffTheEndAreCountedByTheCheck) {
    StoreFixture store;
    caseWithThreeEntries(store);
    const std::string at = AuditTrail(*store.db).forCase("CG-2026-0001")[0].at.toString();
    store.bypass()->exec("DELETE FROM audit_log WHERE sequence >= 2");
    const auto problems = store.db->check();
    BOOST_TEST_REQUIRE(problems.size() == 1u);
    BOOST_TEST(problems[0] ==
               "audit trail: the newest 2 entries were removed from its end (CommonGround wrote 3; the "
               "trail now ends at entry 1 (case CG-2026-0001, case import by Ingrid at " + at + "))");
}

BOOST_AUTO_TEST_CASE(theLastEntryAloneCutOffIsFound) {
    StoreFixture store;
    caseWithThreeEntries(store);
    store.bypass()->exec("DELETE FROM audit_log WHERE sequence = 3");
    const auto problems = store.db->check();
    BOOST_TEST_REQUIRE(problems.size() == 1u);
    BOOST_TEST(problems[0].rfind("audit trail: the newest entry was removed from its end (CommonGround wrote 3 "
                                 "entries; the trail now ends at entry 2 (case CG-2026-0001, party 1 update",
                                 0) == 0u);
}

BOOST_AUTO_TEST_CASE(aWholeTrailRemovedIsFound) {
    StoreFixture store;
    caseWithThreeEntries(store);
    store.bypass()->exec("DELETE FROM audit_log");
    const auto problems = store.db->check();
    BOOST_TEST_REQUIRE(problems.size() == 1u);
    BOOST_TEST(problems[0] ==
               "audit trail: the newest 3 entries were removed from its end (CommonGround wrote 3; the "
               "trail is now empty)");
}

BOOST_AUTO_TEST_CASE(theLastEntryReplacedByAFreshlySealedOneIsFound) {
    StoreFixture store;
    caseWithThreeEntries(store);
    auto raw = store.bypass();
    const std::string before = raw->text("SELECT seal FROM audit_log WHERE sequence = 2");
    const AuditEntryText forged{"2026-03-01T09:00:00Z", "Mallory", "CG-2026-0001", "party", 1, "update", "nothing"};
    raw->exec("DELETE FROM audit_log WHERE sequence = 3");
    // An explicit sequence: SQLite would otherwise reuse 3.
    raw->exec("INSERT INTO audit_log (sequence, at, actor, case_reference, record_kind, record_no, action, change, seal) "
              "VALUES (4, '2026-03-01T09:00:00Z', 'Mallory', 'CG-2026-0001', 'party', 1, 'update', 'nothing', '" +
              auditSeal(before, forged) + "')");
    const auto problems = store.db->check();
    BOOST_TEST_REQUIRE(problems.size() == 1u);
    BOOST_TEST(problems[0] ==
               "audit trail: the newest entry CommonGround wrote is no longer in the trail, so entries were removed "
               "from its end or replaced (the trail now ends at entry 4 (case CG-2026-0001, party 1 update by "
               "Mallory at 2026-03-01T09:00:00Z))");
}

BOOST_AUTO_TEST_CASE(aSealedEntryAddedAfterTheEndIsFound) {
    StoreFixture store;
    caseWithThreeEntries(store);
    auto raw = store.bypass();
    const std::string last = raw->text("SELECT seal FROM audit_log WHERE sequence = 3");
    const AuditEntryText forged{"2026-03-01T09:00:00Z", "Mallory", "CG-2026-0001", "case", 0, "delete", "nothing"};
    raw->exec("INSERT INTO audit_log (at, actor, case_reference, record_kind, record_no, action, change, seal) "
              "VALUES ('2026-03-01T09:00:00Z', 'Mallory', 'CG-2026-0001', 'case', 0, 'delete', 'nothing', '" +
              auditSeal(last, forged) + "')");
    const auto problems = store.db->check();
    BOOST_TEST_REQUIRE(problems.size() == 1u);
    BOOST_TEST(problems[0] ==
               "audit trail: entry 4 (case CG-2026-0001, case delete by Mallory at 2026-03-01T09:00:00Z) was added "
               "after the newest entry CommonGround wrote, behind its back");
}

BOOST_AUTO_TEST_CASE(aMissingHeadIsReported) {
    StoreFixture store;
    caseWithThreeEntries(store);
    store.bypass()->exec("DELETE FROM audit_head");
    const auto problems = store.db->check();
    BOOST_TEST_REQUIRE(problems.size() == 1u);
    BOOST_TEST(problems[0] ==
               "audit trail: its head (how many entries were written and the newest seal) is missing, so entries "
               "cut off its end cannot be ruled out");
}

BOOST_AUTO_TEST_CASE(theHeadFollowsEveryAppend) {
    StoreFixture store;
    caseWithThreeEntries(store);
    auto raw = store.bypass();
    BOOST_TEST(raw->number("SELECT entry_count FROM audit_head") == 3);
    BOOST_TEST(raw->text("SELECT last_seal FROM audit_head") ==
               raw->text("SELECT seal FROM audit_log WHERE sequence = 3"));
}

BOOST_AUTO_TEST_SUITE_END()
