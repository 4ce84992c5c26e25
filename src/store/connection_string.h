#pragma once
#include <optional>
#include <string>

namespace cg::store {

// Environment variable that overrides the default database location.
inline constexpr const char* kDatabaseEnvVar = "COMMONGROUND_DB";

// The database a front end should open: the explicit --db value if given,
// else $COMMONGROUND_DB, else the default SQLite file
// $XDG_DATA_HOME/commonground/commonground.db (~/.local/share/... when unset).
std::string resolveConnection(const std::optional<std::string>& explicitConnection);
std::string defaultSqlitePath();

// What a connection string names. Every way of writing one is read here and
// nowhere else, so the firm's server can be added without changing callers.
struct ConnectionTarget {
    enum class Backend { Sqlite, PostgreSql };
    Backend backend = Backend::Sqlite;
    // Sqlite: an absolute file path. PostgreSql: the connection string as given.
    std::string location;
};

// Accepts "sqlite:/path", "sqlite:///path", a plain path (relative ones are
// made absolute, a leading "~/" is the home directory) or
// "postgresql://user@host:port/dbname". Throws StoreError for anything else.
ConnectionTarget parseConnection(const std::string& connection);

}  // namespace cg::store
