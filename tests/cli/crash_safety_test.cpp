// Crash safety: a child process adds parties in a loop, one transaction each,
// and reports each commit on a pipe; it is killed with SIGKILL at random
// moments, many times, on the same database. After each kill the database
// passes `check` (integrity, links, audit chain), every edit reported
// committed is there, and no edit is there by half.
//
// The seed is printed; CG_CRASH_SEED=N replays a run.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "cli_fixture.h"

extern char** environ;

using namespace cg::testing;

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kRounds = 25;
constexpr int kShortestLifeMs = 5;
constexpr int kLongestLifeMs = 80;
// The whole test stays well under a minute even on a slow, shared machine.
constexpr auto kTimeBudget = std::chrono::seconds(40);

unsigned chooseSeed() {
    if (const char* fixed = std::getenv("CG_CRASH_SEED")) return static_cast<unsigned>(std::stoul(fixed));
    return std::random_device{}();
}

// What one child wrote before it was killed.
struct ChildRun {
    std::string output;
    int status = 0;
};

// Starts the edit loop with its standard output on a pipe, lets it run for
// `life`, kills it with SIGKILL, reads what it wrote and reaps it.
ChildRun runAndKill(const std::string& db, const std::string& ref, std::chrono::milliseconds life) {
    int fds[2];
    BOOST_REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    std::vector<std::string> args = {CG_EDIT_LOOP_PATH, db, ref};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int spawned = ::posix_spawn(&pid, CG_EDIT_LOOP_PATH, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (spawned != 0) ::close(fds[0]);
    BOOST_REQUIRE_MESSAGE(spawned == 0, "cannot start " << CG_EDIT_LOOP_PATH);

    ChildRun run;
    char buffer[4096];
    // Read while it runs, so it never waits on a full pipe.
    const auto killAt = Clock::now() + life;
    bool open = true;
    while (open) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(killAt - Clock::now()).count();
        if (left <= 0) break;
        pollfd p{fds[0], POLLIN, 0};
        const int ready = ::poll(&p, 1, static_cast<int>(left));
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) continue;
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n > 0)
            run.output.append(buffer, static_cast<std::size_t>(n));
        else if (n == 0 || errno != EINTR)
            open = false;  // it ended by itself: the status below says how
    }
    ::kill(pid, SIGKILL);
    // The rest of what it wrote, up to the end the kill brings.
    for (;;) {
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n > 0)
            run.output.append(buffer, static_cast<std::size_t>(n));
        else if (n == 0 || errno != EINTR)
            break;
    }
    ::close(fds[0]);
    while (::waitpid(pid, &run.status, 0) < 0 && errno == EINTR) {
    }
    return run;
}

// The committed edits a child reported: whole lines only (a line cut short
// by the kill reports nothing for sure).
std::vector<int> reportedCommits(const std::string& output) {
    std::vector<int> numbers;
    std::size_t start = 0;
    for (std::size_t end; (end = output.find('\n', start)) != std::string::npos; start = end + 1)
        numbers.push_back(std::stoi(output.substr(start, end - start)));
    return numbers;
}

// What is stored, read back through the store API by the child program's
// --verify mode.
struct Stored {
    std::map<long, std::string> parties;             // no -> name
    std::map<long, int> partyCreates;                // no -> audit "create" entries
    int otherPartyEntries = 0;                       // party entries that are not "create"
};

Stored readStored(const std::string& db, const std::string& ref) {
    const auto r = runProcess({CG_EDIT_LOOP_PATH, "--verify", db, ref});
    BOOST_REQUIRE_MESSAGE(r.exitCode == 0, "reading the database back failed: " << r.err);
    Stored stored;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
        std::istringstream words(line);
        std::string what;
        long no = 0;
        words >> what;
        if (what == "party") {
            words >> no;
            std::string name;
            std::getline(words >> std::ws, name);
            stored.parties[no] = name;
        } else if (what == "audit") {
            std::string kind, action;
            words >> kind >> no >> action;
            if (kind != "party") continue;
            if (action == "create")
                ++stored.partyCreates[no];
            else
                ++stored.otherPartyEntries;
        }
    }
    return stored;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(CrashSafety, CliFixture)

BOOST_AUTO_TEST_CASE(anEditorKilledAtRandomMomentsLosesNoReportedEditAndLeavesNoHalfEdit) {
    const std::string ref = "CG-2026-0001";
    BOOST_REQUIRE(cli({"init"}).exitCode == 0);
    BOOST_REQUIRE(cli({"case", "new", "--title", "Crash safety", "--opened-on", "2026-01-10"}).exitCode == 0);

    const unsigned seed = chooseSeed();
    std::cout << "crash-safety test: seed " << seed << " (CG_CRASH_SEED=" << seed << " replays it)" << std::endl;
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> lifeMs(kShortestLifeMs, kLongestLifeMs);

    const auto started = Clock::now();
    int stored = 0;  // parties in the database: "Party 1" … "Party <stored>"
    int rounds = 0, reportedTotal = 0, unreportedCommits = 0, roundsWithoutCommit = 0;
    for (; rounds < kRounds && Clock::now() - started < kTimeBudget; ++rounds) {
        const auto life = std::chrono::milliseconds(lifeMs(random));
        BOOST_TEST_CONTEXT("seed " << seed << ", round " << rounds + 1 << ", killed after " << life.count() << " ms") {
            const ChildRun run = runAndKill(db, ref, life);
            BOOST_REQUIRE_MESSAGE(WIFSIGNALED(run.status) && WTERMSIG(run.status) == SIGKILL,
                                  "the edit loop ended before it was killed (status " << run.status << ")");

            // It reports the parties it added, in order, after those already there.
            const std::vector<int> reported = reportedCommits(run.output);
            for (std::size_t i = 0; i < reported.size(); ++i)
                BOOST_REQUIRE_EQUAL(reported[i], stored + 1 + static_cast<int>(i));
            const int lastReported = stored + static_cast<int>(reported.size());

            const auto check = cli({"check"});
            BOOST_REQUIRE_MESSAGE(check.exitCode == 0, "check failed: " << check.err);
            BOOST_REQUIRE_EQUAL(check.out,
                                "OK: SQLite file " + db + " passed the integrity, link and audit-trail checks.\n");

            const Stored now = readStored(db, ref);
            const int count = static_cast<int>(now.parties.size());
            // Every reported edit is there; at most one more, committed in the
            // moment between its commit and its report.
            BOOST_REQUIRE_GE(count, lastReported);
            BOOST_REQUIRE_LE(count, lastReported + 1);
            int expectedNo = 1;
            for (const auto& [no, name] : now.parties) {
                BOOST_REQUIRE_EQUAL(no, expectedNo);
                BOOST_REQUIRE_EQUAL(name, "Party " + std::to_string(no));
                ++expectedNo;
            }
            // No half-written edit: one "create" audit entry per party there,
            // none for a party that is not.
            BOOST_REQUIRE_EQUAL(static_cast<int>(now.partyCreates.size()), count);
            for (const auto& [no, creates] : now.partyCreates) {
                BOOST_REQUIRE_MESSAGE(now.parties.count(no) == 1, "audit entry for missing party " << no);
                BOOST_REQUIRE_EQUAL(creates, 1);
            }
            BOOST_REQUIRE_EQUAL(now.otherPartyEntries, 0);

            reportedTotal += static_cast<int>(reported.size());
            unreportedCommits += count - lastReported;
            if (count == stored) ++roundsWithoutCommit;
            stored = count;
        }
    }
    const auto seconds = std::chrono::duration<double>(Clock::now() - started).count();
    std::cout << "crash-safety test: " << rounds << " kills in " << seconds << " s; " << stored
              << " parties committed (" << reportedTotal << " reported, " << unreportedCommits
              << " committed but killed before reporting); " << roundsWithoutCommit
              << " kills before the first commit" << std::endl;
    BOOST_TEST(rounds >= 10);
    BOOST_TEST(stored > 0, "no edit was ever committed: the kills came too early to test anything");

    // The same, as a mediator sees it.
    const auto list = cli({"party", "list", ref});
    BOOST_TEST(list.exitCode == 0);
    if (stored > 0) BOOST_TEST(contains(list.out, "Party " + std::to_string(stored)));
    BOOST_TEST(!contains(list.out, "Party " + std::to_string(stored + 1)));
}

BOOST_AUTO_TEST_SUITE_END()
