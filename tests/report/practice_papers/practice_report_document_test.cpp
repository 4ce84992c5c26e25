// The practice report as a PDF: the period, the totals beside each
// mediator's, the outcomes and the cases, read back with pdftotext.
#include <boost/test/unit_test.hpp>

#include "domain/documents/practice_report_document.h"
#include "paper_fixture.h"

using namespace cg::testing;
using namespace cg::domain;
using namespace cg::domain::documents;
using namespace cg::domain::practice;

namespace {

CaseFigures figures(std::string reference, std::string title, std::string mediator, Date opened,
                    std::optional<Date> closed, std::optional<CaseOutcome> outcome, int sessions, int minutes,
                    std::int64_t cents) {
    CaseFigures c;
    c.reference = std::move(reference);
    c.title = std::move(title);
    c.mediator = std::move(mediator);
    c.status = closed ? CaseStatus::Closed : CaseStatus::Active;
    c.openedOn = opened;
    c.closedOn = closed;
    c.outcome = outcome;
    c.sessionsHeld = sessions;
    c.minutesWorked = minutes;
    c.feesBilled = Money(cents, "USD");
    return c;
}

// Ada: settled after 30 days, impasse after 40. Ben: settled in part after
// 21 days, and one open case.
PracticeReport firstQuarter() {
    const std::vector<CaseFigures> cases{
        figures("CG-2026-0001", "Müller v. Bridgeview", "Ada Quinn", Date(2026, 1, 5), Date(2026, 2, 4),
                CaseOutcome::SettledInFull, 2, 600, 2500'00),
        figures("CG-2026-0002", "Élégance v. NimbusCore", "Ada Quinn", Date(2026, 1, 12), Date(2026, 2, 21),
                CaseOutcome::Impasse, 3, 300, 1250'00),
        figures("CG-2026-0003", "Andreou v. Great Lakes", "Ben Ortiz", Date(2026, 2, 2), Date(2026, 2, 23),
                CaseOutcome::SettledInPart, 1, 240, 1000'00),
        figures("CG-2026-0004", "Harbour Dental v. Acme", "Ben Ortiz", Date(2026, 3, 9), {}, {}, 1, 90, 375'00),
    };
    return practiceReport(cases, Date(2026, 1, 1), Date(2026, 3, 31));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(PracticeReportDocument)

BOOST_AUTO_TEST_CASE(theReportStatesItsPeriodAndThePracticeTotals) {
    const Document document = practiceReportDocument(firstQuarter());
    BOOST_TEST(document.running.footer == kPracticeReportFooter);
    const Table* figures = tableWithCaption(document, "The practice and each mediator");
    BOOST_TEST_REQUIRE(figures);
    const std::vector<std::vector<std::string>> practice{
        {"Cases opened", "4"},   {"Cases closed", "3"},    {"Settlement rate", "66.7 %"}, {"Median days to close", "30"},
        {"Sessions held", "7"}, {"Hours worked", "20.50 h"}, {"Fees billed", "USD 5,125.00"}};
    BOOST_TEST_REQUIRE(figures->rows.size() == practice.size());
    for (std::size_t row = 0; row < practice.size(); ++row) {
        BOOST_TEST(figures->rows[row][0] == practice[row][0]);
        BOOST_TEST(figures->rows[row][1] == practice[row][1]);
    }
    const std::string text = readableText(document);
    BOOST_TEST(inOrder(text, {"Practice report", "Period: 1 January 2026 to 31 March 2026", "Cases in the period: 4",
                              "The practice", "Settlement rate", "Fees billed"}));
    // pdftotext may read a table's right-aligned columns in its own order.
    BOOST_TEST(contains(text, "66.7 %"));
    BOOST_TEST(contains(text, "USD 5,125.00"));
}

BOOST_AUTO_TEST_CASE(eachMediatorHasAColumnBesideThePractice) {
    const Document document = practiceReportDocument(firstQuarter());
    const Table* figures = tableWithCaption(document, "The practice and each mediator");
    BOOST_TEST_REQUIRE(figures);
    BOOST_TEST_REQUIRE(figures->columns.size() == 4u);
    BOOST_TEST(figures->columns[1].header == "Practice");
    BOOST_TEST(figures->columns[2].header == "Ada Quinn");
    BOOST_TEST(figures->columns[3].header == "Ben Ortiz");
    BOOST_TEST(figures->rows[2][2] == "50 %");
    BOOST_TEST(figures->rows[3][2] == "35");
    BOOST_TEST(figures->rows[2][3] == "100 %");
    BOOST_TEST(figures->rows[3][3] == "21");
    BOOST_TEST(figures->rows[6][3] == "USD 1,375.00");
    BOOST_TEST(!contains(readableText(document), "By mediator"));
}

BOOST_AUTO_TEST_CASE(manyMediatorsGetATableEach) {
    std::vector<CaseFigures> cases;
    for (const char* name : {"Ada Quinn", "Ben Ortiz", "Cleo Park", "Dev Rao", "Eli Stone"})
        cases.push_back(figures("CG-2026-000" + std::to_string(cases.size() + 1), "A case", name, Date(2026, 1, 5),
                                {}, {}, 1, 60, 250'00));
    const Document document = practiceReportDocument(practiceReport(cases, Date(2026, 1, 1), Date(2026, 3, 31)));
    const Table* practice = tableWithCaption(document, "The whole practice");
    BOOST_TEST_REQUIRE(practice);
    BOOST_TEST(practice->columns.size() == 2u);
    for (const char* name : {"Ada Quinn", "Ben Ortiz", "Cleo Park", "Dev Rao", "Eli Stone"})
        BOOST_TEST(tableWithCaption(document, std::string("Figures for ") + name) != nullptr, name);
    BOOST_TEST(inOrder(readableText(document), {"By mediator", "Ada Quinn", "Eli Stone"}));
}

BOOST_AUTO_TEST_CASE(outcomesAreCountedSideBySideAndTheCasesListed) {
    const Document document = practiceReportDocument(firstQuarter());
    const std::string text = readableText(document);
    BOOST_TEST(inOrder(text, {"Outcomes", "settled in full", "1", "1", "0", "settled in part", "1", "0", "1",
                              "impasse", "1", "1", "0", "withdrawn", "0", "0", "0"}));
    BOOST_TEST(inOrder(text, {"Cases", "CG-2026-0001", "Ada Quinn", "2026-01-05", "2026-02-04", "settled in full",
                              "USD 2,500.00", "CG-2026-0002", "CG-2026-0004", "Ben Ortiz", "2026-03-09", "open"}));
}

BOOST_AUTO_TEST_CASE(aQuietPeriodSaysThereWasNothing) {
    const Document document = practiceReportDocument(practiceReport({}, Date(2026, 8, 1), Date(2026, 8, 31)));
    const std::string text = readableText(document);
    BOOST_TEST(contains(text, "No mediator had a case in the period."));
    BOOST_TEST(contains(text, "No case was open or worked on in the period."));
    BOOST_TEST(inOrder(text, {"Settlement rate", "—", "Median days to close", "—"}));
}

BOOST_AUTO_TEST_SUITE_END()
