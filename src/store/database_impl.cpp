#include "store/database_impl.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <filesystem>

#include "store/database_backup.h"
#include "store/schema_migrations.h"
#include "store/schema_migrator.h"
#include "store/sqlite_backup.h"
#include "store/store_error.h"

namespace cg::store {

namespace {

// How long a write waits for another program's write to finish before it
// gives up with "locked". Edits are small, so five seconds is long enough
// for the other side and short enough for a person waiting.
constexpr int kBusyTimeoutMs = 5000;

// SOCI's SQLite backend reads "key=value" options when the string contains
// '='; a path without one is passed through as it is. A path with '=' must
// be quoted, and SOCI has no escape for a quote inside the quotes.
std::string sociConnectString(const std::string& path) {
    if (path.find('=') == std::string::npos) return path;
    if (path.find('"') != std::string::npos)
        throw StoreError("CommonGround cannot open " + path +
                         ": its name contains both '=' and '\"'. Rename the file or its folder.");
    return "db=\"" + path + "\"";
}

}  // namespace

Database::Impl::Impl(ConnectionTarget target, std::string actor)
    : m_target(std::move(target)),
      m_dialect(onServer() ? &postgresqlDialect() : &sqliteDialect()),
      m_actor(std::move(actor)) {}

std::string Database::Impl::describe() const {
    return onServer() ? "PostgreSQL database " + m_target.location
                      : "SQLite file " + m_target.location;
}

sqlite3* Database::Impl::sqliteHandle() {
    // SOCI's SQLite backend declares SQLite's API inside its own namespace;
    // the connection is the same C object.
    auto* backend = static_cast<soci::sqlite3_session_backend*>(m_sql.get_backend());
    return reinterpret_cast<sqlite3*>(backend->conn_);
}

ErrorContext Database::Impl::context(const std::string& doing, bool reading) const {
    ErrorContext errorContext{doing, m_target.location, reading};
    if (onServer()) errorContext.server = &m_target.server;
    return errorContext;
}

bool Database::Impl::connectionLost() {
    return onServer() && m_sql.get_backend() != nullptr && !m_sql.is_connected();
}

void Database::Impl::reconnectIfLost() {
    if (!connectionLost()) return;
    m_sql.reconnect();
    startPostgresqlSession();
}

void Database::Impl::openPostgresql() {
    m_sql.open(soci::postgresql, m_target.server.libpqConnectString());
    startPostgresqlSession();
}

void Database::Impl::startPostgresqlSession() {
    // The server's notices ("relation already exists, skipping") would go to
    // the terminal; errors still arrive as exceptions.
    m_sql << "SET client_min_messages = warning";
    // As long as SQLite's busy timeout: a writer to the same case waits this
    // long for the other mediator's action to commit, then is told.
    m_sql << "SET lock_timeout = '" + std::to_string(kBusyTimeoutMs) + "ms'";
}

void Database::Impl::openSqlite() {
    m_sql.open(soci::sqlite3, sociConnectString(m_target.location));
    // SQLite leaves foreign keys off unless each connection asks; the
    // composite keys are what keep a link inside its case.
    m_sql << "PRAGMA foreign_keys = ON";
    int foreignKeys = 0;
    m_sql << "PRAGMA foreign_keys", soci::into(foreignKeys);
    if (foreignKeys != 1)
        throw StoreError(
            "This SQLite library cannot enforce foreign keys, which CommonGround relies on to "
            "keep records consistent. Install a standard build of SQLite 3.");
    m_sql << "PRAGMA busy_timeout = " + std::to_string(kBusyTimeoutMs);
    // FULL rather than NORMAL: in WAL mode NORMAL may lose the last committed
    // edits on a power cut (it syncs only at checkpoints). FULL syncs every
    // commit; one fsync per user action goes unnoticed by a person typing, and
    // an import is a single commit.
    m_sql << "PRAGMA synchronous = FULL";
    // Deleted content is overwritten with zeros rather than left in free
    // pages, so a purged case (CaseRepository::purge) or an edited-away
    // note cannot be read back from the file's bytes. It costs a write of
    // the freed bytes, which deletions are rare enough to afford.
    m_sql << "PRAGMA secure_delete = ON";
}

void Database::Impl::useWriteAheadLog() {
    // Write-ahead logging: readers never wait for the writer, and a crash
    // mid-write leaves the last commit intact.
    std::string journalMode;
    m_sql << "PRAGMA journal_mode = WAL", soci::into(journalMode);
    if (journalMode != "wal")
        throw StoreError(
            "SQLite could not use write-ahead logging for " + m_target.location +
            " (it stays in '" + journalMode +
            "' mode), which happens on network shares. Keep the database on a local disk.");
}

void Database::Impl::connect(Database::OpenMode mode) {
    guarded("open the case database", [&](soci::session& sql) {
        if (onServer())
            openPostgresql();
        else
            openSqlite();
        const std::string& where = m_target.location;
        // Look at the version before anything writes to the file: a file from
        // a newer CommonGround must be left exactly as it is.
        int version = readSchemaVersion(sql, *m_dialect, where);
        const int latest = latestSchemaVersion();
        if (version > latest)
            throw StoreError(where + " was written by a newer CommonGround (schema version " +
                             std::to_string(version) + "; this one reads up to " +
                             std::to_string(latest) + "). Update CommonGround to open it.");
        if (version == 0 && onServer() && mode == Database::OpenMode::MustExist)
            throw StoreError("The database " + where +
                             " holds no CommonGround tables yet. Run `commonground-cli init` with "
                             "this --db to create them, or check the database name.");
        if (!onServer()) useWriteAheadLog();
        if (version < latest) {
            const std::string step = version == 0
                                         ? "create the tables of a new case database in " + where
                                         : "upgrade " + where + " from schema version " +
                                               std::to_string(version) + " to " +
                                               std::to_string(latest) + " (nothing was changed)";
            // The file as the older CommonGround left it, in case the upgraded
            // one is not what its mediator expected. A server's administrator
            // takes their own backups (kPostgreSqlBackupAdvice).
            // Another CommonGround opening the file in the same second has
            // just made the same backup.
            const std::string backup =
                backupPathBeside(where, "schema-v" + std::to_string(version));
            if (version > 0 && !onServer() && !std::filesystem::exists(backup))
                copySqliteDatabaseTo(sqliteHandle(), backup);
            version = guarded(
                step, [&](soci::session&) { return migrateSchema(sql, *m_dialect, where); });
        }
        m_schemaVersion = version;
    });
}

}  // namespace cg::store
