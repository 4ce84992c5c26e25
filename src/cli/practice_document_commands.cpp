// invoice, report, agreement-to-mediate: the papers of running a practice
#include <algorithm>
#include <ostream>
#include <set>

#include "cli/command_context.h"
#include "cli/command_registry.h"
#include "cli/document_output.h"
#include "cli/value_parsers.h"
#include "domain/documents/invoice_document.h"
#include "domain/documents/practice_report_document.h"
#include "domain/practice/fees.h"
#include "domain/practice/statistics.h"
#include "drafting/agreement_to_mediate.h"
#include "drafting/document_library.h"
#include "exchange/atomic_file_write.h"
#include "store/case_repository.h"
#include "store/practice_queries.h"

namespace cg::cli {

namespace {

using namespace domain;
using namespace domain::documents;

void reportWritten(CommandContext& context, const std::string& what, const std::string& out,
                   const drafting::RenderedDocument& rendered) {
    context.out() << "Wrote " << what << " to " << out << " (" << pageCount(rendered) << ").\n";
}

Command invoiceCommand() {
    Command c;
    c.name = "invoice";
    c.summary = "a party's invoice for its share of the fees and expenses, as PDF";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"party", "PARTY", "the party billed", true},
                 {"out", "FILE.pdf", "where to write the PDF (mode 0600)", true},
                 {"date", "DATE", "the invoice date (default today)"},
                 paperOption()};
    c.details =
        "The billable time at the hourly rate (or the fixed fee) and the shared\n"
        "expenses, each split by the case's fee split (`fees show`), plus the\n"
        "expenses charged to this party alone, less its payments. The invoice\n"
        "number is the case reference and the party number, e.g. CG-2026-0001-2.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string out = pdfOutPath(args);
        const CaseRecord record =
            store::CaseRepository(context.database()).load(args.positional(0));
        const RecordNo partyNo = parseRecordRef(args.value("party"), "party");
        const auto invoice = practice::invoiceFor(
            record, partyNo, optionalDate(args, "date").value_or(Date::today()));
        const auto rendered = renderPdf(invoiceDocument(record, invoice, paperFrom(args)));
        drafting::savePdf(rendered, out);
        reportWritten(context, "invoice " + invoice.number + " for " + invoice.partyName, out,
                      rendered);
        context.out() << "Invoiced " << invoice.invoiced.display() << ", paid "
                      << invoice.paid.display() << ", "
                      << (invoice.credit.isZero() ? "balance due " + invoice.balance.display()
                                                  : "in credit " + invoice.credit.display())
                      << ".\n";
        return 0;
    };
    return c;
}

enum class ReportFormat { Pdf, Csv };

ReportFormat reportFormat(const std::string& out) {
    const auto endsWith = [&](const char* lower, const char* upper) {
        return out.ends_with(lower) || out.ends_with(upper);
    };
    if (endsWith(".pdf", ".PDF")) return ReportFormat::Pdf;
    if (endsWith(".csv", ".CSV")) return ReportFormat::Csv;
    throw UsageError("--out: '" + out + "' must end in .pdf or .csv");
}

// A mistyped mediator name would otherwise give a report of zeros that
// looks like a quiet period.
std::vector<practice::CaseFigures> onlyMediator(std::vector<practice::CaseFigures> figures,
                                                const std::string& mediator, Date from, Date to) {
    std::set<std::string> mediators;
    for (const auto& f : figures) mediators.insert(f.mediator);
    std::erase_if(figures, [&](const practice::CaseFigures& f) { return f.mediator != mediator; });
    if (figures.empty() && !mediators.empty()) {
        std::string names;
        for (const auto& m : mediators) names += (names.empty() ? "" : ", ") + m;
        throw NotFound("no case of mediator '" + mediator + "' was open between " +
                       from.toString() + " and " + to.toString() +
                       "; the mediators of that period are: " + names);
    }
    return figures;
}

Command reportCommand() {
    Command c;
    c.name = "report";
    c.summary =
        "the practice report over a period (cases, outcomes, settlement rate, hours, fees), as PDF "
        "or CSV";
    c.options = {
        {"from", "DATE", "first day of the period", true},
        {"to", "DATE", "last day of the period", true},
        {"out", "FILE", "FILE.pdf or FILE.csv; the format follows the extension (mode 0600)", true},
        {"mediator", "NAME", "only this mediator's cases"},
        paperOption()};
    c.details =
        "Counts every case of the database that was open at some time in the period:\n"
        "cases opened and closed, their outcomes, the settlement rate (settled in\n"
        "full or in part, of the cases closed with an outcome), the median days from\n"
        "intake to close, sessions held, hours recorded and fees billed, for the\n"
        "practice and for each mediator. It names cases: keep it within the practice.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string out = args.value("out");
        const ReportFormat format = reportFormat(out);
        const Date from = *optionalDate(args, "from");
        const Date to = *optionalDate(args, "to");
        if (to < from)
            throw UsageError("--to " + to.toString() + " is before --from " + from.toString());
        auto figures = store::practiceFigures(context.database(), from, to);
        if (const auto mediator = args.optional("mediator"))
            figures = onlyMediator(std::move(figures), *mediator, from, to);
        const practice::PracticeReport report = practice::practiceReport(figures, from, to);
        const std::string what = "the practice report for " + from.toString() + " to " +
                                 to.toString() + " (" + std::to_string(report.cases.size()) +
                                 (report.cases.size() == 1 ? " case)" : " cases)");
        if (format == ReportFormat::Csv) {
            exchange::writeFileAtomically(out, practice::practiceReportCsv(report));
            context.out() << "Wrote " << what << " to " << out << ".\n";
            return 0;
        }
        const auto rendered = renderPdf(practiceReportDocument(report, paperFrom(args)));
        drafting::savePdf(rendered, out);
        reportWritten(context, what, out, rendered);
        return 0;
    };
    return c;
}

Command agreementToMediateCommand() {
    Command c;
    c.name = "agreement-to-mediate";
    c.summary = "the agreement to mediate for the parties and the mediator to sign, as PDF";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"out", "FILE.pdf", "where to write the PDF (mode 0600)", true},
                 {"template", "T",
                  "template name in reports/ or a template file (default agreement-to-mediate)"},
                 {"date", "DATE", "the date printed on it (default today)"}};
    c.details =
        "Names the parties, the mediator and co-mediators, the fees and each party's\n"
        "share as they stand in the case; a fee split that does not add up to 100 %\n"
        "is refused. Blank fields are printed as a line and listed here. Record each\n"
        "signature with `party signed`. Not recorded as a draft.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string out = pdfOutPath(args);
        const CaseRecord record =
            store::CaseRepository(context.database()).load(args.positional(0));
        const auto library = drafting::DocumentLibrary::besideProgram();
        const DocumentTemplate agreement =
            library.load(args.valueOr("template", drafting::kAgreementToMediate));
        const auto evaluated = drafting::agreementToMediate(
            record, agreement, optionalDate(args, "date").value_or(Date::today()), Instant::now());
        const auto rendered = renderPdf(evaluated.document);
        drafting::savePdf(rendered, out);
        reportWritten(context, "the agreement to mediate of " + record.head.reference, out,
                      rendered);
        if (!evaluated.unfilled.empty()) {
            context.out() << evaluated.unfilled.size()
                          << (evaluated.unfilled.size() == 1 ? " field is" : " fields are")
                          << " blank, printed as a line to fill in by hand:\n";
            for (const auto& field : evaluated.unfilled)
                context.out() << "  " << (field.record.empty() ? std::string("case") : field.record)
                              << ": " << field.path << "\n";
        }
        return 0;
    };
    return c;
}

}  // namespace

void registerPracticeDocumentCommands(CommandRegistry& registry) {
    registry.add(invoiceCommand());
    registry.add(reportCommand());
    registry.add(agreementToMediateCommand());
}

}  // namespace cg::cli
