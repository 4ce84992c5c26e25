// The bench command's figures (a small synthetic case, so the test stays
// quick; the budgets are for the full-size case and are not checked here).
#include <boost/test/unit_test.hpp>

#include "cli_fixture.h"

using cg::testing::CliFixture;
using cg::testing::contains;

namespace {

const std::vector<std::string> kSmallCase = {"bench",    "--parties", "2",    "--interests", "20",
                                             "--clauses", "5",        "--facts", "10",       "--claims",
                                             "5",        "--runs",    "1"};

std::vector<std::string> smallCaseWith(std::vector<std::string> more) {
    std::vector<std::string> args = kSmallCase;
    args.insert(args.end(), more.begin(), more.end());
    return args;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(BenchCommand, CliFixture)

BOOST_AUTO_TEST_CASE(printsImportLoadExportAndViewFiguresForTheSyntheticCase) {
    const auto result = cliWithoutDb(kSmallCase);
    BOOST_TEST(result.exitCode == 0, result.err);
    BOOST_TEST(contains(result.out, "Synthetic case: 2 parties, 20 interests, 5 clauses, 10 facts, 5 blame claims"));
    for (const char* figure : {"import (read file + store)", "load whole case (best of 1)",
                               "export (load + write file)", "worksheet + matrix + exposure + deadlines",
                               "interest map layout (20 interests)", "peak memory"})
        BOOST_TEST(contains(result.out, figure), figure);
    BOOST_TEST(!contains(result.out, "On the PostgreSQL server"));
}

BOOST_AUTO_TEST_CASE(aServerThatCannotBeReachedIsNamedAndNoFiguresArePrinted) {
    const auto result = cliWithoutDb(smallCaseWith({"--server", "postgresql://nobody@127.0.0.1:1/none"}));
    BOOST_TEST(result.exitCode == 1);
    BOOST_TEST(contains(result.err, "cannot reach the database server at 127.0.0.1:1: Connection refused"),
               result.err);
    BOOST_TEST(!contains(result.out, "On the PostgreSQL server"));
}

BOOST_AUTO_TEST_SUITE_END()
