#include "domain/documents/practice_report_document.h"

#include <chrono>
#include <cstdio>

#include "domain/documents/handouts/case_wording.h"
#include "domain/documents/handouts/document_writer.h"
#include "domain/documents/record_labels.h"

namespace cg::domain::documents {

namespace {

std::string oneDecimal(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    std::string text = buffer;
    if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
    return text;
}

std::string rateText(const std::optional<double>& rate) { return rate ? oneDecimal(*rate * 100) + " %" : "—"; }

std::string daysText(const std::optional<double>& days) { return days ? oneDecimal(*days) : "—"; }

// "28.00 h"; the same two decimals as the invoices.
std::string hoursText(int minutes) {
    const int hundredths = (minutes * 100 + 30) / 60;
    const int rest = hundredths % 100;
    return std::to_string(hundredths / 100) + (rest < 10 ? ".0" : ".") + std::to_string(rest) + " h";
}

std::string feesText(const std::vector<Money>& fees) {
    std::vector<std::string> parts;
    for (const Money& m : fees) parts.push_back(m.display());
    return parts.empty() ? "—" : joined(parts, "; ");
}

int outcomeCount(const practice::MediatorFigures& f, CaseOutcome outcome) {
    const auto it = f.outcomes.find(outcome);
    return it == f.outcomes.end() ? 0 : it->second;
}

// The figures of the practice and of each mediator side by side, as one
// table with a column each; fine up to kSideBySide mediators on a page.
constexpr std::size_t kSideBySide = 4;

std::vector<std::string> figureValues(const practice::MediatorFigures& f) {
    return {std::to_string(f.casesOpened),     std::to_string(f.casesClosed), rateText(f.settlementRate),
            daysText(f.medianDaysToClose),     std::to_string(f.sessionsHeld), hoursText(f.minutesWorked),
            feesText(f.fees)};
}

Table figuresTable(const std::vector<const practice::MediatorFigures*>& columns, const std::string& caption) {
    static const char* const kFigures[] = {"Cases opened",  "Cases closed", "Settlement rate", "Median days to close",
                                           "Sessions held", "Hours worked", "Fees billed"};
    Table table;
    table.caption = caption;
    table.columns = {{"Figure", 2.4}};
    std::vector<std::vector<std::string>> values;
    for (const practice::MediatorFigures* f : columns) {
        table.columns.push_back({f->mediator.empty() ? "Practice" : f->mediator, 1.6, Alignment::Right});
        values.push_back(figureValues(*f));
    }
    for (std::size_t row = 0; row < std::size(kFigures); ++row) {
        std::vector<std::string> cells{kFigures[row]};
        for (const auto& column : values) cells.push_back(column[row]);
        table.rows.push_back(std::move(cells));
    }
    return table;
}

Table outcomesTable(const practice::PracticeReport& report) {
    Table table;
    table.caption = "Outcomes of the cases closed in the period";
    table.columns = {{"Outcome", 2.4}, {"Practice", 1, Alignment::Right}};
    for (const auto& m : report.byMediator) table.columns.push_back({m.mediator, 1.4, Alignment::Right});
    for (CaseOutcome outcome : allValues<CaseOutcome>()) {
        std::vector<std::string> row{words(outcome), std::to_string(outcomeCount(report.practice, outcome))};
        for (const auto& m : report.byMediator) row.push_back(std::to_string(outcomeCount(m, outcome)));
        table.rows.push_back(std::move(row));
    }
    return table;
}

// The title, sessions and hours per case are in the CSV; the page keeps what fits
// without breaking a reference, a date or an amount across lines.
Table casesTable(const practice::PracticeReport& report) {
    Table table;
    table.columns = {{"Case", 2.9},   {"Mediator", 3.0}, {"Opened", 2.4},
                     {"Closed", 2.4}, {"Outcome", 2.6},  {"Fees", 3.0, Alignment::Right}};
    for (const auto& c : report.cases)
        table.rows.push_back({c.reference, c.mediator.empty() ? "—" : c.mediator, dateText(c.openedOn),
                              c.closedOn ? dateText(*c.closedOn) : "open", c.outcome ? words(*c.outcome) : "—",
                              c.feesBilled.isZero() ? "—" : c.feesBilled.display()});
    return table;
}

}  // namespace

Document practiceReportDocument(const practice::PracticeReport& report, PaperSize paper) {
    const std::string period = writtenDate(report.from) + " to " + writtenDate(report.to);
    Document document;
    document.info.title = "Practice report — " + period;
    document.info.subject = "Cases, outcomes, hours and fees of the practice, " + period;
    document.info.keywords = "practice report; confidential";
    // Dated by the end of its period, so that two renderings of the same
    // report are the same file.
    document.info.createdAt = Instant(std::chrono::sys_seconds(report.to.days()));
    document.page.paper = paper;
    document.running.headerLeft = "Practice report";
    document.running.headerRight = period;
    document.running.footer = kPracticeReportFooter;

    DocumentWriter writer(document);
    writer.title("Practice report");
    writer.labelled("Period", period);
    writer.labelled("Cases in the period", std::to_string(report.cases.size()));

    writer.section("The practice");
    std::vector<const practice::MediatorFigures*> columns{&report.practice};
    if (report.byMediator.size() <= kSideBySide)
        for (const auto& m : report.byMediator) columns.push_back(&m);
    writer.table(figuresTable(columns, columns.size() > 1 ? "The practice and each mediator" : "The whole practice"),
                 "");
    writer.note("Settlement rate: the cases settled in full or in part, of the cases closed in the period with an "
                "outcome recorded. Days to close count from the day a case was opened. Sessions, hours and fees "
                "are those of the period.");

    if (report.byMediator.empty()) writer.paragraph("No mediator had a case in the period.");
    if (report.byMediator.size() > kSideBySide) {
        writer.section("By mediator");
        for (const auto& m : report.byMediator) {
            writer.subsection(m.mediator);
            writer.table(figuresTable({&m}, "Figures for " + m.mediator), "");
        }
    }

    writer.section("Outcomes");
    writer.table(outcomesTable(report), "");

    writer.section("Cases");
    writer.table(casesTable(report), "No case was open or worked on in the period.");
    return document;
}

}  // namespace cg::domain::documents
