#include "domain/practice/statistics.h"

#include <algorithm>
#include <cstdio>

#include "domain/errors.h"

namespace cg::domain::practice {

namespace {

// A case without a mediator still belongs to the practice; on a shared
// server it is listed under this name so that no case drops out of the table.
constexpr const char* kNoMediator = "(no mediator)";

bool within(const Date& day, const Date& from, const Date& to) { return from <= day && day <= to; }

bool closedWithin(const CaseFigures& c, const Date& from, const Date& to) {
    return c.closedOn && within(*c.closedOn, from, to);
}

// A case counts when it was open on any day of the period, or when work on
// it was done or billed in the period (time recorded after closing still counts).
bool countsIn(const CaseFigures& c, const Date& from, const Date& to) {
    const bool openDuring = c.openedOn <= to && (!c.closedOn || *c.closedOn >= from);
    return openDuring || c.sessionsHeld > 0 || c.minutesWorked > 0 || !c.feesBilled.isZero();
}

std::optional<double> median(std::vector<int> values) {
    if (values.empty()) return std::nullopt;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    if (values.size() % 2 == 1) return values[middle];
    return (values[middle - 1] + values[middle]) / 2.0;
}

MediatorFigures figuresOf(std::string mediator, const std::vector<const CaseFigures*>& cases, const Date& from,
                          const Date& to) {
    MediatorFigures f;
    f.mediator = std::move(mediator);
    std::vector<int> daysToClose;
    int withOutcome = 0, settled = 0;
    std::map<std::string, std::int64_t> fees;
    for (const CaseFigures* c : cases) {
        if (within(c->openedOn, from, to)) ++f.casesOpened;
        if (closedWithin(*c, from, to)) {
            ++f.casesClosed;
            daysToClose.push_back(static_cast<int>((c->closedOn->days() - c->openedOn.days()).count()));
            if (c->outcome) {
                ++f.outcomes[*c->outcome];
                ++withOutcome;
                if (*c->outcome == CaseOutcome::SettledInFull || *c->outcome == CaseOutcome::SettledInPart)
                    ++settled;
            }
        }
        f.sessionsHeld += c->sessionsHeld;
        f.minutesWorked += c->minutesWorked;
        // An unbilled case has a zero amount in a default currency; it must
        // not add a currency the practice never billed in.
        if (!c->feesBilled.isZero()) fees[c->feesBilled.currency()] += c->feesBilled.minorUnits();
    }
    if (withOutcome > 0) f.settlementRate = static_cast<double>(settled) / withOutcome;
    f.medianDaysToClose = median(std::move(daysToClose));
    for (const auto& [currency, minor] : fees) f.fees.emplace_back(minor, currency);
    return f;
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, and
// quotes inside it are doubled.
std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string csvRow(const std::vector<std::string>& fields) {
    std::string row;
    for (std::size_t i = 0; i < fields.size(); ++i) row += (i ? "," : "") + csvField(fields[i]);
    return row + "\r\n";
}

std::string fixed(double value, int decimals) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

// "7.33": hours with two decimals, as spreadsheets sum them.
std::string hoursText(int minutes) { return fixed(minutes / 60.0, 2); }

// "12" or "12.5": a median of days is a whole or a half.
std::string daysText(const std::optional<double>& days) {
    if (!days) return {};
    return *days == static_cast<double>(static_cast<long>(*days)) ? std::to_string(static_cast<long>(*days))
                                                                   : fixed(*days, 1);
}

std::string rateText(const std::optional<double>& rate) { return rate ? fixed(*rate * 100, 1) : std::string{}; }

// "1250.00 USD; 300.00 EUR": the amount first so a spreadsheet can read a
// single-currency practice as a number after splitting off the code.
std::string feesText(const std::vector<Money>& fees) {
    std::string text;
    for (const Money& m : fees) text += (text.empty() ? "" : "; ") + m.amountText() + " " + m.currency();
    return text;
}

int outcomeCount(const MediatorFigures& f, CaseOutcome outcome) {
    const auto it = f.outcomes.find(outcome);
    return it == f.outcomes.end() ? 0 : it->second;
}

std::vector<std::string> mediatorRow(const std::string& kind, const MediatorFigures& f) {
    return {kind,
            f.mediator,
            "", "", "", "", "", "",
            std::to_string(f.casesOpened),
            std::to_string(f.casesClosed),
            std::to_string(outcomeCount(f, CaseOutcome::SettledInFull)),
            std::to_string(outcomeCount(f, CaseOutcome::SettledInPart)),
            std::to_string(outcomeCount(f, CaseOutcome::Impasse)),
            std::to_string(outcomeCount(f, CaseOutcome::Withdrawn)),
            rateText(f.settlementRate),
            daysText(f.medianDaysToClose),
            std::to_string(f.sessionsHeld),
            hoursText(f.minutesWorked),
            feesText(f.fees)};
}

std::vector<std::string> caseRow(const CaseFigures& c) {
    return {"case",
            c.mediator,
            c.reference,
            c.title,
            std::string(toString(c.status)),
            c.openedOn.toString(),
            c.closedOn ? c.closedOn->toString() : "",
            c.outcome ? std::string(toString(*c.outcome)) : "",
            "", "", "", "", "", "", "", "",
            std::to_string(c.sessionsHeld),
            hoursText(c.minutesWorked),
            c.feesBilled.isZero() ? "" : feesText({c.feesBilled})};
}

}  // namespace

PracticeReport practiceReport(const std::vector<CaseFigures>& cases, Date from, Date to) {
    if (to < from)
        throw ValidationError("the report period ends on " + to.toString() + ", before it starts on " +
                              from.toString() + "; give the earlier date first");
    PracticeReport report;
    report.from = from;
    report.to = to;
    for (const CaseFigures& c : cases)
        if (countsIn(c, from, to)) report.cases.push_back(c);
    std::stable_sort(report.cases.begin(), report.cases.end(),
                     [](const CaseFigures& a, const CaseFigures& b) { return a.reference < b.reference; });

    std::vector<const CaseFigures*> all;
    std::map<std::string, std::vector<const CaseFigures*>> byMediator;
    for (const CaseFigures& c : report.cases) {
        all.push_back(&c);
        byMediator[c.mediator.empty() ? kNoMediator : c.mediator].push_back(&c);
    }
    report.practice = figuresOf("", all, from, to);
    for (const auto& [mediator, theirs] : byMediator) report.byMediator.push_back(figuresOf(mediator, theirs, from, to));
    return report;
}

std::string practiceReportCsv(const PracticeReport& report) {
    std::string csv = csvRow({"row", "mediator", "reference", "title", "status", "opened", "closed", "outcome",
                              "cases opened", "cases closed", "settled in full", "settled in part", "impasse",
                              "withdrawn", "settlement rate %", "median days to close", "sessions held",
                              "hours worked", "fees"});
    for (const MediatorFigures& m : report.byMediator) csv += csvRow(mediatorRow("mediator", m));
    csv += csvRow(mediatorRow("practice", report.practice));
    for (const CaseFigures& c : report.cases) csv += csvRow(caseRow(c));
    return csv;
}

}  // namespace cg::domain::practice
