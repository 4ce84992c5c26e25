// The store suite's runner. `--engine=postgresql` runs the same tests on a
// throw-away PostgreSQL server started here for the run and stopped when it
// ends, passed or failed (see test_engine.h).
#define BOOST_TEST_MODULE CommonGround store
#define BOOST_TEST_NO_MAIN
#include <signal.h>

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "support/throwaway_postgres.h"
#include "test_engine.h"

namespace {

// CTest's SKIP_RETURN_CODE for this test (tests/store/CMakeLists.txt).
constexpr int kSkipped = 77;

bool runningInCi() {
    const char* ci = std::getenv("CI");
    return ci && *ci && std::strcmp(ci, "false") != 0 && std::strcmp(ci, "0") != 0;
}

// Interrupted (Ctrl-C, a CI job cancelled), the run must not leave the
// server behind: SIGQUIT is PostgreSQL's immediate shutdown, and kill() is
// safe in a signal handler. Its temporary directory is left for the system
// to clean. (A crash inside a test is caught by Boost.Test, and main's
// normal exit stops the server and removes everything.)
volatile sig_atomic_t g_serverProcess = 0;

extern "C" void stopServerAndDie(int signalNumber) {
    if (g_serverProcess > 0) ::kill(static_cast<pid_t>(g_serverProcess), SIGQUIT);
    ::signal(signalNumber, SIG_DFL);
    ::raise(signalNumber);
}

int runTests(std::vector<char*>& args) {
    return boost::unit_test::unit_test_main(&init_unit_test, static_cast<int>(args.size()),
                                            args.data());
}

}  // namespace

int main(int argc, char* argv[]) {
    using cg::testing::Engine;
    Engine engine = Engine::Sqlite;
    std::vector<char*> args;
    for (int i = 0; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--engine=postgresql")
            engine = Engine::PostgreSql;
        else if (arg == "--engine=sqlite")
            engine = Engine::Sqlite;
        else if (arg.rfind("--engine=", 0) == 0) {
            std::cerr << "unknown engine in " << arg << "; use --engine=sqlite or postgresql\n";
            return 2;
        } else
            args.push_back(argv[i]);
    }
    if (engine == Engine::Sqlite) return runTests(args);

    const auto binaries = cg::testing::findPostgresBinaries();
    if (!binaries) {
        const std::string why =
            "PostgreSQL is not installed (no initdb and pg_ctl in /usr/lib/postgresql/*/bin or on "
            "the PATH), so the store suite cannot run against it. Install Debian's postgresql "
            "package (scripts/install-deps.sh does), or set CG_POSTGRES_BINDIR.";
        // In CI a missing server is a broken setup, not a reason to pass.
        if (runningInCi()) {
            std::cerr << "FAILED: " << why << "\n";
            return 1;
        }
        std::cerr << "SKIPPED: " << why << "\n";
        return kSkipped;
    }
    try {
        cg::testing::ThrowawayPostgres server(*binaries);
        std::cout << "Store suite on a throw-away PostgreSQL server at 127.0.0.1:" << server.port()
                  << " (" << binaries->string() << ")\n";
        cg::testing::setEngineUnderTest(Engine::PostgreSql, &server);
        g_serverProcess = server.serverProcess();
        for (int signalNumber : {SIGINT, SIGTERM, SIGHUP}) ::signal(signalNumber, stopServerAndDie);
        return runTests(args);
    } catch (const std::exception& error) {
        std::cerr << "FAILED: cannot start the PostgreSQL test server: " << error.what() << "\n";
        return 1;
    }
}
