#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "raw_sqlite.h"
#include "store/audit_trail.h"
#include "store/case_repository.h"
#include "store/database.h"
#include "store/record_repository.h"
#include "store/schema_migrations.h"
#include "store/store_error.h"
#include "store_fixture.h"

using namespace cg::store;
using cg::testing::messageOf;
using cg::testing::RawSqlite;
using cg::testing::ScopedTempDir;

namespace {

// A file exactly as the first CommonGround wrote it: the version-1 SQL, the
// version recorded, one case with one party.
void writeVersionOneFile(const std::string& path) {
    RawSqlite raw(path);
    raw.exec("BEGIN");
    for (const std::string& statement : schemaMigrations().at(0).sqlFor(sqliteDialect()))
        raw.exec(statement);
    raw.exec("INSERT INTO schema_version VALUES (1, '2026-01-01T00:00:00Z', 'case records')");
    raw.exec(
        "INSERT INTO cases (id, reference, title, status, governing_law, jurisdiction, mediator, "
        "currency, opened_on, closed_on, summary) VALUES (1, 'CG-2026-0001', 'Praxis v. MSP', "
        "'active', 'German law', 'DE', 'Ingrid', 'EUR', '2026-01-15', NULL, '')");
    raw.exec(
        "INSERT INTO parties VALUES (1, 1, 'Zahnarztpraxis Müller', 'organisation', 'claimant', "
        "'', '', '')");
    raw.exec("COMMIT");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(SchemaMigration)

BOOST_AUTO_TEST_CASE(migrationsAreNumberedFromOneWithoutGaps) {
    int expected = 1;
    for (const Migration& migration : schemaMigrations())
        BOOST_TEST(migration.version == expected++);
    BOOST_TEST(Database::currentSchemaVersion() == 2);
}

BOOST_AUTO_TEST_CASE(anEmptyFileGetsEveryMigration) {
    ScopedTempDir dir;
    const std::string path = dir.file("empty.db");
    cg::testing::writeBytes(path, "");
    auto db = Database::open(path, "Ingrid", Database::OpenMode::MustExist);
    BOOST_TEST(db->schemaVersion() == Database::currentSchemaVersion());
    db.reset();
    RawSqlite raw(path);
    BOOST_TEST(
        raw.text("SELECT group_concat(version || ':' || description, ', ') FROM schema_version") ==
        "1:case records, 2:audit trail");
}

BOOST_AUTO_TEST_CASE(aVersionOneFileIsUpgradedAndKeepsItsCases) {
    ScopedTempDir dir;
    const std::string path = dir.file("v1.db");
    writeVersionOneFile(path);

    auto db = Database::open(path, "Ingrid", Database::OpenMode::MustExist);
    BOOST_TEST(db->schemaVersion() == 2);
    const auto record = CaseRepository(*db).load("CG-2026-0001");
    BOOST_TEST(record.head.title == "Praxis v. MSP");
    BOOST_TEST_REQUIRE(record.parties.size() == 1u);
    BOOST_TEST(record.parties[0].name == "Zahnarztpraxis Müller");

    // Version 2 brought the audit trail: changes to the old case are recorded.
    PartyRepository parties(*db);
    auto party = parties.get("CG-2026-0001", 1);
    party.sector = "Dentistry";
    parties.update("CG-2026-0001", party);
    const auto trail = AuditTrail(*db).forCase("CG-2026-0001");
    BOOST_TEST_REQUIRE(trail.size() == 1u);
    BOOST_TEST(trail[0].change == "sector: (none) → Dentistry");

    db.reset();
    BOOST_TEST(RawSqlite(path).number("SELECT MAX(version) FROM schema_version") == 2);
}

BOOST_AUTO_TEST_CASE(aFailedUpgradeLeavesTheFileAtItsOldVersion) {
    ScopedTempDir dir;
    const std::string path = dir.file("v1.db");
    writeVersionOneFile(path);
    // Someone made a table of that name by hand: version 2 cannot be applied.
    RawSqlite(path).exec("CREATE TABLE audit_log (note TEXT)");

    BOOST_TEST(messageOf<StoreError>([&] { Database::open(path, "Ingrid"); }) ==
               "Could not upgrade " + path +
                   " from schema version 1 to 2 (nothing was changed): the database " + path +
                   " reported an error: table audit_log already exists.");

    RawSqlite raw(path);
    BOOST_TEST(raw.number("SELECT MAX(version) FROM schema_version") == 1);
    BOOST_TEST(raw.number("SELECT COUNT(*) FROM cases") == 1);
}

BOOST_AUTO_TEST_CASE(aFileFromANewerCommonGroundIsRefusedAndLeftUntouched) {
    ScopedTempDir dir;
    const std::string path = dir.file("newer.db");
    Database::open(path, "Ingrid").reset();
    RawSqlite(path).exec(
        "INSERT INTO schema_version VALUES (7, '2027-01-01T00:00:00Z', 'from the future')");
    const std::string before = cg::testing::readBytes(path);

    BOOST_TEST(messageOf<StoreError>([&] { Database::open(path, "Ingrid"); }) ==
               path +
                   " was written by a newer CommonGround (schema version 7; this one reads up to "
                   "2). Update CommonGround to open it.");
    BOOST_TEST(cg::testing::readBytes(path) == before);
    BOOST_TEST(!std::filesystem::exists(path + "-wal"));
}

BOOST_AUTO_TEST_SUITE_END()
