#include "support/throwaway_postgres.h"

#include <arpa/inet.h>
#include <libpq-fe.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <stdexcept>
#include <system_error>

#include "support/process.h"

namespace cg::testing {

namespace {

namespace fs = std::filesystem;

// Asks the kernel for a port nobody listens on. Another program could take
// it before the server binds it; start() then tries another.
int freeLoopbackPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) throw std::runtime_error("cannot open a socket to find a free port");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
                    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0;
    ::close(fd);
    if (!ok) throw std::runtime_error("cannot find a free port on 127.0.0.1");
    return ntohs(address.sin_port);
}

std::string randomPassword() {
    std::random_device random;
    std::string password;
    for (int i = 0; i < 24; ++i) password += "abcdefghijkmnpqrstuvwxyz23456789"[random() % 32];
    return password;
}

std::string tail(const std::string& text, std::size_t lines) {
    std::size_t pos = text.size();
    for (std::size_t i = 0; i <= lines && pos > 0; ++i) pos = text.rfind('\n', pos - 1);
    return pos == std::string::npos ? text : text.substr(pos + 1);
}

}  // namespace

std::optional<fs::path> findPostgresBinaries() {
    if (const char* dir = std::getenv("CG_POSTGRES_BINDIR"); dir && *dir)
        return fs::exists(fs::path(dir) / "pg_ctl") ? std::optional<fs::path>(dir) : std::nullopt;
    std::optional<fs::path> newest;
    int newestVersion = 0;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", error)) {
        const fs::path bin = entry.path() / "bin";
        const int version = std::atoi(entry.path().filename().c_str());
        if (fs::exists(bin / "pg_ctl") && fs::exists(bin / "initdb") && version > newestVersion) {
            newest = bin;
            newestVersion = version;
        }
    }
    if (newest) return newest;
    if (const char* path = std::getenv("PATH")) {
        std::string dirs = path;
        for (std::size_t start = 0; start <= dirs.size();) {
            const std::size_t end = std::min(dirs.find(':', start), dirs.size());
            const fs::path dir = dirs.substr(start, end - start);
            if (!dir.empty() && fs::exists(dir / "pg_ctl") && fs::exists(dir / "initdb"))
                return dir;
            start = end + 1;
        }
    }
    return std::nullopt;
}

ThrowawayPostgres::ThrowawayPostgres(const fs::path& binaries)
    : m_binaries(binaries), m_password(randomPassword()), m_asNobody(::geteuid() == 0) {
    std::string pattern = (fs::temp_directory_path() / "cg-postgres-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
        throw std::runtime_error("cannot create a temporary directory for the test server");
    m_dir = pattern;
    try {
        if (m_asNobody) {
            const passwd* nobody = ::getpwnam("nobody");
            if (!nobody)
                throw std::runtime_error(
                    "running as root, the test server must run as the user 'nobody', which does "
                    "not exist here");
            if (::chown(m_dir.c_str(), nobody->pw_uid, nobody->pw_gid) != 0)
                throw std::runtime_error("cannot hand " + m_dir.string() + " to the user nobody");
        }
        { std::ofstream(m_dir / "password") << m_password << "\n"; }
        if (m_asNobody) {
            const passwd* nobody = ::getpwnam("nobody");
            if (::chown((m_dir / "password").c_str(), nobody->pw_uid, nobody->pw_gid) != 0)
                throw std::runtime_error("cannot hand the password file to the user nobody");
        }
        // Passwords over TCP, as a firm's server would ask; trust on the
        // private socket. C locale: text sorts by bytes, as in SQLite.
        runAsServerUser("initdb", "-D " + shellQuote((m_dir / "data").string()) + " -U " + m_user +
                                      " --pwfile=" + shellQuote((m_dir / "password").string()) +
                                      " --auth-host=scram-sha-256 --auth-local=trust -E UTF8 "
                                      "--no-locale --no-sync");
        fs::remove(m_dir / "password");
        start();
    } catch (...) {
        std::error_code ignored;
        fs::remove_all(m_dir, ignored);
        throw;
    }
}

void ThrowawayPostgres::start() {
    // fsync off: the cluster is thrown away, and the tests are about our
    // SQL, not about the server's durability.
    for (int attempt = 1;; ++attempt) {
        m_port = freeLoopbackPort();
        const std::string options =
            "-p " + std::to_string(m_port) +
            " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + m_dir.string() +
            " -c fsync=off -c synchronous_commit=off -c "
            "full_page_writes=off -c max_connections=60";
        try {
            runAsServerUser("pg_ctl", "-D " + shellQuote((m_dir / "data").string()) + " -l " +
                                          shellQuote((m_dir / "server.log").string()) +
                                          " -w -t 60 -o " + shellQuote(options) + " start");
            m_started = true;
            // postmaster.pid's first line is the server's process id.
            std::ifstream(m_dir / "data" / "postmaster.pid") >> m_serverProcess;
            return;
        } catch (const std::runtime_error& error) {
            if (attempt == 3)
                throw std::runtime_error(std::string(error.what()) + "\nserver log:\n" +
                                         tail(readBytes((m_dir / "server.log").string()), 20));
        }
    }
}

ThrowawayPostgres::~ThrowawayPostgres() {
    if (m_started) {
        try {
            runAsServerUser(
                "pg_ctl", "-D " + shellQuote((m_dir / "data").string()) + " -m immediate -w stop");
        } catch (...) {
            // Removing its directory below is all that is left to do.
        }
    }
    std::error_code ignored;
    fs::remove_all(m_dir, ignored);
}

std::string ThrowawayPostgres::runAsServerUser(const std::string& program,
                                               const std::string& arguments) {
    // runuser rather than su or sudo: no password, no PAM session, and it is
    // part of util-linux, which every Debian system has.
    const std::string asUser = m_asNobody ? "runuser -u nobody -- " : "";
    const ProcessResult result = runProcess(
        {"sh", "-c",
         "cd / && " + asUser + shellQuote((m_binaries / program).string()) + " " + arguments});
    if (result.exitCode != 0)
        throw std::runtime_error(program + " failed (exit code " + std::to_string(result.exitCode) +
                                 "): " + tail(result.err, 10) + tail(result.out, 5));
    return result.out;
}

std::string ThrowawayPostgres::libpqString(const std::string& database) const {
    return "host=127.0.0.1 port=" + std::to_string(m_port) + " user=" + m_user +
           " password=" + m_password + " dbname=" + database;
}

std::string ThrowawayPostgres::url(const std::string& database) const {
    return "postgresql://" + m_user + ":" + m_password + "@127.0.0.1:" + std::to_string(m_port) +
           "/" + database;
}

std::string ThrowawayPostgres::createDatabase() {
    const std::string name = "cg_test_" + std::to_string(++m_databases);
    PGconn* connection = PQconnectdb(libpqString("postgres").c_str());
    std::string error;
    if (PQstatus(connection) != CONNECTION_OK) {
        error = PQerrorMessage(connection);
    } else {
        PGresult* result = PQexec(connection, ("CREATE DATABASE " + name).c_str());
        if (PQresultStatus(result) != PGRES_COMMAND_OK) error = PQerrorMessage(connection);
        PQclear(result);
    }
    PQfinish(connection);
    if (!error.empty())
        throw std::runtime_error("cannot create the test database " + name + ": " + error);
    return name;
}

}  // namespace cg::testing
