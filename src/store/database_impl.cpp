#include "store/database_impl.h"

#include <soci/sqlite3/soci-sqlite3.h>

#include "store/schema_migrations.h"
#include "store/schema_migrator.h"
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

Database::Impl::Impl(std::string path, std::string actor)
    : m_dialect(&sqliteDialect()), m_path(std::move(path)), m_actor(std::move(actor)) {}

void Database::Impl::setPragmas() {
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
}

void Database::Impl::connect() {
    guarded("open the case database", [&](soci::session& sql) {
        sql.open(soci::sqlite3, sociConnectString(m_path));
        setPragmas();
        // Look at the version before anything writes to the file: a file from
        // a newer CommonGround must be left exactly as it is.
        int version = readSchemaVersion(sql, *m_dialect, m_path);
        const int latest = latestSchemaVersion();
        if (version > latest)
            throw StoreError(m_path + " was written by a newer CommonGround (schema version " +
                             std::to_string(version) + "; this one reads up to " +
                             std::to_string(latest) + "). Update CommonGround to open it.");
        // Write-ahead logging: readers never wait for the writer, and a crash
        // mid-write leaves the last commit intact.
        std::string journalMode;
        sql << "PRAGMA journal_mode = WAL", soci::into(journalMode);
        if (journalMode != "wal")
            throw StoreError(
                "SQLite could not use write-ahead logging for " + m_path + " (it stays in '" +
                journalMode +
                "' mode), which happens on network shares. Keep the database on a local disk.");
        if (version < latest) {
            const std::string step = version == 0
                                         ? "create the tables of a new case database in " + m_path
                                         : "upgrade " + m_path + " from schema version " +
                                               std::to_string(version) + " to " +
                                               std::to_string(latest) + " (nothing was changed)";
            version = guarded(
                step, [&](soci::session&) { return migrateSchema(sql, *m_dialect, m_path); });
        }
        m_schemaVersion = version;
    });
}

}  // namespace cg::store
