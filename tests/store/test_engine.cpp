#include "test_engine.h"

#include <stdexcept>

#include "raw_postgres.h"
#include "raw_sqlite.h"
#include "support/throwaway_postgres.h"

namespace cg::testing {

namespace {

Engine g_engine = Engine::Sqlite;
ThrowawayPostgres* g_server = nullptr;

const char* nameOf(Engine engine) { return engine == Engine::Sqlite ? "SQLite" : "PostgreSQL"; }

}  // namespace

Engine engineUnderTest() { return g_engine; }

void setEngineUnderTest(Engine engine, ThrowawayPostgres* server) {
    g_engine = engine;
    g_server = server;
}

ThrowawayPostgres& testServer() {
    if (!g_server) throw std::logic_error("this run has no PostgreSQL test server");
    return *g_server;
}

boost::unit_test::precondition onlyOn(Engine engine, std::string why) {
    return boost::unit_test::precondition([engine, why](boost::unit_test::test_unit_id) {
        boost::test_tools::assertion_result runs(engineUnderTest() == engine);
        if (!runs) runs.message() << nameOf(engine) << " only: " << why;
        return runs;
    });
}

std::string freshDatabase(const std::string& dir) {
    if (g_engine == Engine::Sqlite) return dir + "/cases.db";
    return testServer().url(testServer().createDatabase());
}

std::unique_ptr<RawDatabase> rawAccess(const std::string& connection) {
    // libpq reads the postgresql:// URL itself.
    if (g_engine == Engine::Sqlite) return std::make_unique<RawSqlite>(connection);
    return std::make_unique<RawPostgres>(connection);
}

const store::SqlDialect& dialectUnderTest() {
    return g_engine == Engine::Sqlite ? store::sqliteDialect() : store::postgresqlDialect();
}

std::string tableExistsRefusal(const std::string& table) {
    return g_engine == Engine::Sqlite ? "table " + table + " already exists"
                                      : "relation \"" + table + "\" already exists";
}

std::string foreignKeyRefusal() {
    return g_engine == Engine::Sqlite ? "FOREIGN KEY constraint failed"
                                      : "violates foreign key constraint";
}

std::string brokenPartyLinkProblem() {
    // SQLite names the row by its rowid; PostgreSQL has none, so check()
    // counts the rows and names the constraint.
    return g_engine == Engine::Sqlite
               ? "broken link: interests row 1 refers to a missing row of parties"
               : "broken link: 1 row of interests refers to a missing row of parties "
                 "(interests_case_id_party_no_fkey)";
}

}  // namespace cg::testing
