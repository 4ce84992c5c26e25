// Backups of the SQLite database and restoring one; on PostgreSQL the store
// points to pg_dump instead.
#include <sys/stat.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "raw_sqlite.h"
#include "store/case_repository.h"
#include "store/database_backup.h"
#include "store/schema_migrations.h"
#include "store/store_error.h"
#include "store_fixture.h"
#include "support/case_builder.h"
#include "support/case_differences.h"
#include "support/full_case.h"

using namespace cg::store;
using cg::testing::CaseBuilder;
using cg::testing::Engine;
using cg::testing::messageOf;
using cg::testing::onlyOn;
using cg::testing::RawSqlite;
using cg::testing::StoreFixture;

namespace fs = std::filesystem;

namespace {

const char* const kSqliteOnly = "SQLite's backup API; a server is backed up with pg_dump";

unsigned modeOf(const std::string& path) {
    struct stat info {};
    BOOST_REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 0777;
}

// The files in `dir` whose names contain `part`.
std::vector<std::string> filesNamed(const fs::path& dir, const std::string& part) {
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().filename().string().find(part) != std::string::npos)
            found.push_back(entry.path().string());
    return found;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(DatabaseBackup)

BOOST_AUTO_TEST_CASE(aBackupHoldsEveryCaseAndIsPrivateWhateverTheUmask,
                     *onlyOn(Engine::Sqlite, kSqliteOnly)) {
    StoreFixture store;
    CaseRepository(*store.db).insert(cg::testing::fullCase());
    const mode_t oldMask = ::umask(022);
    const std::string written = backupDatabase(*store.db, store.dir.file("copy.db"));
    ::umask(oldMask);
    BOOST_TEST(written == store.dir.file("copy.db"));
    BOOST_TEST(modeOf(written) == 0600u);
    auto copy = Database::open(written, "Ingrid", Database::OpenMode::MustExist);
    BOOST_TEST(cg::testing::caseDifferences(cg::testing::fullCase(),
                                            CaseRepository(*copy).load("CG-2026-0001"))
                   .empty());
}

BOOST_AUTO_TEST_CASE(withoutATargetTheBackupGoesBesideTheDatabaseNamedByTime,
                     *onlyOn(Engine::Sqlite, kSqliteOnly)) {
    StoreFixture store;
    const std::string written = backupDatabase(*store.db);
    BOOST_TEST(fs::path(written).parent_path() == store.dir.path());
    // cases.backup-20261123-201500.db
    const std::string name = fs::path(written).filename().string();
    BOOST_TEST(name.rfind("cases.backup-", 0) == 0u);
    BOOST_TEST(name.size() == std::string("cases.backup-20261123-201500.db").size());
    BOOST_TEST(name.substr(name.size() - 3) == ".db");
}

BOOST_AUTO_TEST_CASE(aBackupNeverOverwritesAFile, *onlyOn(Engine::Sqlite, kSqliteOnly)) {
    StoreFixture store;
    const std::string target = store.dir.file("taken.db");
    cg::testing::writeBytes(target, "the minutes");
    BOOST_TEST(messageOf<StoreError>([&] { backupDatabase(*store.db, target); }) ==
               target +
                   " already exists, and a backup never overwrites a file. Choose another name, "
                   "or move the old file away first.");
    BOOST_TEST(cg::testing::readBytes(target) == "the minutes");
}

BOOST_AUTO_TEST_CASE(anOlderFileIsBackedUpBeforeItsSchemaIsUpgraded,
                     *onlyOn(Engine::Sqlite, "builds a version-1 file with the sqlite3 C API")) {
    cg::testing::ScopedTempDir dir;
    const std::string path = dir.file("cases.db");
    {
        RawSqlite raw(path);
        for (const std::string& statement : schemaMigrations().at(0).sqlFor(sqliteDialect()))
            raw.exec(statement);
        raw.exec("INSERT INTO schema_version VALUES (1, '2026-01-01T00:00:00Z', 'case records')");
    }
    Database::open(path, "Ingrid").reset();
    const auto backups = filesNamed(dir.path(), "cases.schema-v1-");
    BOOST_TEST_REQUIRE(backups.size() == 1u);
    BOOST_TEST(modeOf(backups[0]) == 0600u);
    BOOST_TEST(RawSqlite(backups[0]).number("SELECT MAX(version) FROM schema_version") == 1);
    BOOST_TEST(RawSqlite(path).number("SELECT MAX(version) FROM schema_version") ==
               latestSchemaVersion());
    // A new database has nothing to keep: no backup.
    Database::open(dir.file("new.db"), "Ingrid").reset();
    BOOST_TEST(filesNamed(dir.path(), "new.schema-v").empty());
}

BOOST_AUTO_TEST_CASE(restoreBringsBackTheBackedUpCasesAndKeepsWhatItReplaced,
                     *onlyOn(Engine::Sqlite, kSqliteOnly)) {
    StoreFixture store;
    CaseRepository(*store.db).insert(CaseBuilder("CG-2026-0001").withParty("Praxis").build());
    const std::string backup = backupDatabase(*store.db, store.dir.file("monday.db"));
    CaseRepository(*store.db).create(CaseBuilder("CG-2026-0002").build().head);

    // Restored under the feet of the open window, which then sees Monday.
    const RestoreResult result = restoreDatabase(store.connection, backup);
    BOOST_TEST(result.restoredVersion == latestSchemaVersion());
    CaseRepository cases(*store.db);
    BOOST_TEST(cases.exists("CG-2026-0001"));
    BOOST_TEST(!cases.exists("CG-2026-0002"));
    BOOST_TEST(store.db->check().empty());

    BOOST_TEST(modeOf(result.safetyCopy) == 0600u);
    auto before = Database::open(result.safetyCopy, "Ingrid", Database::OpenMode::MustExist);
    BOOST_TEST(CaseRepository(*before).exists("CG-2026-0002"));
}

BOOST_AUTO_TEST_CASE(restoreRefusesWhatIsNotAnUndamagedCommonGroundBackup,
                     *onlyOn(Engine::Sqlite, kSqliteOnly)) {
    StoreFixture store;
    CaseRepository(*store.db).create(CaseBuilder("CG-2026-0001").build().head);
    const std::string garbage = store.dir.file("notes.db");
    std::string text;
    for (int i = 0; i < 100; ++i) text += "Minutes of the meeting, renamed by mistake. ";
    cg::testing::writeBytes(garbage, text);
    BOOST_TEST(messageOf<StoreError>([&] { restoreDatabase(store.connection, garbage); }) ==
               garbage +
                   " is not an undamaged CommonGround backup (SQLite says: file is not a "
                   "database); nothing was restored. Choose another backup.");

    const std::string foreign = store.dir.file("firefox.sqlite");
    RawSqlite(foreign).exec("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)");
    BOOST_TEST(messageOf<StoreError>([&] { restoreDatabase(store.connection, foreign); }) ==
               foreign +
                   " is an SQLite file but not a CommonGround backup (it has no schema version); "
                   "nothing was restored.");

    const std::string newer = backupDatabase(*store.db, store.dir.file("newer.db"));
    RawSqlite(newer).exec("INSERT INTO schema_version VALUES (10, '2030-01-01T00:00:00Z', 'x')");
    BOOST_TEST(messageOf<StoreError>([&] { restoreDatabase(store.connection, newer); }) ==
               newer +
                   " was written by a newer CommonGround (schema version 10; this one reads up "
                   "to 9); nothing was restored. Update CommonGround first.");

    BOOST_TEST(CaseRepository(*store.db).exists("CG-2026-0001"));
    BOOST_TEST(filesNamed(store.dir.path(), "before-restore").empty());
}

BOOST_AUTO_TEST_CASE(aServerDatabaseIsBackedUpWithPgDump,
                     *onlyOn(Engine::PostgreSql, "the advice for a server database")) {
    StoreFixture store;
    BOOST_TEST(messageOf<StoreError>([&] { backupDatabase(*store.db); }) ==
               kPostgreSqlBackupAdvice);
    BOOST_TEST(messageOf<StoreError>([&] { restoreDatabase(store.connection, "x.dump"); }) ==
               kPostgreSqlBackupAdvice);
}

BOOST_AUTO_TEST_SUITE_END()
