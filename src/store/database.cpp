#include "store/database.h"

#include <pwd.h>
#include <unistd.h>

#include "store/connection_string.h"
#include "store/database_impl.h"
#include "store/schema_migrations.h"
#include "store/sqlite_file.h"
#include "store/store_error.h"

namespace cg::store {

namespace {

// The audit trail must name someone; when the front end gives no name, the
// login name is the truest one we have.
std::string actorOrLoginName(const std::string& actor) {
    if (!actor.empty()) return actor;
    if (const passwd* entry = getpwuid(getuid()); entry && entry->pw_name) return entry->pw_name;
    return "uid " + std::to_string(getuid());
}

}  // namespace

std::unique_ptr<Database> Database::open(const std::string& connection, const std::string& actor,
                                         OpenMode mode) {
    const ConnectionTarget target = parseConnection(connection);
    if (target.backend == ConnectionTarget::Backend::PostgreSql)
        throw StoreError(
            "PostgreSQL support is not available yet. Use an SQLite file for now: give a path, or "
            "sqlite:/path/to/file.db.");
    prepareSqliteFile(target.location, mode);
    auto impl = std::make_unique<Impl>(target.location, actorOrLoginName(actor));
    impl->connect();
    return std::unique_ptr<Database>(new Database(std::move(impl)));
}

Database::Database(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

Database::~Database() = default;

int Database::currentSchemaVersion() { return latestSchemaVersion(); }

int Database::schemaVersion() const { return m_impl->schemaVersion(); }

const std::string& Database::actor() const { return m_impl->actor(); }

std::string Database::describe() const { return m_impl->describe(); }

std::vector<std::string> Database::check() {
    return m_impl->guarded("check " + describe(), [](soci::session& sql) {
        std::vector<std::string> problems;
        std::string line;
        soci::statement integrity = (sql.prepare << "PRAGMA integrity_check", soci::into(line));
        integrity.execute();
        while (integrity.fetch())
            if (line != "ok") problems.push_back("damaged: " + line);

        std::string table, parent;
        long long rowId = 0;
        soci::indicator rowIdIndicator = soci::i_null;
        int keyNo = 0;
        soci::statement foreignKeys =
            (sql.prepare << "PRAGMA foreign_key_check", soci::into(table),
             soci::into(rowId, rowIdIndicator), soci::into(parent), soci::into(keyNo));
        foreignKeys.execute();
        while (foreignKeys.fetch()) {
            const std::string row =
                rowIdIndicator == soci::i_ok ? " row " + std::to_string(rowId) : " a row";
            problems.push_back("broken link: " + table + row + " refers to a missing row of " +
                               parent);
        }
        return problems;
    });
}

}  // namespace cg::store
