// Case-level access: a case with an access list is open only to the
// mediators on it, through every part of the store (store/case_access.h).
#include <boost/test/unit_test.hpp>

#include "domain/conflicts/conflict_entry.h"
#include "store/audit_trail.h"
#include "store/case_access.h"
#include "store/case_repository.h"
#include "store/conflict_decisions.h"
#include "store/exhibit_contents.h"
#include "store/people_directory.h"
#include "store/practice_queries.h"
#include "store/record_repository.h"
#include "store_fixture.h"
#include "support/case_builder.h"

using namespace cg::store;
using namespace cg::domain;
using cg::testing::CaseBuilder;
using cg::testing::messageOf;
using cg::testing::StoreFixture;
using cg::testing::partyNamed;

namespace {

const std::string kWalled = "CG-2026-0001";
const std::string kOpen = "CG-2026-0002";

std::string wallFor(const std::string& actor) {
    return "case " + kWalled +
           " is walled off: only the mediators on its access list may open it, and " + actor +
           " is not one of them. Ask one of them to grant you access.";
}

// Ingrid walls her case off with Maria; Bob is on the other side of the wall.
struct WalledCase {
    StoreFixture store;
    std::unique_ptr<Database> bob;

    WalledCase() {
        CaseRecord record = CaseBuilder(kWalled, "Praxis v. Kessler")
                                .withParty("Zahnarztpraxis Müller")
                                .withParty("Kessler IT", PartyRole::Respondent)
                                .build();
        MediationSession session;
        session.startedAt = Instant::parse("2026-05-04T09:00:00Z");
        session.no = 1;
        record.sessions.push_back(session);
        CaseRepository(*store.db).insert(record);
        CaseRepository(*store.db).insert(CaseBuilder(kOpen, "Open case").withParty("Nimbus").build());
        CaseAccess(*store.db).grant(kWalled, "Maria");
        bob = store.openAs("Bob");
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(CaseAccessRules)

BOOST_AUTO_TEST_CASE(aCaseWithoutAnAccessListIsOpenToEveryone) {
    StoreFixture store;
    CaseRepository(*store.db).insert(CaseBuilder(kOpen).withParty("Nimbus").build());
    auto bob = store.openAs("Bob");
    BOOST_TEST(CaseAccess(*bob).list(kOpen).empty());
    BOOST_TEST(CaseRepository(*bob).load(kOpen).parties.size() == 1u);
    BOOST_TEST(CaseRepository(*bob).list().size() == 1u);
}

BOOST_AUTO_TEST_CASE(theFirstGrantNamesTheGrantingMediatorTooAndIsAudited) {
    WalledCase firm;
    const auto grants = CaseAccess(*firm.store.db).list(kWalled);
    BOOST_TEST_REQUIRE(grants.size() == 2u);
    BOOST_TEST(grants[0].mediator == "Ingrid");
    BOOST_TEST(grants[1].mediator == "Maria");
    BOOST_TEST(grants[1].grantedBy == "Ingrid");
    const auto trail = AuditTrail(*firm.store.db).forCase(kWalled);
    BOOST_TEST_REQUIRE(trail.size() >= 2u);
    BOOST_TEST(trail[trail.size() - 2].change == "access granted to Ingrid");
    BOOST_TEST(trail.back().change == "access granted to Maria");
    BOOST_TEST(trail.back().recordKind == "access");
    BOOST_TEST(firm.store.db->check().empty());
}

BOOST_AUTO_TEST_CASE(aWalledOffMediatorCanReadNothingOfTheCase) {
    WalledCase firm;
    Database& bob = *firm.bob;
    BOOST_TEST(messageOf<NotFound>([&] { CaseRepository(bob).load(kWalled); }) ==
               wallFor("Bob"));
    BOOST_TEST(messageOf<NotFound>([&] { CaseRepository(bob).loadHead(kWalled); }) != "(nothing thrown)");
    BOOST_TEST(messageOf<NotFound>([&] { PartyRepository(bob).list(kWalled); }) != "(nothing thrown)");
    BOOST_TEST(messageOf<NotFound>([&] { PartyRepository(bob).get(kWalled, 1); }) != "(nothing thrown)");
    BOOST_TEST(messageOf<NotFound>([&] { PartyRepository(bob).stamp(kWalled, 1); }) != "(nothing thrown)");
    BOOST_TEST(messageOf<NotFound>([&] { AuditTrail(bob).forCase(kWalled); }) != "(nothing thrown)");
    BOOST_TEST(messageOf<NotFound>([&] { ConflictDecisionRepository(bob).forCase(kWalled); }) !=
               "(nothing thrown)");
    BOOST_TEST(messageOf<NotFound>([&] { CaseAccess(bob).list(kWalled); }) != "(nothing thrown)");
    BOOST_TEST(messageOf<NotFound>([&] { exhibitContent(bob, kWalled, 1); }) ==
               wallFor("Bob"));

    const auto listed = CaseRepository(bob).list();
    BOOST_TEST_REQUIRE(listed.size() == 1u);
    BOOST_TEST(listed[0].reference == kOpen);
    BOOST_TEST(CaseRepository(*firm.store.db).list().size() == 2u);
    BOOST_TEST(scheduledSessions(bob, Instant::parse("2026-05-01T00:00:00Z"),
                                 Instant::parse("2026-06-01T00:00:00Z"))
                   .empty());
    BOOST_TEST(scheduledSessions(*firm.store.db, Instant::parse("2026-05-01T00:00:00Z"),
                                 Instant::parse("2026-06-01T00:00:00Z"))
                   .size() == 1u);
    for (const auto& figures : practiceFigures(bob, Date(2026, 1, 1), Date(2026, 12, 31)))
        BOOST_TEST(figures.reference != kWalled);
}

BOOST_AUTO_TEST_CASE(aWalledOffMediatorCanChangeNothingOfTheCase) {
    WalledCase firm;
    Database& bob = *firm.bob;
    const std::size_t entries = AuditTrail(*firm.store.db).forCase(kWalled).size();
    Party party = PartyRepository(*firm.store.db).get(kWalled, 1);
    party.sector = "Dentistry";
    BOOST_TEST(messageOf<NotFound>([&] { PartyRepository(bob).update(kWalled, party); }) ==
               wallFor("Bob"));
    BOOST_TEST(messageOf<NotFound>([&] { PartyRepository(bob).add(kWalled, partyNamed("X")); }) ==
               wallFor("Bob"));
    BOOST_TEST(messageOf<NotFound>([&] { PartyRepository(bob).remove(kWalled, 2); }) !=
               "(nothing thrown)");
    Case head = CaseRepository(*firm.store.db).loadHead(kWalled);
    head.title = "Taken over";
    BOOST_TEST(messageOf<NotFound>([&] { CaseRepository(bob).updateHead(head); }) != "(nothing thrown)");
    BOOST_TEST(messageOf<NotFound>([&] { CaseRepository(bob).remove(kWalled); }) != "(nothing thrown)");
    BOOST_TEST(messageOf<NotFound>([&] { CaseAccess(bob).grant(kWalled, "Bob"); }) ==
               wallFor("Bob"));
    BOOST_TEST(messageOf<NotFound>([&] {
                   addSessionNote(bob, kWalled, 1, SessionNote{});
               }) != "(nothing thrown)");

    const CaseRecord stored = CaseRepository(*firm.store.db).load(kWalled);
    BOOST_TEST(stored.head.title == "Praxis v. Kessler");
    BOOST_TEST(stored.parties.size() == 2u);
    BOOST_TEST(stored.parties[0].sector == "");
    BOOST_TEST(CaseAccess(*firm.store.db).list(kWalled).size() == 2u);
    BOOST_TEST(AuditTrail(*firm.store.db).forCase(kWalled).size() == entries);
    // Nor can a new case take its reference.
    BOOST_TEST(messageOf<ConflictError>([&] {
                   CaseRepository(bob).create(CaseBuilder(kWalled).build().head);
               }) == "case " + kWalled +
                         " already exists; choose another reference or delete the existing case "
                         "first");
}

// The wall is there because of a conflict; the firm must still find it.
BOOST_AUTO_TEST_CASE(theConflictCheckSeesNamesBehindTheWallWithoutTheirCase) {
    WalledCase firm;
    bool found = false;
    for (const auto& entry : listPeople(*firm.bob)) {
        if (entry.name != "Kessler IT") continue;
        found = true;
        BOOST_TEST(entry.caseReference == kWalled);
        BOOST_TEST(entry.caseTitle == "a case you have no access to");
    }
    BOOST_TEST(found);
    for (const auto& entry : listPeople(*firm.store.db))
        if (entry.name == "Kessler IT") BOOST_TEST(entry.caseTitle == "Praxis v. Kessler");
}

BOOST_AUTO_TEST_CASE(aGrantedMediatorGetsInAndARevokedOneIsWalledOffAgain) {
    WalledCase firm;
    CaseAccess(*firm.store.db).grant(kWalled, " Bob ");
    BOOST_TEST(CaseRepository(*firm.bob).load(kWalled).parties.size() == 2u);
    BOOST_TEST(messageOf<ConflictError>([&] { CaseAccess(*firm.bob).grant(kWalled, "Maria"); }) ==
               "Maria already has access to case " + kWalled);
    CaseAccess(*firm.bob).revoke(kWalled, "Bob");
    BOOST_TEST(messageOf<NotFound>([&] { CaseRepository(*firm.bob).load(kWalled); }) ==
               wallFor("Bob"));
    BOOST_TEST(AuditTrail(*firm.store.db).forCase(kWalled).back().change == "access of Bob revoked");
    BOOST_TEST(AuditTrail(*firm.store.db).forCase(kWalled).back().actor == "Bob");
}

BOOST_AUTO_TEST_CASE(theLastMediatorCannotRevokeHimself) {
    WalledCase firm;
    auto maria = firm.store.openAs("Maria");
    CaseAccess(*maria).revoke(kWalled, "Ingrid");
    const std::size_t entries = AuditTrail(*maria).forCase(kWalled).size();
    BOOST_TEST(messageOf<ConflictError>([&] { CaseAccess(*maria).revoke(kWalled, "Maria"); }) ==
               "Maria is the last mediator with access to case " + kWalled +
                   "; revoking it would wall everyone off. Grant another mediator access first.");
    BOOST_TEST(CaseAccess(*maria).list(kWalled).size() == 1u);
    BOOST_TEST(AuditTrail(*maria).forCase(kWalled).size() == entries);
    BOOST_TEST(messageOf<NotFound>([&] { CaseAccess(*maria).revoke(kWalled, "Bob"); }) ==
               "Bob is not on the access list of case " + kWalled);
    BOOST_TEST(messageOf<cg::domain::ValidationError>([&] { CaseAccess(*maria).grant(kWalled, "  "); }) ==
               "the mediator to grant or revoke access has no name");
}

BOOST_AUTO_TEST_CASE(deletingAWalledOffCaseRemovesItsAccessList) {
    WalledCase firm;
    CaseRepository(*firm.store.db).remove(kWalled);
    BOOST_TEST(firm.store.bypass()->number("SELECT COUNT(*) FROM case_access") == 0);
    BOOST_TEST(firm.store.db->check().empty());
}

BOOST_AUTO_TEST_SUITE_END()
