// The practice report over the first half of 2026, on nine cases of two
// mediators whose figures were counted by hand (see seededCases).
#include <boost/test/unit_test.hpp>

#include <algorithm>

#include "domain/errors.h"
#include "domain/practice/statistics.h"

using namespace cg::domain;
using namespace cg::domain::practice;

namespace {

CaseFigures figures(std::string reference, std::string mediator, Date opened, std::optional<Date> closed,
                    std::optional<CaseOutcome> outcome, int sessions, int minutes, Money fees) {
    CaseFigures c;
    c.reference = std::move(reference);
    c.title = "Case " + c.reference;
    c.mediator = std::move(mediator);
    c.status = closed ? CaseStatus::Closed : CaseStatus::Active;
    c.openedOn = opened;
    c.closedOn = closed;
    c.outcome = outcome;
    c.sessionsHeld = sessions;
    c.minutesWorked = minutes;
    c.feesBilled = std::move(fees);
    return c;
}

Money usd(std::int64_t cents) { return Money(cents, "USD"); }

// Ada Quinn: 0001 (30 days, settled), 0002 (40 days, impasse), 0003 (open),
// 2025-0040 (opened last year, 80 days, settled in part, billed in EUR).
// Ben Ortiz: 0004 (20 days, withdrawn), 0005 (35 days, settled), 0006
// (20 days, closed without an outcome). 2025-0010 closed last year and
// 0007 opens after the period: neither counts.
std::vector<CaseFigures> seededCases() {
    using O = CaseOutcome;
    return {
        figures("CG-2026-0002", "Ada Quinn", Date(2026, 2, 1), Date(2026, 3, 13), O::Impasse, 3, 300, usd(125000)),
        figures("CG-2026-0001", "Ada Quinn", Date(2026, 1, 10), Date(2026, 2, 9), O::SettledInFull, 2, 600,
                usd(250000)),
        figures("CG-2026-0003", "Ada Quinn", Date(2026, 3, 1), {}, {}, 1, 120, usd(50000)),
        figures("CG-2025-0040", "Ada Quinn", Date(2025, 11, 1), Date(2026, 1, 20), O::SettledInPart, 1, 60,
                Money(30000, "EUR")),
        figures("CG-2026-0004", "Ben Ortiz", Date(2026, 1, 5), Date(2026, 1, 25), O::Withdrawn, 0, 30, usd(0)),
        figures("CG-2026-0005", "Ben Ortiz", Date(2026, 4, 1), Date(2026, 5, 6), O::SettledInFull, 2, 480,
                usd(200000)),
        figures("CG-2026-0006", "Ben Ortiz", Date(2026, 5, 15), Date(2026, 6, 4), {}, 1, 90, usd(37500)),
        figures("CG-2025-0010", "Ben Ortiz", Date(2025, 3, 1), Date(2025, 9, 1), O::SettledInFull, 0, 0, usd(0)),
        figures("CG-2026-0007", "Ada Quinn", Date(2026, 7, 2), {}, {}, 0, 0, usd(0)),
    };
}

PracticeReport firstHalf() { return practiceReport(seededCases(), Date(2026, 1, 1), Date(2026, 6, 30)); }

std::vector<std::string> feeTexts(const MediatorFigures& f) {
    std::vector<std::string> texts;
    for (const auto& m : f.fees) texts.push_back(m.display());
    return texts;
}

int outcomes(const MediatorFigures& f, CaseOutcome outcome) {
    const auto it = f.outcomes.find(outcome);
    return it == f.outcomes.end() ? 0 : it->second;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(PracticeStatistics)

BOOST_AUTO_TEST_CASE(onlyCasesOpenOrWorkedInThePeriodCountAndTheyAreListedByReference) {
    const PracticeReport report = firstHalf();
    std::vector<std::string> references;
    for (const auto& c : report.cases) references.push_back(c.reference);
    const std::vector<std::string> expected{"CG-2025-0040", "CG-2026-0001", "CG-2026-0002", "CG-2026-0003",
                                            "CG-2026-0004", "CG-2026-0005", "CG-2026-0006"};
    BOOST_TEST(references == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(practiceTotalsCountOpenedClosedAndOutcomes) {
    const MediatorFigures& p = firstHalf().practice;
    BOOST_TEST(p.mediator == "");
    BOOST_TEST(p.casesOpened == 6);  // 2025-0040 was opened before the period
    BOOST_TEST(p.casesClosed == 6);
    BOOST_TEST(outcomes(p, CaseOutcome::SettledInFull) == 2);
    BOOST_TEST(outcomes(p, CaseOutcome::SettledInPart) == 1);
    BOOST_TEST(outcomes(p, CaseOutcome::Impasse) == 1);
    BOOST_TEST(outcomes(p, CaseOutcome::Withdrawn) == 1);
    BOOST_TEST(p.sessionsHeld == 10);
    BOOST_TEST(p.minutesWorked == 1680);
}

BOOST_AUTO_TEST_CASE(settlementRateCountsOnlyClosedCasesWithAnOutcome) {
    // Settled in full or in part: 3 of the 5 closed cases with an outcome.
    const PracticeReport report = firstHalf();
    BOOST_TEST_REQUIRE(report.practice.settlementRate.has_value());
    BOOST_TEST(*report.practice.settlementRate == 0.6, boost::test_tools::tolerance(1e-9));
    BOOST_TEST_REQUIRE(report.byMediator.size() == 2u);
    BOOST_TEST(*report.byMediator[0].settlementRate == 2.0 / 3, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(*report.byMediator[1].settlementRate == 0.5, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(medianOfAnEvenCountIsTheMeanOfTheMiddleTwo) {
    // Days to close: 20, 20, 30, 35, 40, 80.
    BOOST_TEST(firstHalf().practice.medianDaysToClose.value_or(-1) == 32.5);
}

BOOST_AUTO_TEST_CASE(eachMediatorHasTheirOwnFiguresInNameOrder) {
    const PracticeReport report = firstHalf();
    BOOST_TEST_REQUIRE(report.byMediator.size() == 2u);
    const MediatorFigures& ada = report.byMediator[0];
    BOOST_TEST(ada.mediator == "Ada Quinn");
    BOOST_TEST(ada.casesOpened == 3);
    BOOST_TEST(ada.casesClosed == 3);
    BOOST_TEST(ada.medianDaysToClose.value_or(-1) == 40);  // 30, 40, 80
    BOOST_TEST(ada.sessionsHeld == 7);
    BOOST_TEST(ada.minutesWorked == 1080);
    const MediatorFigures& ben = report.byMediator[1];
    BOOST_TEST(ben.mediator == "Ben Ortiz");
    BOOST_TEST(ben.casesOpened == 3);
    BOOST_TEST(ben.casesClosed == 3);
    BOOST_TEST(outcomes(ben, CaseOutcome::Withdrawn) == 1);
    BOOST_TEST(ben.medianDaysToClose.value_or(-1) == 20);  // 20, 20, 35
    BOOST_TEST(ben.sessionsHeld == 3);
    BOOST_TEST(ben.minutesWorked == 600);
}

BOOST_AUTO_TEST_CASE(feesAreSummedPerCurrencyInCodeOrder) {
    const PracticeReport report = firstHalf();
    BOOST_TEST(feeTexts(report.practice) == (std::vector<std::string>{"EUR 300.00", "USD 6,625.00"}),
               boost::test_tools::per_element());
    BOOST_TEST(feeTexts(report.byMediator[0]) == (std::vector<std::string>{"EUR 300.00", "USD 4,250.00"}),
               boost::test_tools::per_element());
    // Ben's withdrawn case billed nothing and adds no line of its own.
    BOOST_TEST(feeTexts(report.byMediator[1]) == (std::vector<std::string>{"USD 2,375.00"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(noSettlementRateWhenNoClosedCaseHasAnOutcome) {
    // June: 0003 is open, 0006 closes without an outcome; no work was done,
    // so the store's figures for June carry no sessions, time or fees.
    std::vector<CaseFigures> cases = seededCases();
    for (auto& c : cases) {
        c.sessionsHeld = c.minutesWorked = 0;
        c.feesBilled = usd(0);
    }
    const PracticeReport june = practiceReport(cases, Date(2026, 6, 1), Date(2026, 6, 30));
    BOOST_TEST(june.cases.size() == 2u);
    BOOST_TEST(june.practice.casesClosed == 1);
    BOOST_TEST(!june.practice.settlementRate.has_value());
    BOOST_TEST(june.practice.medianDaysToClose.value_or(-1) == 20);
    BOOST_TEST_REQUIRE(june.byMediator.size() == 2u);
    BOOST_TEST(!june.byMediator[0].medianDaysToClose.has_value());  // Ada closed nothing in June
}

BOOST_AUTO_TEST_CASE(aPeriodThatEndsBeforeItStartsIsRefused) {
    try {
        practiceReport(seededCases(), Date(2026, 6, 30), Date(2026, 1, 1));
        BOOST_FAIL("a backwards period was reported");
    } catch (const ValidationError& e) {
        BOOST_TEST(std::string(e.what()) ==
                   "the report period ends on 2026-01-01, before it starts on 2026-06-30; give the earlier date first");
    }
}

BOOST_AUTO_TEST_CASE(anEmptyPracticeReportsZeroesAndNoRates) {
    const PracticeReport report = practiceReport({}, Date(2026, 1, 1), Date(2026, 1, 31));
    BOOST_TEST(report.cases.empty());
    BOOST_TEST(report.byMediator.empty());
    BOOST_TEST(report.practice.casesOpened == 0);
    BOOST_TEST(!report.practice.settlementRate.has_value());
    BOOST_TEST(!report.practice.medianDaysToClose.has_value());
    BOOST_TEST(report.practice.fees.empty());
}

BOOST_AUTO_TEST_CASE(csvHasAHeaderMediatorRowsThePracticeAndTheCasesWithCrlf) {
    PracticeReport report = firstHalf();
    report.cases[1].title = "Müller v. \"Bridgeview\", ransomware";
    const std::string csv = practiceReportCsv(report);
    const std::string header =
        "row,mediator,reference,title,status,opened,closed,outcome,cases opened,cases closed,settled in full,"
        "settled in part,impasse,withdrawn,settlement rate %,median days to close,sessions held,hours worked,fees\r\n";
    BOOST_TEST(csv.rfind(header, 0) == 0u);
    const std::string ada = "mediator,Ada Quinn,,,,,,,3,3,1,1,1,0,66.7,40,7,18.00,300.00 EUR; 4250.00 USD\r\n";
    const std::string ben = "mediator,Ben Ortiz,,,,,,,3,3,1,0,0,1,50.0,20,3,10.00,2375.00 USD\r\n";
    const std::string practice = "practice,,,,,,,,6,6,2,1,1,1,60.0,32.5,10,28.00,300.00 EUR; 6625.00 USD\r\n";
    BOOST_TEST(csv.find(header + ada + ben + practice) == 0u, csv);
    BOOST_TEST(csv.find("case,Ada Quinn,CG-2026-0001,\"Müller v. \"\"Bridgeview\"\", ransomware\",closed,"
                        "2026-01-10,2026-02-09,settled-in-full,,,,,,,,,2,10.00,2500.00 USD\r\n") != std::string::npos,
               csv);
    BOOST_TEST(csv.find("case,Ada Quinn,CG-2026-0003,Case CG-2026-0003,active,2026-03-01,,,,,,,,,,,1,2.00,500.00 USD\r\n") !=
                   std::string::npos,
               csv);
    // Eleven lines: the header, two mediators, the practice and seven cases.
    BOOST_TEST(std::count(csv.begin(), csv.end(), '\n') == 11);
    BOOST_TEST(std::count(csv.begin(), csv.end(), '\r') == 11);
}

BOOST_AUTO_TEST_SUITE_END()
