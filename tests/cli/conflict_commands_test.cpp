// `conflicts NAME` through the real commonground-cli, on a database holding
// two of the sample cases.
#include <boost/test/unit_test.hpp>

#include "cli_fixture.h"

using namespace cg::testing;

namespace {

struct TwoSampleCases : CliFixture {
    TwoSampleCases() {
        cli({"init"});
        for (const char* sample :
             {"dental-practice-ransomware.cgcase", "engineering-firm-coverage-denial.cgcase"}) {
            const auto r = cli({"import", CliFixture::sample(sample)});
            BOOST_TEST_REQUIRE(r.exitCode == 0, r.err);
        }
    }
    // The table row that names text, or "" when there is none.
    static std::string rowWith(const std::string& out, const std::string& text) {
        const auto at = out.find(text);
        if (at == std::string::npos) return {};
        const auto start = out.rfind('\n', at) + 1;
        return out.substr(start, out.find('\n', at) - start);
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(ConflictCommands, TwoSampleCases)

BOOST_AUTO_TEST_CASE(aPartyIsFoundWithItsCaseUnderAnotherSpelling) {
    const auto r = cli({"conflicts", "Zahnarztpraxis Mueller"});
    BOOST_TEST(r.exitCode == 0, r.err);
    BOOST_TEST(contains(r.out, "possible conflict"), r.out);
    const std::string row = rowWith(r.out, "Zahnarztpraxis Dr. Müller PLLC  ");
    BOOST_TEST(contains(row, "party"), r.out);
    BOOST_TEST(contains(row, "CG-2026-0001"), r.out);
    BOOST_TEST(contains(row, "active"), r.out);
    BOOST_TEST(contains(row, "2026-03-02"), r.out);
    BOOST_TEST(contains(row, "same name"), r.out);
    BOOST_TEST(!contains(r.out, "CG-2026-0003"), r.out);
}

BOOST_AUTO_TEST_CASE(aNameTypedWithoutQuotesFindsEveryRoleItHas) {
    const auto r = cli({"conflicts", "Achterberg", "Helen"});
    BOOST_TEST(r.exitCode == 0, r.err);
    BOOST_TEST(contains(rowWith(r.out, "mediator   "), "CG-2026-0001"), r.out);
    BOOST_TEST(contains(rowWith(r.out, "Helen Achterberg (mediator)"), "participant"), r.out);
    BOOST_TEST(contains(r.out, "same words, other order"), r.out);
}

BOOST_AUTO_TEST_CASE(cyrillicRecordsAreFoundByTheirTransliteration) {
    const auto r = cli({"conflicts", "Olga Smirnova"});
    BOOST_TEST(r.exitCode == 0, r.err);
    BOOST_TEST(contains(r.out, "3 possible conflicts"), r.out);
    BOOST_TEST(contains(rowWith(r.out, "signatory"), "Ольга Смирнова (Olga Smirnova)"), r.out);
    BOOST_TEST(contains(rowWith(r.out, "representative"), "CG-2026-0003"), r.out);
    BOOST_TEST(contains(rowWith(r.out, "participant"), "Ольга Смирнова"), r.out);
}

BOOST_AUTO_TEST_CASE(aClosedCaseIsFoundWithItsClosingDate) {
    const auto edit =
        cli({"case", "edit", "CG-2026-0003", "--status", "closed", "--closed-on", "2026-07-31"});
    BOOST_TEST_REQUIRE(edit.exitCode == 0, edit.err);
    const auto r = cli({"conflicts", "Wisniewski Lukasz"});
    BOOST_TEST(r.exitCode == 0, r.err);
    const std::string row = rowWith(r.out, "representative");
    BOOST_TEST(contains(row, "closed"), r.out);
    BOOST_TEST(contains(row, "2026-07-31"), r.out);
}

BOOST_AUTO_TEST_CASE(aMediatorWhoWasCounselInAnotherCaseIsWarnedAtIntake) {
    const auto r = cli({"case", "new", "--title", "Harbour Dental v Acme IT", "--opened-on", "2026-05-04",
                        "--mediator", "Rebecca Lowenstein"});
    BOOST_TEST(r.exitCode == 0, r.err);
    BOOST_TEST(contains(r.out, "Opened case CG-2026-0004"), r.out);
    BOOST_TEST(contains(r.out, "Possible conflicts for Rebecca Lowenstein"), r.out);
    BOOST_TEST(contains(rowWith(r.out, "counsel"), "CG-2026-0001"), r.out);
    BOOST_TEST(contains(r.out, "--case CG-2026-0004 --decide"), r.out);
}

BOOST_AUTO_TEST_CASE(mediatingOtherCasesIsNoConflictForTheMediator) {
    BOOST_TEST_REQUIRE(cli({"case", "new", "--title", "Harbour Dental v Acme IT", "--opened-on", "2026-05-04",
                            "--mediator", "Jane Doe"})
                           .exitCode == 0);
    const auto r = cli({"case", "edit", "CG-2026-0004", "--mediator", "Helen Achterberg"});
    BOOST_TEST(r.exitCode == 0, r.err);
    BOOST_TEST(rowWith(r.out, "mediator   ").empty(), r.out);
    const auto unchanged = cli({"case", "edit", "CG-2026-0004", "--title", "Harbour Dental v. Acme IT"});
    BOOST_TEST(!contains(unchanged.out, "Possible conflicts"), unchanged.out);
}

BOOST_AUTO_TEST_CASE(anUnknownNameGetsTheNoConflictLine) {
    const auto r = cli({"conflicts", "Northwind Logistics"});
    BOOST_TEST(r.exitCode == 0, r.err);
    BOOST_TEST(r.out.rfind("No conflicts found for Northwind Logistics among ", 0) == 0u, r.out);
    BOOST_TEST(contains(r.out, " names in 2 cases.\n"), r.out);
}

BOOST_AUTO_TEST_CASE(aNameWithoutLettersIsAnErrorThatSaysWhy) {
    const auto r = cli({"conflicts", "&"});
    BOOST_TEST(r.exitCode == 1, r.out);
    BOOST_TEST(contains(r.err, "no letters or digits"), r.err);
}

BOOST_AUTO_TEST_CASE(aMissingNameIsAUsageError) {
    const auto r = cli({"conflicts"});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(contains(r.err, "give a NAME to check, or --case REF to list its decisions"), r.err);
    BOOST_TEST(contains(r.err, "Usage: commonground-cli [--db DB] conflicts [NAME]"), r.err);
}

BOOST_AUTO_TEST_CASE(aMissingDatabaseIsAnErrorNotAnEmptySearch) {
    const auto r =
        runProcess({CG_CLI_PATH, "--db", dir.file("nowhere.db"), "conflicts", "Anna Müller"});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(!contains(r.out, "No conflicts found"), r.out);
}

BOOST_AUTO_TEST_SUITE_END()
