// A firm's PostgreSQL server as a mediator meets it: not there, a wrong
// password, a missing database, a connection that drops — each a message
// that says what to do, the action rolled back, the program still working.
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <future>
#include <thread>

#include "store/case_repository.h"
#include "store/record_repository.h"
#include "store/store_error.h"
#include "store_fixture.h"
#include "support/case_builder.h"
#include "support/scoped_env.h"
#include "support/throwaway_postgres.h"

using namespace cg::store;
using namespace cg::domain;
using cg::testing::CaseBuilder;
using cg::testing::Engine;
using cg::testing::messageOf;
using cg::testing::onlyOn;
using cg::testing::ScopedEnv;
using cg::testing::StoreFixture;
using cg::testing::testServer;

namespace {

const std::string kRef = "CG-2026-0001";

std::string serverAt() { return "127.0.0.1:" + std::to_string(testServer().port()); }

std::string urlWithoutPassword(const std::string& database) {
    return "postgresql://" + testServer().user() + "@" + serverAt() + "/" + database;
}

std::string databaseOf(const StoreFixture& store) {
    return store.connection.substr(store.connection.rfind('/') + 1);
}

// Ends the store's server sessions on the fixture's database, as a server
// restart or a network cut would.
void dropStoreConnections(const StoreFixture& store) {
    store.bypass()->exec(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = "
        "'CommonGround' AND datname = '" +
        databaseOf(store) + "'");
}

Party partyNamed(const std::string& name) {
    Party party;
    party.name = name;
    return party;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ServerConnection,
                      *onlyOn(Engine::PostgreSql, "a firm's server and how it is reached"))

BOOST_AUTO_TEST_CASE(aServerThatIsNotThereIsNamedWithWhatToCheck) {
    // Nothing listens on port 1 of the loopback address.
    BOOST_TEST(messageOf<StoreError>(
                   [] { Database::open("postgresql://cg_test@127.0.0.1:1/cases", "Ingrid"); }) ==
               "Could not open the case database: cannot reach the database server at "
               "127.0.0.1:1: Connection refused; check that it is running and the address "
               "is right.");
}

BOOST_AUTO_TEST_CASE(aWrongPasswordIsALoginTheServerRefused) {
    const std::string database = testServer().createDatabase();
    BOOST_TEST(messageOf<StoreError>([&] {
                   Database::open("postgresql://cg_test:wrong@" + serverAt() + "/" + database,
                                  "Ingrid");
               }) ==
               "Could not open the case database: the server refused the login for user "
               "cg_test: password authentication failed for user \"cg_test\". Check the "
               "user name and the password (in the address, in PGPASSWORD or in "
               "~/.pgpass).");
}

BOOST_AUTO_TEST_CASE(withoutAPasswordInTheAddressPgpasswordIsUsedAsLibpqDoes) {
    const std::string database = testServer().createDatabase();
    ScopedEnv noPassFile("PGPASSFILE", "/nonexistent/pgpass");
    {
        ScopedEnv password("PGPASSWORD", testServer().password().c_str());
        auto db = Database::open(urlWithoutPassword(database), "Ingrid");
        CaseRepository(*db).create(CaseBuilder(kRef).build().head);
    }
    ScopedEnv noPassword("PGPASSWORD", nullptr);
    BOOST_TEST(messageOf<StoreError>([&] { Database::open(urlWithoutPassword(database), "I"); }) ==
               "Could not open the case database: the server refused the login for user "
               "cg_test: fe_sendauth: no password supplied. Check the user name and the password "
               "(in the address, in PGPASSWORD or in ~/.pgpass).");
}

BOOST_AUTO_TEST_CASE(aDatabaseTheServerDoesNotHaveIsNamed) {
    BOOST_TEST(messageOf<StoreError>([] {
                   Database::open(testServer().url("no_such_cases"), "Ingrid");
               }) == "Could not open the case database: the server at " + serverAt() +
                         " has no database named no_such_cases. Check the name, or ask the "
                         "server's administrator to create it.");
}

BOOST_AUTO_TEST_CASE(aServerDatabaseThatMustExistMustHoldOurTables) {
    const std::string database = testServer().createDatabase();
    BOOST_TEST(messageOf<StoreError>([&] {
                   Database::open(testServer().url(database), "Ingrid",
                                  Database::OpenMode::MustExist);
               }) == "The database " + urlWithoutPassword(database) +
                         " holds no CommonGround tables yet. Run `commonground-cli init` with "
                         "this --db to create them, or check the database name.");
}

// The store asks libpq whether the connection still stands before each
// action (one round trip), so a server restart between two actions goes
// unnoticed by the mediator.
BOOST_AUTO_TEST_CASE(aConnectionLostBetweenActionsIsMadeAgainByTheNextAction) {
    StoreFixture store;
    CaseRepository cases(*store.db);
    cases.create(CaseBuilder(kRef).build().head);
    dropStoreConnections(store);
    BOOST_TEST(cases.list().size() == 1u);
    cases.create(CaseBuilder("CG-2026-0002").build().head);
    BOOST_TEST(cases.list().size() == 2u);
}

BOOST_AUTO_TEST_CASE(aConnectionLostInTheMiddleOfAnActionRollsItBack) {
    StoreFixture store;
    CaseRepository(*store.db).insert(CaseBuilder(kRef).withParty("Praxis").build());
    // Another program holds the case, so the store's add waits half-way
    // through its transaction: that is when its connection is cut.
    const auto other = store.bypass();
    other->exec("BEGIN");
    other->exec("SELECT id FROM cases WHERE reference = '" + kRef + "' FOR UPDATE");
    PartyRepository parties(*store.db);
    auto adding = std::async(std::launch::async, [&] {
        return messageOf<StoreError>([&] { parties.add(kRef, partyNamed("Kessler IT")); });
    });
    for (int i = 0; i < 400 && other->number("SELECT COUNT(*) FROM pg_stat_activity WHERE "
                                             "application_name = 'CommonGround' AND "
                                             "wait_event_type = 'Lock'") == 0;
         ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    dropStoreConnections(store);
    const std::string message = adding.get();
    other->exec("ROLLBACK");

    BOOST_TEST(message.find("Could not add a party to case " + kRef +
                            ": the connection to the database server at " + serverAt() +
                            " was lost (server closed the connection unexpectedly); nothing was "
                            "saved.") == 0u);
    BOOST_TEST(other->number("SELECT COUNT(*) FROM parties") == 1);
    BOOST_TEST(parties.add(kRef, partyNamed("Kessler IT")) == 2);
}

BOOST_AUTO_TEST_SUITE_END()
