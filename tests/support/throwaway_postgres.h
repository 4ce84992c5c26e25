#pragma once
// A real PostgreSQL server of our own for one test run: a fresh cluster
// (initdb) in a temporary directory, listening on a free port of 127.0.0.1
// only, with its sockets in that directory; stopped and removed when the
// object goes away, whatever the tests did. initdb and the server refuse
// to run as root, so as root (CI) they run as the unprivileged user
// "nobody", who then owns the directory.
#include <filesystem>
#include <optional>
#include <string>

namespace cg::testing {

// Where initdb and pg_ctl are: $CG_POSTGRES_BINDIR, else the newest
// /usr/lib/postgresql/<version>/bin (Debian keeps them off the PATH), else
// the PATH. Empty when PostgreSQL is not installed.
std::optional<std::filesystem::path> findPostgresBinaries();

class ThrowawayPostgres {
public:
    // Throws std::runtime_error with the server's own log when it cannot
    // start.
    explicit ThrowawayPostgres(const std::filesystem::path& binaries);
    ~ThrowawayPostgres();
    ThrowawayPostgres(const ThrowawayPostgres&) = delete;
    ThrowawayPostgres& operator=(const ThrowawayPostgres&) = delete;

    int port() const { return m_port; }
    // The server's main process, for a signal handler that must stop it
    // without running any code that is not async-signal-safe.
    int serverProcess() const { return m_serverProcess; }
    const std::string& user() const { return m_user; }
    const std::string& password() const { return m_password; }

    // A new, empty database on the server; its name.
    std::string createDatabase();
    // "postgresql://user:password@127.0.0.1:port/database"
    std::string url(const std::string& database) const;
    // libpq keyword=value string for a direct connection to `database`.
    std::string libpqString(const std::string& database) const;

private:
    std::string runAsServerUser(const std::string& program, const std::string& arguments);
    void start();

    std::filesystem::path m_binaries;
    std::filesystem::path m_dir;
    std::string m_user = "cg_test";
    std::string m_password;
    int m_port = 0;
    int m_databases = 0;
    int m_serverProcess = 0;
    bool m_started = false;
    bool m_asNobody = false;
};

}  // namespace cg::testing
