// backup --to FILE, restore FILE and what they refuse, through the real CLI.
#include <sys/stat.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "cli_fixture.h"

using namespace cg::testing;

namespace {

namespace fs = std::filesystem;

std::string dumpOf(const std::string& file) { return runProcess({"sqlite3", file, ".dump"}).out; }

unsigned modeOf(const std::string& file) {
    struct stat info {};
    if (::stat(file.c_str(), &info) != 0) return 0xFFFF;
    return info.st_mode & 07777;
}

// The files in `folder` whose names start with `prefix`.
std::vector<std::string> filesStartingWith(const fs::path& folder, const std::string& prefix) {
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().filename().string().rfind(prefix, 0) == 0) found.push_back(entry.path().string());
    return found;
}

// Sets the umask for a scope: the files must be owner-only whatever it is.
struct ScopedUmask {
    explicit ScopedUmask(mode_t mask) : m_old(::umask(mask)) {}
    ~ScopedUmask() { ::umask(m_old); }
    mode_t m_old;
};

struct CaseToBackUp : CliFixture {
    const std::string ref = "CG-2026-0001";
    const std::string backup = dir.file("backup-of-cases.db");
    std::string schemaVersion;  // as `init` reports it
    CaseToBackUp() {
        const std::string ready = cli({"init"}).out;  // "Database ready: … (schema version N)"
        const auto from = ready.rfind("(schema version ") + std::string("(schema version ").size();
        schemaVersion = ready.substr(from, ready.rfind(')') - from);
        cli({"case", "new", "--title", "Praxis Müller v Kessler IT", "--opened-on", "2026-01-10"});
        cli({"party", "add", ref, "--name", "Zahnarztpraxis Müller", "--role", "claimant"});
        cli({"party", "add", ref, "--name", "Kessler IT GmbH", "--role", "respondent"});
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(BackupRestore, CaseToBackUp)

BOOST_AUTO_TEST_CASE(aBackupIsAnOwnerOnlyCopyThatOpensAndEqualsTheDatabase) {
    const std::string original = dump();
    BOOST_REQUIRE(contains(original, "Kessler IT GmbH"));
    ScopedUmask permissive(0);
    const auto r = cli({"backup", "--to", backup});
    BOOST_TEST(r.exitCode == 0, r.err);
    BOOST_TEST(r.out == "Backed up SQLite file " + db + " to " + backup + "\n");
    BOOST_TEST(modeOf(backup) == 0600u);
    BOOST_TEST(dumpOf(backup) == original);
    BOOST_TEST(dump() == original);

    const auto list = runProcess({CG_CLI_PATH, "--db", backup, "case", "list"}, {"COMMONGROUND_USER=test-mediator"});
    BOOST_TEST(list.exitCode == 0, list.err);
    BOOST_TEST(contains(list.out, ref));
    BOOST_TEST(contains(list.out, "Praxis Müller v Kessler IT"));
}

BOOST_AUTO_TEST_CASE(aBackupNeverOverwritesAFile) {
    BOOST_REQUIRE(cli({"backup", "--to", backup}).exitCode == 0);
    cli({"party", "add", ref, "--name", "Hiscox", "--role", "insurer"});
    const std::string firstBackup = readBytes(backup);
    const auto r = cli({"backup", "--to", backup});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.out == "");
    BOOST_TEST(r.err == "commonground-cli: error: " + backup +
                            " already exists, and a backup never overwrites a file. Choose another name, or "
                            "move the old file away first.\n");
    BOOST_TEST(readBytes(backup) == firstBackup);

    // Nor the database it copies.
    const std::string before = dump();
    const auto self = cli({"backup", "--to", db});
    BOOST_TEST(self.exitCode == 1);
    BOOST_TEST(self.err == "commonground-cli: error: A backup cannot be written over the database it copies (" + db +
                               "). Choose another file.\n");
    BOOST_TEST(dump() == before);
}

BOOST_AUTO_TEST_CASE(backupsInTheSameSecondGetTheirOwnNames) {
    // Default names carry a timestamp to the second; three quick backups must
    // all be written, none refused and none overwritten.
    for (int i = 0; i < 3; ++i) BOOST_TEST(cli({"backup"}).exitCode == 0);
    BOOST_TEST(filesStartingWith(dir.path(), "cases.backup-").size() == 3u);
}

BOOST_AUTO_TEST_CASE(aRestoreBringsTheBackupBackAndKeepsTheDatabaseAsItWas) {
    BOOST_REQUIRE(cli({"backup", "--to", backup}).exitCode == 0);
    const std::string backedUp = dumpOf(backup);
    BOOST_REQUIRE(cli({"party", "add", ref, "--name", "Hiscox", "--role", "insurer"}).exitCode == 0);
    BOOST_REQUIRE(cli({"interest", "add", ref, "--party", "1", "--description", "Keep the practice open"}).exitCode ==
                  0);
    const std::string edited = dump();
    BOOST_REQUIRE(edited != backedUp);
    BOOST_REQUIRE(filesStartingWith(dir.path(), "cases.before-restore-").empty());

    ScopedUmask permissive(0);
    const auto r = cli({"restore", backup});
    BOOST_TEST(r.exitCode == 0, r.err);
    BOOST_TEST(dump() == backedUp);
    BOOST_TEST(!contains(cli({"party", "list", ref}).out, "Hiscox"));

    // The database as it was is kept beside it: cases.before-restore-DATE-TIME.db.
    const auto kept = filesStartingWith(dir.path(), "cases.before-restore-");
    BOOST_REQUIRE_EQUAL(kept.size(), 1u);
    const std::string safetyCopy = kept.front();
    BOOST_TEST(fs::path(safetyCopy).extension() == ".db");
    BOOST_TEST(fs::path(safetyCopy).filename().string().size() == std::string("cases.before-restore-20261123-201500.db").size());
    BOOST_TEST(modeOf(safetyCopy) == 0600u);
    BOOST_TEST(dumpOf(safetyCopy) == edited);
    BOOST_TEST(r.out == "Restored SQLite file " + db + " from " + backup + " (schema version " +
                            schemaVersion + ").\nThe database as it was is kept in " + safetyCopy +
                            "\n");
    BOOST_TEST(cli({"check"}).exitCode == 0);
}

BOOST_AUTO_TEST_CASE(garbageIsNotRestoredAndTheDatabaseStaysAsItWas) {
    const std::string garbage = dir.file("garbage.db");
    std::string bytes;
    for (int i = 0; i < 8192; ++i) bytes += static_cast<char>((i * 7919 + 13) % 251);
    writeBytes(garbage, bytes);
    const std::string before = dump();

    const auto r = cli({"restore", garbage});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.out == "");
    BOOST_TEST(r.err == "commonground-cli: error: " + garbage +
                            " is not an undamaged CommonGround backup (SQLite says: file is not a database); "
                            "nothing was restored. Choose another backup.\n");
    BOOST_TEST(dump() == before);
    BOOST_TEST(readBytes(garbage) == bytes);
    BOOST_TEST(filesStartingWith(dir.path(), "cases.before-restore-").empty());
}

BOOST_AUTO_TEST_CASE(anSqliteFileThatIsNotACommonGroundDatabaseIsNotRestored) {
    const std::string other = dir.file("other.db");
    BOOST_REQUIRE(runProcess({"sqlite3", other, "CREATE TABLE t(x); INSERT INTO t VALUES (1);"}).exitCode == 0);
    const std::string before = dump();

    const auto r = cli({"restore", other});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err == "commonground-cli: error: " + other +
                            " is an SQLite file but not a CommonGround backup (it has no schema version); nothing "
                            "was restored.\n");
    BOOST_TEST(dump() == before);
    BOOST_TEST(filesStartingWith(dir.path(), "cases.before-restore-").empty());
}

BOOST_AUTO_TEST_CASE(aMissingBackupFileIsNamed) {
    const std::string missing = dir.file("no-such-backup.db");
    const std::string before = dump();
    const auto r = cli({"restore", missing});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err == "commonground-cli: error: There is no backup file at " + missing + ". Check the name.\n");
    BOOST_TEST(dump() == before);
}

BOOST_AUTO_TEST_SUITE_END()
