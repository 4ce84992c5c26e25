#include <sys/stat.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>

#include "domain/errors.h"
#include "raw_sqlite.h"
#include "store/case_repository.h"
#include "store/database.h"
#include "store/store_error.h"
#include "store_fixture.h"
#include "support/full_case.h"
#include "support/throwaway_postgres.h"

using namespace cg::store;
using cg::testing::Engine;
using cg::testing::messageOf;
using cg::testing::onlyOn;
using cg::testing::RawSqlite;
using cg::testing::ScopedTempDir;
using cg::testing::StoreFixture;

namespace {

unsigned modeOf(const std::string& path) {
    struct stat info {};
    BOOST_REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 0777;
}

class ScopedUmask {
public:
    explicit ScopedUmask(mode_t mask) : m_old(::umask(mask)) {}
    ~ScopedUmask() { ::umask(m_old); }

private:
    mode_t m_old;
};

bool runningAsRoot() { return ::geteuid() == 0; }

}  // namespace

BOOST_AUTO_TEST_SUITE(DatabaseOpen)

BOOST_AUTO_TEST_CASE(aNewDatabaseAndItsFoldersAreOwnerOnlyWhateverTheUmask,
                     *onlyOn(Engine::Sqlite,
                             "file and folder modes; a server keeps its own files")) {
    ScopedUmask umask(022);
    ScopedTempDir dir;
    const std::string path = dir.file("data/commonground/cases.db");
    auto db = Database::open(path, "Ingrid");
    BOOST_TEST(std::filesystem::is_regular_file(path));
    BOOST_TEST(modeOf(path) == 0600u);
    BOOST_TEST(modeOf(dir.file("data/commonground")) == 0700u);
    BOOST_TEST(modeOf(dir.file("data")) == 0700u);
    // SQLite gives its write-ahead log the database's mode.
    CaseRepository(*db).insert(cg::testing::fullCase());
    BOOST_TEST(modeOf(path + "-wal") == 0600u);
}

BOOST_AUTO_TEST_CASE(describeNamesTheDatabaseButNeverThePassword) {
    StoreFixture store;
    if (cg::testing::engineUnderTest() == Engine::Sqlite) {
        BOOST_TEST(store.db->describe() == "SQLite file " + store.path);
    } else {
        const auto& server = cg::testing::testServer();
        const std::string database = store.connection.substr(store.connection.rfind('/') + 1);
        BOOST_TEST(store.db->describe() == "PostgreSQL database postgresql://" + server.user() +
                                               "@127.0.0.1:" + std::to_string(server.port()) + "/" +
                                               database);
        BOOST_TEST(store.db->describe().find(server.password()) == std::string::npos);
    }
    BOOST_TEST(store.db->actor() == "Ingrid");
}

BOOST_AUTO_TEST_CASE(theSqliteUrlOpensTheSameFileAsThePlainPath,
                     *onlyOn(Engine::Sqlite, "sqlite: URLs name files")) {
    StoreFixture store;
    CaseRepository(*store.db).insert(cg::testing::fullCase());
    store.db.reset();
    auto viaUrl = Database::open("sqlite://" + store.path, "Ingrid", Database::OpenMode::MustExist);
    BOOST_TEST(viaUrl->describe() == "SQLite file " + store.path);
    BOOST_TEST(CaseRepository(*viaUrl).exists("CG-2026-0001"));
}

BOOST_AUTO_TEST_CASE(
    aMissingFileThatMustExistNamesThePathAndSuggestsInit,
    *onlyOn(Engine::Sqlite,
            "a server database is not a file (server_connection_test covers a missing one)")) {
    ScopedTempDir dir;
    const std::string path = dir.file("nowhere.db");
    BOOST_TEST(
        messageOf<StoreError>(
            [&] { Database::open(path, "Ingrid", Database::OpenMode::MustExist); }) ==
        "There is no CommonGround database at " + path +
            ". Run `commonground-cli init` to create one, or name an existing one with --db or "
            "$COMMONGROUND_DB.");
    BOOST_TEST(!std::filesystem::exists(path));
}

BOOST_AUTO_TEST_CASE(aFileOfGarbageIsNotADatabaseAndIsLeftAlone,
                     *onlyOn(Engine::Sqlite, "a server has no file to fill with garbage")) {
    ScopedTempDir dir;
    const std::string path = dir.file("notes.db");
    std::string garbage;
    for (int i = 0; i < 100; ++i) garbage += "Minutes of the meeting, renamed by mistake. ";
    cg::testing::writeBytes(path, garbage);
    BOOST_TEST(messageOf<StoreError>([&] { Database::open(path, "Ingrid"); }) ==
               "Could not open the case database: " + path +
                   " is not a CommonGround database (SQLite says: file is not a database). Check "
                   "that --db or $COMMONGROUND_DB names the right file; if it does, the file is "
                   "damaged and should be restored from a backup.");
    BOOST_TEST(cg::testing::readBytes(path) == garbage);
}

BOOST_AUTO_TEST_CASE(anotherProgramsSqliteFileIsRefused,
                     *onlyOn(Engine::Sqlite,
                             "plants another program's tables with the sqlite3 C API")) {
    ScopedTempDir dir;
    const std::string path = dir.file("firefox.sqlite");
    RawSqlite(path).exec("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)");
    BOOST_TEST(
        messageOf<StoreError>([&] { Database::open(path, "Ingrid"); }) ==
        path +
            " is a database, but not a CommonGround one (it has tables of its own and no schema "
            "version). Check that --db or $COMMONGROUND_DB names the right file.");
}

BOOST_AUTO_TEST_CASE(aFolderIsNotADatabaseFile,
                     *onlyOn(Engine::Sqlite, "a server database is not a path")) {
    ScopedTempDir dir;
    const std::string path = dir.path().string();
    BOOST_TEST(
        messageOf<StoreError>([&] { Database::open(path, "Ingrid"); }) ==
        path + " is a folder, not a case database. Name the database file inside it, for example " +
            path + "/commonground.db.");
}

BOOST_AUTO_TEST_CASE(anUnreadableFileSaysSo, *boost::unit_test::precondition([](auto) {
                         return !runningAsRoot();
                     }) * onlyOn(Engine::Sqlite, "file permissions")) {
    StoreFixture store;
    store.db.reset();
    ::chmod(store.path.c_str(), 0200);
    BOOST_TEST(messageOf<StoreError>([&] { Database::open(store.path, "Ingrid"); }) ==
               "You may not read and write the case database " + store.path +
                   " (Permission denied). Check its owner and permissions: CommonGround needs to "
                   "read and write it.");
}

BOOST_AUTO_TEST_CASE(
    aDatabaseLockedByAnotherProgramSaysWhatToDo,
    *onlyOn(Engine::Sqlite,
            "the whole-file write lock (concurrent_mediators_test covers the server's row lock)")) {
    StoreFixture store;
    RawSqlite other(store.path);
    other.exec("BEGIN IMMEDIATE");  // holds the write lock, as another writer would
    CaseRepository cases(*store.db);
    cg::domain::Case head = cg::testing::fullCase().head;
    BOOST_TEST(
        messageOf<StoreError>([&] { cases.create(head); }) ==
        "Could not create case CG-2026-0001: " + store.path +
            " is locked by another program (perhaps CommonGround in another window), which has "
            "been writing to it for more than 5 seconds. Close the other program or wait for it "
            "to finish, then try again.");
    other.exec("ROLLBACK");
    cases.create(head);
    BOOST_TEST(cases.exists("CG-2026-0001"));
}

BOOST_AUTO_TEST_CASE(checkFindsNothingWrongInAGoodFile) {
    StoreFixture store;
    CaseRepository(*store.db).insert(cg::testing::fullCase());
    store.reopen();
    BOOST_TEST(store.db->check().empty());
}

BOOST_AUTO_TEST_CASE(checkReportsALinkBrokenBehindItsBack) {
    StoreFixture store;
    CaseRepository(*store.db).insert(cg::testing::fullCase());
    store.db.reset();
    {
        auto raw = store.bypass();
        raw->ignoreForeignKeys();
        raw->exec("UPDATE interests SET party_no = 99 WHERE no = 1");
    }
    store.reopen();
    const auto problems = store.db->check();
    BOOST_TEST_REQUIRE(problems.size() == 1u);
    BOOST_TEST(problems[0] == cg::testing::brokenPartyLinkProblem());
}

BOOST_AUTO_TEST_CASE(checkReportsARuleTheServerNeverApplied,
                     *onlyOn(Engine::PostgreSql, "NOT VALID constraints are PostgreSQL's")) {
    StoreFixture store;
    CaseRepository(*store.db).insert(cg::testing::fullCase());
    store.bypass()->exec(
        "ALTER TABLE interests ADD CONSTRAINT priority_above_hundred CHECK (priority > 100) NOT "
        "VALID");
    const auto problems = store.db->check();
    BOOST_TEST_REQUIRE(problems.size() == 1u);
    BOOST_TEST(problems[0] ==
               "unchecked rule: priority_above_hundred of interests was added without checking "
               "the rows already there");
}

BOOST_AUTO_TEST_SUITE_END()
