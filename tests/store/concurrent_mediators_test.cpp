// Several mediators working on one database at the same time, each through
// a connection of their own, as a firm's mediators do on the shared server.
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <future>
#include <set>
#include <thread>

#include "raw_postgres.h"
#include "store/audit_trail.h"
#include "store/case_repository.h"
#include "store/record_repository.h"
#include "store/store_error.h"
#include "store_fixture.h"
#include "support/case_builder.h"

using namespace cg::store;
using namespace cg::domain;
using cg::testing::CaseBuilder;
using cg::testing::Engine;
using cg::testing::messageOf;
using cg::testing::onlyOn;
using cg::testing::StoreFixture;
using cg::testing::partyNamed;

namespace {

const std::string kRef = "CG-2026-0001";

}  // namespace

BOOST_AUTO_TEST_SUITE(ConcurrentMediators)

// Each add reads the highest number and takes the next: without the case
// row lock (SqlDialect::caseRowLock) two mediators would take the same one.
BOOST_AUTO_TEST_CASE(twoMediatorsAddingToOneCaseAtOnceGetDistinctNumbers) {
    StoreFixture store;
    CaseRepository(*store.db).create(CaseBuilder(kRef).build().head);
    constexpr int kEach = 15;
    auto addParties = [&](const std::string& mediator) {
        auto db = store.openAs(mediator);
        PartyRepository parties(*db);
        for (int i = 1; i <= kEach; ++i)
            parties.add(kRef, partyNamed(mediator + "'s party " + std::to_string(i)));
    };
    // Futures hand a failed add back to this thread as the test's failure.
    auto ingrid = std::async(std::launch::async, addParties, "Ingrid");
    auto maria = std::async(std::launch::async, addParties, "Maria");
    ingrid.get();
    maria.get();

    const auto parties = PartyRepository(*store.db).list(kRef);
    BOOST_TEST_REQUIRE(parties.size() == 2u * kEach);
    for (std::size_t i = 0; i < parties.size(); ++i)
        BOOST_TEST(parties[i].no == static_cast<RecordNo>(i + 1));
    std::multiset<std::string> actors;
    for (const auto& entry : AuditTrail(*store.db).forCase(kRef))
        if (entry.recordKind == "party") actors.insert(entry.actor);
    BOOST_TEST(actors.count("Ingrid") == static_cast<std::size_t>(kEach));
    BOOST_TEST(actors.count("Maria") == static_cast<std::size_t>(kEach));
}

BOOST_AUTO_TEST_CASE(whatOneMediatorSavesTheOtherSeesAtOnce) {
    StoreFixture store;
    CaseRepository(*store.db).insert(CaseBuilder(kRef).withParty("Praxis").build());
    auto maria = store.openAs("Maria");
    PartyRepository mariasParties(*maria);
    PartyRepository ingridsParties(*store.db);
    BOOST_TEST(ingridsParties.get(kRef, 1).sector == "");
    Party party = mariasParties.get(kRef, 1);
    party.sector = "Dentistry";
    mariasParties.update(kRef, party);
    BOOST_TEST(ingridsParties.get(kRef, 1).sector == "Dentistry");
    BOOST_TEST(AuditTrail(*store.db).forCase(kRef).back().actor == "Maria");
}

BOOST_AUTO_TEST_CASE(
    aWriterKeptWaitingByAnotherMediatorIsToldAfterFiveSeconds,
    *onlyOn(Engine::PostgreSql,
            "the server's row lock; database_open_test covers SQLite's file lock")) {
    StoreFixture store;
    CaseRepository(*store.db).create(CaseBuilder(kRef).build().head);
    const auto other = store.bypass();  // another program in the middle of a long action
    other->exec("BEGIN");
    other->exec("SELECT id FROM cases WHERE reference = '" + kRef + "' FOR UPDATE");

    PartyRepository parties(*store.db);
    const auto started = std::chrono::steady_clock::now();
    BOOST_TEST(messageOf<StoreError>([&] { parties.add(kRef, partyNamed("Kessler IT")); }) ==
               "Could not add a party to case " + kRef +
                   ": another mediator has been saving to the same case for more than 5 seconds; "
                   "nothing was saved. Wait a moment and try again.");
    const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - started);
    BOOST_TEST(waited.count() >= 5000);

    other->exec("ROLLBACK");
    BOOST_TEST(parties.add(kRef, partyNamed("Kessler IT")) == 1);
}

// Two mediators opening the same new case at the same moment: both find the
// reference free, the server's unique index lets only one in, and the other
// is told rather than given a duplicate. (On SQLite, BEGIN IMMEDIATE makes
// the second one wait and then find the reference taken.)
BOOST_AUTO_TEST_CASE(twoMediatorsCreatingTheSameCaseAtOnceOneIsToldItClashes,
                     *onlyOn(Engine::PostgreSql, "the race needs the server's row-level locking")) {
    StoreFixture store;
    const auto maria = store.bypass();  // Maria's create, caught between INSERT and COMMIT
    maria->exec("BEGIN");
    maria->exec(
        "INSERT INTO cases (reference, title, status, governing_law, jurisdiction, mediator, "
        "currency, opened_on, summary) VALUES ('" +
        kRef + "', 'Maria''s case', 'intake', '', '', 'Maria', 'EUR', '2026-03-01', '')");
    CaseRepository cases(*store.db);
    auto ingrid = std::async(std::launch::async, [&] {
        return messageOf<ConflictError>(
            [&] { cases.create(CaseBuilder(kRef, "Ingrid's case").build().head); });
    });
    for (int i = 0; i < 400 && maria->number("SELECT COUNT(*) FROM pg_stat_activity WHERE "
                                             "application_name = 'CommonGround' AND "
                                             "wait_event_type = 'Lock'") == 0;
         ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    maria->exec("COMMIT");

    BOOST_TEST(ingrid.get() ==
               "Could not create case " + kRef +
                   ": it clashes with a record already stored (duplicate key value violates "
                   "unique constraint \"cases_reference_key\"). Someone may have saved the same "
                   "record meanwhile; reload and try again.");
    BOOST_TEST(cases.loadHead(kRef).title == "Maria's case");
    BOOST_TEST(AuditTrail(*store.db).forCase(kRef).empty());
}

BOOST_AUTO_TEST_SUITE_END()
