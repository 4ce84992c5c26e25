// Secure delete through the real commonground-cli: `case purge` of a closed
// case, refused for an open one and while `case hold` is set; `case release`
// lifts the hold; `case show` shows it.
#include <boost/test/unit_test.hpp>

#include "cli_fixture.h"

using namespace cg::testing;

namespace {

const std::string kRef = "CG-2026-0001";

// Rows left in every table that holds a case's records, and in cases.
long long rowsWithCaseId(const CliFixture& fixture) {
    // Tables read from the catalog, so that one added later is counted too.
    const auto tables = runProcess(
        {"sqlite3", fixture.db,
         "SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table' "
         "AND p.name = 'case_id'"});
    long long rows = 0;
    std::string table;
    for (char c : tables.out + "\n") {
        if (c != '\n') {
            table += c;
            continue;
        }
        if (table.empty()) continue;
        rows += std::stoll(runProcess({"sqlite3", fixture.db, "SELECT COUNT(*) FROM " + table}).out);
        table.clear();
    }
    return rows + std::stoll(runProcess({"sqlite3", fixture.db, "SELECT COUNT(*) FROM cases"}).out);
}

// The dental practice sample (notes, a draft, conflict-free), closed.
struct ClosedSample : CliFixture {
    ClosedSample() {
        cli({"init"});
        const auto imported = cli({"import", CliFixture::sample("dental-practice-ransomware.cgcase")});
        BOOST_TEST_REQUIRE(imported.exitCode == 0, imported.err);
    }
    void close() const {
        const auto closed = cli({"case", "close", kRef, "--outcome", "withdrawn"});
        BOOST_TEST_REQUIRE(closed.exitCode == 0, closed.err);
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(LegalHoldCommands, ClosedSample)

BOOST_AUTO_TEST_CASE(purgeOfAClosedCaseRemovesEveryRowAndSaysWhat) {
    close();
    BOOST_TEST(rowsWithCaseId(*this) > 30);
    const auto r = cli({"case", "purge", kRef});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err);
    BOOST_TEST(contains(r.out, "Purged case CG-2026-0001: "), r.out);
    BOOST_TEST(contains(r.out, " draft"), r.out);
    BOOST_TEST(rowsWithCaseId(*this) == 0);
    const auto check = cli({"check"});
    BOOST_TEST(check.exitCode == 0, check.out + check.err);
    const auto audit = cli({"audit", kRef});
    BOOST_TEST(contains(audit.out, "purged: "), audit.out);
}

BOOST_AUTO_TEST_CASE(purgeOfAnOpenCaseIsRefusedAndRemovesNothing) {
    const std::string before = dump();
    const auto r = cli({"case", "purge", kRef});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err == "commonground-cli: error: case CG-2026-0001 is active; only a closed case "
                        "can be purged. Close it first.\n");
    BOOST_TEST(dump() == before);
}

BOOST_AUTO_TEST_CASE(purgeUnderLegalHoldIsRefusedUntilTheHoldIsReleased) {
    close();
    const auto held = cli({"case", "hold", kRef, "--reason", "Court order 12/26"});
    BOOST_TEST_REQUIRE(held.exitCode == 0, held.err);
    BOOST_TEST(held.out == "Case CG-2026-0001 is under a legal hold: it cannot be purged until "
                           "the hold is released.\n");
    const auto shown = cli({"case", "show", kRef});
    BOOST_TEST(contains(shown.out, "LEGAL HOLD set by test-mediator on "), shown.out);
    BOOST_TEST(contains(shown.out, ": Court order 12/26 (the case cannot be purged until it is "
                                   "released)"),
               shown.out);
    const std::string since =
        runProcess({"sqlite3", db, "SELECT legal_hold_since FROM cases"}).out;

    const std::string before = dump();
    const auto refused = cli({"case", "purge", kRef});
    BOOST_TEST(refused.exitCode == 1);
    BOOST_TEST(refused.err == "commonground-cli: error: case CG-2026-0001 is under a legal hold set "
                              "by test-mediator on " + since.substr(0, since.size() - 1) +
                                  " (Court order 12/26); it cannot be purged until the hold is "
                                  "released.\n");
    BOOST_TEST(dump() == before);

    const auto released = cli({"case", "release", kRef});
    BOOST_TEST_REQUIRE(released.exitCode == 0, released.err);
    BOOST_TEST(released.out == "Released the legal hold on case CG-2026-0001.\n");
    const auto purged = cli({"case", "purge", kRef});
    BOOST_TEST_REQUIRE(purged.exitCode == 0, purged.err);
    BOOST_TEST(rowsWithCaseId(*this) == 0);
    const auto audit = cli({"audit", kRef});
    BOOST_TEST(contains(audit.out, "legal hold set: Court order 12/26"), audit.out);
    BOOST_TEST(contains(audit.out, "legal hold released (set by test-mediator on "), audit.out);
    BOOST_TEST(contains(audit.out, "purged: "), audit.out);
    BOOST_TEST(cli({"check"}).exitCode == 0);
}

BOOST_AUTO_TEST_CASE(aHoldWithoutReasonIsRefusedAndStoresNothing) {
    const std::string before = dump();
    const auto r = cli({"case", "hold", kRef, "--reason", " "});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err == "commonground-cli: error: a legal hold on case CG-2026-0001 needs a "
                        "reason: the matter or order that requires keeping it\n");
    BOOST_TEST(dump() == before);
}

BOOST_AUTO_TEST_SUITE_END()
