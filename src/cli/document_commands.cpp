// handout, summary, termsheet, template check: the papers other than the
// agreement itself. Handouts go to parties, so they are built only through
// the audience filter; the summary and worksheet are the mediator's own.
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

#include "cli/catalog_location.h"
#include "cli/command_registry.h"
#include "cli/document_output.h"
#include "cli/text_table.h"
#include "cli/value_parsers.h"
#include "cli/view_output.h"
#include "domain/documents/handouts/case_summary_document.h"
#include "domain/documents/handouts/interest_map_handout.h"
#include "domain/documents/handouts/mediator_worksheet_document.h"
#include "drafting/document_library.h"
#include "drafting/settlement_drafting.h"
#include "exchange/import_error.h"
#include "store/case_repository.h"

namespace cg::cli {

namespace {

using namespace domain;
using namespace domain::documents;

// The first line of a file, without its line break: a password kept out of
// the shell history and the process list.
std::string firstLine(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw domain::Error("cannot read the password file '" + path + "'");
    std::string line;
    std::getline(in, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) throw domain::Error("the password file '" + path + "' has an empty first line");
    return line;
}

report::PdfOptions passwordFrom(const ParsedArgs& args) {
    report::PdfOptions options;
    if (args.has("password") && args.has("password-file"))
        throw UsageError("give the password once: --password or --password-file");
    if (args.has("password")) {
        if (args.value("password").empty()) throw UsageError("--password: empty");
        options.userPassword = args.value("password");
    } else if (args.has("password-file")) {
        options.userPassword = firstLine(args.value("password-file"));
    }
    return options;
}

void reportWritten(CommandContext& context, const std::string& what, const std::string& out,
                   const drafting::RenderedDocument& rendered) {
    context.out() << "Wrote " << what << " to " << out << " (" << pageCount(rendered) << ").\n";
}

Command handoutCommand() {
    Command c;
    c.name = "handout";
    c.summary = "the interest-map handout for one audience, as PDF";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"audience", "WHO", "a party's number (2, party-2), 'all' parties, or 'mediator'", true},
                 {"out", "FILE.pdf", "where to write the PDF (mode 0600)", true},
                 {"password", "P", "protect the PDF with this password (128-bit)"},
                 {"password-file", "FILE", "read the password from the file's first line"},
                 {"date", "DATE", "the date printed on it (default today)"},
                 paperOption()};
    c.details =
        "The map, the interests, the shared interests and the options, exactly as the audience\n"
        "may see them: another party's confidential interests and caucus notes never appear,\n"
        "and mediator-only material appears only in the mediator's copy.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string out = pdfOutPath(args);
        const report::PdfOptions options = passwordFrom(args);
        const CaseRecord record = store::CaseRepository(context.database()).load(args.positional(0));
        const Audience audience = parseAudience(args.value("audience"), record);
        const Document document = interestMapHandout(record, audience, optionalDate(args, "date").value_or(Date::today()),
                                                     paperFrom(args));
        const auto rendered = renderPdf(document, options);
        drafting::savePdf(rendered, out);
        reportWritten(context,
                      "the interest-map handout for " + audience.describe(record) +
                          (options.userPassword ? " (password-protected)" : ""),
                      out, rendered);
        return 0;
    };
    return c;
}

Command summaryCommand() {
    Command c;
    c.name = "summary";
    c.summary = "the case summary (or, with --worksheet, the shared-interest worksheet) for the mediator, as PDF";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"out", "FILE.pdf", "where to write the PDF (mode 0600)", true},
                 {"worksheet", "", "the shared-interest worksheet instead of the case summary"},
                 {"date", "DATE", "the date printed on it (default today)"},
                 paperOption()};
    c.details = "Mediator's working papers: they contain confidential material and say so on every page.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string out = pdfOutPath(args);
        const CaseRecord record = store::CaseRepository(context.database()).load(args.positional(0));
        const Date date = optionalDate(args, "date").value_or(Date::today());
        const bool worksheet = args.flag("worksheet");
        const Document document = worksheet ? mediatorWorksheetDocument(record, date, paperFrom(args))
                                            : caseSummaryDocument(record, date, paperFrom(args));
        const auto rendered = renderPdf(document);
        drafting::savePdf(rendered, out);
        reportWritten(context, std::string(worksheet ? "the worksheet" : "the case summary") + " of " +
                                   record.head.reference, out, rendered);
        return 0;
    };
    return c;
}

Command termSheetCommand() {
    Command c;
    c.name = "termsheet";
    c.summary = "heads of terms from the accepted terms, for signing at the table, as PDF";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"out", "FILE.pdf", "where to write the PDF (mode 0600)", true},
                 {"template", "T", "template name in reports/ or a template file (default term-sheet)"},
                 {"date", "DATE", "the date printed on it (default today)"},
                 {"catalogs", "DIR", "reference catalog folder for the deadline checks"}};
    c.details = "The pre-flight check is printed as for a draft; a term sheet is not recorded as a draft version.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string out = pdfOutPath(args);
        const CaseRecord record = store::CaseRepository(context.database()).load(args.positional(0));
        const auto library = drafting::DocumentLibrary::besideProgram();
        const DocumentTemplate sheet = library.load(args.valueOr("template", drafting::kTermSheet));
        const exchange::CatalogLoad catalogs = loadCatalogs(context, catalogFolder(args.optional("catalogs")));
        drafting::DraftRequest request;
        request.date = optionalDate(args, "date").value_or(Date::today());
        request.createdAt = Instant::now();
        const auto prepared = drafting::prepareDraft(record, sheet, catalogs.catalogs.notificationRules, request);
        for (const auto& f : prepared.findings)
            if (f.severity == PreflightFinding::Severity::MustFix)
                context.out() << "  must fix: " << f.message << "\n";
        const auto rendered = renderPdf(prepared.evaluated.document);
        drafting::savePdf(rendered, out);
        reportWritten(context, "the term sheet of " + record.head.reference, out, rendered);
        return 0;
    };
    return c;
}

Command templateCheckCommand() {
    Command c;
    c.name = "template check";
    c.summary = "read the document templates (or one file) and report any error";
    c.positionals = "[FILE]";
    c.maxPositionals = 1;
    c.details =
        "Without FILE, every template in the program's reports/ folder. Each error gives\n"
        "file:line:column and what is wrong; exit status 1 when any template has one.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const auto library = drafting::DocumentLibrary::besideProgram();
        std::vector<std::string> names;
        if (args.positionals().empty()) names = library.templateNames();
        else names.push_back(args.positional(0));
        int broken = 0;
        for (const auto& name : names) {
            try {
                const DocumentTemplate t = library.load(name);
                context.out() << "ok     " << library.templateFile(name).string() << " (" << t.title << ")\n";
            } catch (const exchange::ImportError& e) {
                ++broken;
                context.err() << "error: " << e.what() << "\n";
            }
        }
        context.out() << names.size() << (names.size() == 1 ? " template, " : " templates, ") << broken
                      << (broken == 1 ? " with an error" : " with errors") << "\n";
        return broken ? 1 : 0;
    };
    return c;
}

}  // namespace

void registerDocumentCommands(CommandRegistry& registry) {
    registry.add(handoutCommand());
    registry.add(summaryCommand());
    registry.add(termSheetCommand());
    registry.add(templateCheckCommand());
}

}  // namespace cg::cli
