#include "store/database_backup.h"

#include <filesystem>

#include "domain/calendar.h"
#include "store/connection_string.h"
#include "store/database_impl.h"
#include "store/schema_migrations.h"
#include "store/sqlite_backup.h"
#include "store/store_error.h"

namespace cg::store {

namespace fs = std::filesystem;

const char* const kPostgreSqlBackupAdvice =
    "A PostgreSQL database is backed up on the server, where its administrator runs pg_dump "
    "(for example: pg_dump -Fc -f cases.dump DBNAME) and restores with pg_restore; CommonGround "
    "backs up and restores SQLite files only.";

namespace {

// "2026-11-23T20:15:00Z" -> "20261123-201500": sorts by time and is a safe
// file name everywhere (no colons).
std::string fileTimestamp() {
    std::string stamp;
    for (char c : domain::Instant::now().toString()) {
        if (c == 'T')
            stamp += '-';
        else if (c != '-' && c != ':' && c != 'Z')
            stamp += c;
    }
    return stamp;
}

// Throws StoreError unless `file` is an undamaged CommonGround database of a
// schema version this program reads; returns that version.
int checkRestorable(const std::string& file) {
    if (!fs::is_regular_file(file))
        throw StoreError("There is no backup file at " + file + ". Check the name.");
    SqliteHandle backup(file, true);
    bool ok = false;
    const std::string integrity = backup.firstValue("PRAGMA integrity_check", ok);
    if (!ok || integrity != "ok")
        throw StoreError(file + " is not an undamaged CommonGround backup (SQLite says: " +
                         (ok ? integrity : backup.lastError()) +
                         "); nothing was restored. Choose another backup.");
    const std::string version = backup.firstValue("SELECT MAX(version) FROM schema_version", ok);
    if (!ok || version.empty())
        throw StoreError(file +
                         " is an SQLite file but not a CommonGround backup (it has no schema "
                         "version); nothing was restored.");
    const int number = std::stoi(version);
    if (number > latestSchemaVersion())
        throw StoreError(file + " was written by a newer CommonGround (schema version " + version +
                         "; this one reads up to " + std::to_string(latestSchemaVersion()) +
                         "); nothing was restored. Update CommonGround first.");
    return number;
}

}  // namespace

std::string backupPathBeside(const std::string& databasePath, const std::string& label) {
    const fs::path path(databasePath);
    const std::string extension = path.has_extension() ? path.extension().string() : ".db";
    const std::string base = path.stem().string() + "." + label + "-" + fileTimestamp();
    // Backups never overwrite, and two within one second would share the
    // timestamp: number the later ones (-2, -3 ...) instead of refusing.
    fs::path candidate = path.parent_path() / (base + extension);
    for (int n = 2; fs::exists(candidate); ++n)
        candidate = path.parent_path() / (base + "-" + std::to_string(n) + extension);
    return candidate.string();
}

std::string backupDatabase(Database& db, const std::string& target) {
    Database::Impl& impl = db.impl();
    if (impl.onServer()) throw StoreError(kPostgreSqlBackupAdvice);
    const std::string& live = impl.target().location;
    const std::string written = target.empty() ? backupPathBeside(live, "backup")
                                               : fs::absolute(target).lexically_normal().string();
    if (written == live)
        throw StoreError("A backup cannot be written over the database it copies (" + live +
                         "). Choose another file.");
    copySqliteDatabaseTo(impl.sqliteHandle(), written);
    return written;
}

RestoreResult restoreDatabase(const std::string& connection, const std::string& backupFile) {
    const ConnectionTarget target = parseConnection(connection);
    if (target.backend == ConnectionTarget::Backend::PostgreSql)
        throw StoreError(kPostgreSqlBackupAdvice);
    const std::string& live = target.location;
    const std::string source = fs::absolute(backupFile).lexically_normal().string();
    if (source == live)
        throw StoreError(source +
                         " is the database itself, not a backup of it. Choose a backup "
                         "file.");
    RestoreResult result;
    result.restoredVersion = checkRestorable(source);
    if (!fs::exists(live))
        throw StoreError("There is no CommonGround database at " + live +
                         " to restore into. Run `commonground-cli init` first, or name the "
                         "database with --db.");
    SqliteHandle liveHandle(live, false);
    SqliteHandle backupHandle(source, true);
    result.safetyCopy = backupPathBeside(live, "before-restore");
    copySqliteDatabaseTo(liveHandle.get(), result.safetyCopy);
    copySqliteDatabaseInto(backupHandle.get(), liveHandle.get(),
                           "restore " + live + " from " + source +
                               " (the database is as it was; a copy of it is in " +
                               result.safetyCopy + ")");
    return result;
}

}  // namespace cg::store
