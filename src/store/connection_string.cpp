#include "store/connection_string.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "store/server_address.h"
#include "store/store_error.h"

namespace cg::store {

namespace {

std::string environment(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

std::string homeDirectory() {
    std::string home = environment("HOME");
    if (home.empty())
        if (const passwd* entry = getpwuid(getuid()); entry && entry->pw_dir) home = entry->pw_dir;
    if (home.empty())
        throw StoreError(
            "cannot find your home directory to keep the case database in; set HOME, or name a "
            "database with --db or $" +
            std::string(kDatabaseEnvVar));
    return home;
}

bool startsWith(const std::string& text, std::string_view prefix) {
    return text.rfind(prefix, 0) == 0;
}

// "mysql://..." names a scheme; "C:/x" or "./a:b" do not (the part before
// "://" must be letters, digits, '+', '-' or '.').
std::string schemeOf(const std::string& connection) {
    const auto end = connection.find("://");
    if (end == std::string::npos || end == 0) return "";
    for (std::size_t i = 0; i < end; ++i) {
        const char c = connection[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
        if (!ok) return "";
    }
    return connection.substr(0, end);
}

std::string absoluteFilePath(std::string path) {
    if (path == "~" || startsWith(path, "~/")) path = homeDirectory() + path.substr(1);
    return std::filesystem::absolute(path).lexically_normal().string();
}

}  // namespace

std::string defaultSqlitePath() {
    // XDG Base Directory Specification: a relative $XDG_DATA_HOME is invalid
    // and must be ignored.
    std::string dataHome = environment("XDG_DATA_HOME");
    if (dataHome.empty() || dataHome.front() != '/') dataHome = homeDirectory() + "/.local/share";
    return (std::filesystem::path(dataHome) / "commonground" / "commonground.db").string();
}

std::string resolveConnection(const std::optional<std::string>& explicitConnection) {
    if (explicitConnection && !explicitConnection->empty()) return *explicitConnection;
    if (std::string fromEnvironment = environment(kDatabaseEnvVar); !fromEnvironment.empty())
        return fromEnvironment;
    return defaultSqlitePath();
}

ConnectionTarget parseConnection(const std::string& connection) {
    if (connection.empty())
        throw StoreError("no database was named; give a file path or sqlite:/path/to/file.db");
    const std::string scheme = schemeOf(connection);
    if (scheme == "postgresql" || scheme == "postgres") {
        ServerAddress server = parseServerUrl(connection);
        std::string location = "postgresql://" + server.display();
        return {ConnectionTarget::Backend::PostgreSql, std::move(location), std::move(server)};
    }
    if (!scheme.empty() && scheme != "sqlite")
        throw StoreError("'" + connection + "' names a " + scheme +
                         " database, which CommonGround does not support; give an SQLite file "
                         "path (or sqlite:/path/to/file.db) or a PostgreSQL server "
                         "(postgresql://user@host:port/dbname)");

    std::string path = connection;
    if (startsWith(path, "sqlite:")) {
        path = path.substr(std::string_view("sqlite:").size());
        // sqlite:///abs/file.db is the URL spelling of sqlite:/abs/file.db.
        if (startsWith(path, "//")) path = path.substr(2);
    }
    if (path.empty())
        throw StoreError("'" + connection + "' names no file; write it as sqlite:/path/to/file.db");
    return {ConnectionTarget::Backend::Sqlite, absoluteFilePath(path), {}};
}

}  // namespace cg::store
