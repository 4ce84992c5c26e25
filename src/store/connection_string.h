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

// A firm's PostgreSQL server as a postgresql:// URL names it. Parts left out
// are left to libpq, which then uses its own defaults and environment
// (PGUSER, PGPASSWORD, ~/.pgpass...); the password is only ever handed to
// libpq, never shown or written anywhere.
struct ServerAddress {
    std::string user;      // "" = libpq's default (PGUSER, else the login name)
    std::string password;  // "" = libpq asks PGPASSWORD or ~/.pgpass
    std::string host;      // "" = libpq's default (PGHOST, else the local socket)
    int port = 0;          // 0 = libpq's default (PGPORT, else 5432)
    std::string database;  // "" = libpq's default (PGDATABASE, else the user name)
    std::string sslMode;   // ?sslmode=require ...; "" = libpq's default

    // "ingrid@db.example:5432/cases": for messages, without the password.
    std::string display() const;
    // "db.example:5432", with libpq's defaults filled in.
    std::string hostAndPort() const;
    // The libpq keyword=value string, password included.
    std::string libpqConnectString() const;
};

// What a connection string names. Every way of writing one is read here and
// nowhere else.
struct ConnectionTarget {
    enum class Backend { Sqlite, PostgreSql };
    Backend backend = Backend::Sqlite;
    // Sqlite: an absolute file path. PostgreSql: the URL without its
    // password, as messages show it.
    std::string location;
    ServerAddress server;  // PostgreSql only
};

// Accepts "sqlite:/path", "sqlite:///path", a plain path (relative ones are
// made absolute, a leading "~/" is the home directory) or
// "postgresql://user[:password]@host[:port]/dbname[?sslmode=...]" (also
// "postgres://"; user, password and database name may be %-encoded).
// Throws StoreError for anything else.
ConnectionTarget parseConnection(const std::string& connection);

}  // namespace cg::store
