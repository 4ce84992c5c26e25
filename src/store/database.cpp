#include "store/database.h"

#include <pwd.h>
#include <unistd.h>

#include "store/audit_chain.h"
#include "store/connection_string.h"
#include "store/database_check.h"
#include "store/database_impl.h"
#include "store/exhibit_content_rules.h"
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
    ConnectionTarget target = parseConnection(connection);
    // A server database is created by its administrator (CREATE DATABASE),
    // not by us; MustExist then means it must already hold our tables.
    if (target.backend == ConnectionTarget::Backend::Sqlite)
        prepareSqliteFile(target.location, mode);
    auto impl = std::make_unique<Impl>(std::move(target), actorOrLoginName(actor));
    impl->connect(mode);
    return std::unique_ptr<Database>(new Database(std::move(impl)));
}

Database::Database(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

Database::~Database() = default;

int Database::currentSchemaVersion() { return latestSchemaVersion(); }

int Database::schemaVersion() const { return m_impl->schemaVersion(); }

const std::string& Database::actor() const { return m_impl->actor(); }

std::string Database::describe() const { return m_impl->describe(); }

std::vector<std::string> Database::check() {
    return m_impl->guarded("check " + describe(), [&](soci::session& sql) {
        std::vector<std::string> problems =
            m_impl->onServer() ? checkPostgresqlDatabase(sql) : checkSqliteFile(sql);
        for (std::string& problem : checkAuditChain(sql)) problems.push_back(std::move(problem));
        for (std::string& problem : checkExhibitContentRows(sql))
            problems.push_back(std::move(problem));
        return problems;
    });
}

}  // namespace cg::store
