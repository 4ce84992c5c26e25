#pragma once
// The store suite is written once and run against each engine (see SOCI's
// tests/test-context.h): `cg_store_tests` runs it on SQLite files,
// `cg_store_tests --engine=postgresql` on a throw-away PostgreSQL server
// started for the run (main.cpp). Everything that differs between the two —
// how a fresh database is made, how to reach past the store, the engine's
// own wording — is declared here and in test_engine.cpp, nowhere else.
#include <boost/test/unit_test.hpp>
#include <memory>
#include <string>

#include "raw_database.h"
#include "store/sql_dialect.h"

namespace cg::testing {

enum class Engine { Sqlite, PostgreSql };

class ThrowawayPostgres;

Engine engineUnderTest();
// Called once by main() before any test runs; server is null for SQLite.
void setEngineUnderTest(Engine engine, ThrowawayPostgres* server);
// The server of a PostgreSQL run.
ThrowawayPostgres& testServer();

// A test that only makes sense on one engine, and why; the other engine's
// run lists it as skipped with that reason.
boost::unit_test::precondition onlyOn(Engine engine, std::string why);

// A new, empty database: a file in `dir` for SQLite, a new database on the
// test server for PostgreSQL. Its connection string.
std::string freshDatabase(const std::string& dir);

// Reaches past the store into the database `connection` names.
std::unique_ptr<RawDatabase> rawAccess(const std::string& connection);

// The store's SQL dialect for the engine, to build old schemas by hand.
const store::SqlDialect& dialectUnderTest();

// What the engine itself says when a table to be created exists already.
std::string tableExistsRefusal(const std::string& table);

// What the engine itself says when a foreign key stops a statement.
std::string foreignKeyRefusal();

// What Database::check() reports for one interests row whose party link was
// set to a party the case does not have.
std::string brokenPartyLinkProblem();

}  // namespace cg::testing
