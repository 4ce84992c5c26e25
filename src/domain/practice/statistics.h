#pragma once
// The practice report: cases opened and closed over a period, outcomes,
// settlement rate, median duration, hours and fees, for the whole practice
// and for each mediator on a shared server.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/case.h"

namespace cg::domain::practice {

// One case as the report sees it. The store fills it with one query per
// table (store/practice_queries.h); sessions, minutes and fees are already
// restricted to the period asked for.
struct CaseFigures {
    std::string reference;
    std::string title;
    std::string mediator;
    CaseStatus status = CaseStatus::Intake;
    Date openedOn;
    std::optional<Date> closedOn;
    std::optional<CaseOutcome> outcome;
    int sessionsHeld = 0;  // sessions that started within the period (and not in the future)
    int minutesWorked = 0; // time entries dated within the period
    Money feesBilled;      // billable minutes x hourly rate, or the fixed fee if opened within the period
};

struct MediatorFigures {
    std::string mediator;  // "" for the whole practice
    int casesOpened = 0;   // opened within the period
    int casesClosed = 0;   // closed within the period
    std::map<CaseOutcome, int> outcomes;      // of the cases closed within the period
    std::optional<double> settlementRate;     // (in full + in part) / closed with an outcome; none if none
    std::optional<double> medianDaysToClose;  // of the cases closed within the period
    int sessionsHeld = 0;
    int minutesWorked = 0;
    std::vector<Money> fees;  // one total per currency, ordered by currency code
};

struct PracticeReport {
    Date from, to;  // inclusive
    MediatorFigures practice;
    std::vector<MediatorFigures> byMediator;  // ordered by name
    std::vector<CaseFigures> cases;           // the cases that count in the period, by reference
};

// Throws ValidationError when `to` is before `from`.
PracticeReport practiceReport(const std::vector<CaseFigures>& cases, Date from, Date to);

// The report as CSV (RFC 4180, UTF-8, CRLF): one row per mediator and a
// practice total, then one row per case.
std::string practiceReportCsv(const PracticeReport& report);

}  // namespace cg::domain::practice
