#include "cli/command_context.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>

#include "store/connection_string.h"

namespace cg::cli {

CommandContext::CommandContext(std::optional<std::string> dbOption, std::ostream& out, std::ostream& err)
    : m_dbOption(std::move(dbOption)), m_out(out), m_err(err) {}

CommandContext::~CommandContext() = default;

std::string CommandContext::connection() const { return store::resolveConnection(m_dbOption); }

store::Database& CommandContext::database() {
    if (!m_database)
        m_database = store::Database::open(connection(), currentUser(), store::Database::OpenMode::MustExist);
    return *m_database;
}

store::Database& CommandContext::createDatabase() {
    if (!m_database)
        m_database = store::Database::open(connection(), currentUser(), store::Database::OpenMode::CreateIfMissing);
    return *m_database;
}

std::string CommandContext::currentUser() {
    if (const char* actor = std::getenv("COMMONGROUND_USER"); actor && *actor) return actor;
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name) return pw->pw_name;
    if (const char* user = std::getenv("USER"); user && *user) return user;
    return "unknown";
}

}  // namespace cg::cli
