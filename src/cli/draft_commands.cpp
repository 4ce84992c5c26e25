// draft (render), draft check, draft compare, draft list: the numbered
// versions of the settlement agreement. Rendering goes through cg_drafting,
// the same path the app takes, so a draft made here and one made in the
// window are the same document.
#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <ostream>

#include "cli/catalog_location.h"
#include "cli/command_registry.h"
#include "cli/document_output.h"
#include "cli/record_commands.h"
#include "cli/text_table.h"
#include "cli/value_parsers.h"
#include "cli/view_output.h"
#include "domain/documents/draft_comparison.h"
#include "drafting/document_library.h"
#include "drafting/settlement_drafting.h"
#include "store/case_repository.h"
#include "store/record_repository.h"

namespace cg::cli {

namespace {

using namespace domain;
using namespace domain::documents;

OptionSpec templateOption(const char* defaultName) {
    return {"template", "T",
            std::string("template name in reports/ or a template file (default ") + defaultName + ")"};
}

void printFindings(std::ostream& out, const drafting::PreparedDraft& draft) {
    if (draft.findings.empty()) {
        out << "Pre-flight check: nothing to fix.\n";
        return;
    }
    out << "Pre-flight check, " << draft.findings.size() << (draft.findings.size() == 1 ? " finding" : " findings")
        << ":\n";
    // One finding a line, never cut short: the message is what to act on.
    for (const auto& f : draft.findings) {
        const std::string record = f.recordNo ? f.recordKind + "-" + std::to_string(f.recordNo) : f.recordKind;
        out << "  " << std::left << std::setw(9) << severityName(f.severity) << " " << std::setw(10) << record << " "
            << f.message << "\n";
    }
}

drafting::PreparedDraft prepare(CommandContext& context, const ParsedArgs& args, const CaseRecord& record,
                                const char* defaultTemplate) {
    const auto library = drafting::DocumentLibrary::besideProgram();
    const DocumentTemplate documentTemplate = library.load(args.valueOr("template", defaultTemplate));
    const exchange::CatalogLoad catalogs = loadCatalogs(context, catalogFolder(args.optional("catalogs")));
    drafting::DraftRequest request;
    request.date = optionalDate(args, "date").value_or(Date::today());
    request.createdAt = Instant::now();
    if (args.has("changes-since"))
        request.changesSince = static_cast<int>(parseInteger(args.value("changes-since"), "--changes-since", 1, 100000));
    return drafting::prepareDraft(record, documentTemplate, catalogs.catalogs.notificationRules, request);
}

Command renderCommand() {
    Command c;
    c.name = "draft";
    c.summary = "render the next version of the settlement agreement as PDF and record it";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"out", "FILE.pdf", "where to write the PDF (mode 0600)", true},
                 templateOption("settlement-agreement"),
                 {"changes-since", "N", "open the draft with the changes since version N"},
                 {"date", "DATE", "the draft's date (default today); deadlines are judged as of it"},
                 {"strict", "", "write nothing when the pre-flight check finds something to fix"},
                 {"catalogs", "DIR", "reference catalog folder for the deadline checks"}};
    c.details =
        "The draft is built from the case: the parties and their signatories, recitals from\n"
        "agreed facts only, the accepted terms and the standard clauses of the template.\n"
        "The pre-flight check lists what to fix first (blank fields, a party without a\n"
        "signatory, a money term without an amount, a deadline the terms would miss) and the\n"
        "disputed facts left out. Each rendered draft is recorded as the next version with\n"
        "its terms and the PDF's SHA-256, so 'draft compare' can show what changed.\n"
        "Also: draft check, draft compare, draft list.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string out = pdfOutPath(args);
        const std::string& ref = args.positional(0);
        const CaseRecord record = store::CaseRepository(context.database()).load(ref);
        const drafting::PreparedDraft draft = prepare(context, args, record, drafting::kSettlementAgreement);
        printFindings(context.out(), draft);
        if (args.flag("strict") && draft.mustFixAnything()) {
            context.err() << "Nothing written: the pre-flight check found something to fix (--strict).\n";
            return 1;
        }
        const drafting::RenderedDocument rendered = renderPdf(draft.evaluated.document);
        drafting::savePdf(rendered, out);
        const AgreementDraft stored = drafting::recordDraftVersion(context.database(), ref, draft, rendered.sha256);
        context.out() << "Wrote draft " << stored.version << " of " << ref << " to " << out << " ("
                      << pageCount(rendered) << ", SHA-256 " << rendered.sha256.substr(0, 16)
                      << "…); recorded as version " << stored.version << ".\n";
        return 0;
    };
    return c;
}

Command checkCommand() {
    Command c;
    c.name = "draft check";
    c.summary = "the pre-flight check of the next draft, without rendering it";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {templateOption("settlement-agreement"),
                 {"date", "DATE", "the draft's date (default today)"},
                 {"catalogs", "DIR", "reference catalog folder for the deadline checks"}};
    c.details = "Exit status 1 when something must be fixed before the draft goes out.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const CaseRecord record = store::CaseRepository(context.database()).load(args.positional(0));
        const drafting::PreparedDraft draft = prepare(context, args, record, drafting::kSettlementAgreement);
        printFindings(context.out(), draft);
        return draft.mustFixAnything() ? 1 : 0;
    };
    return c;
}

const AgreementDraft& version(const CaseRecord& record, const std::string& text) {
    const auto wanted = parseInteger(text, "version", 1, 100000);
    for (const auto& d : record.drafts)
        if (d.version == wanted) return d;
    throw NotFound("case " + record.head.reference + " has no draft version " + text);
}

Command compareCommand() {
    Command c;
    c.name = "draft compare";
    c.summary = "what changed in the terms between two draft versions";
    c.positionals = "REF V1 V2";
    c.minPositionals = c.maxPositionals = 3;
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const CaseRecord record = store::CaseRepository(context.database()).load(args.positional(0));
        const AgreementDraft& earlier = version(record, args.positional(1));
        const AgreementDraft& later = version(record, args.positional(2));
        if (earlier.version >= later.version)
            throw UsageError("give the earlier version first (" + args.positional(1) + " is not before " +
                             args.positional(2) + ")");
        const auto differences = compareDrafts(earlier, later, record);
        context.out() << "Changes from draft " << earlier.version << " to draft " << later.version << " of "
                      << record.head.reference << ":\n";
        if (differences.empty()) context.out() << "  The terms are the same.\n";
        for (const auto& d : differences) {
            const char* kind = d.kind == TermDifference::Kind::Added     ? "added"
                               : d.kind == TermDifference::Kind::Removed ? "removed"
                                                                          : "changed";
            context.out() << "  " << kind << ": " << d.label << "\n";
            for (const auto& change : d.changes) context.out() << "      " << TermDifference::describe(change) << "\n";
        }
        return 0;
    };
    return c;
}

Command listCommand() {
    Command c;
    c.name = "draft list";
    c.summary = "list the agreement drafts of a case";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        TextTable table({"Version", "Template", "Created (UTC)", "Terms", "PDF SHA-256", "Note"});
        for (const auto& d : store::DraftRepository(context.database()).list(args.positional(0)))
            table.addRow({std::to_string(d.version), d.templateName, d.createdAt.toString(), orDash(numberList(d.termNos)),
                          orDash(d.pdfSha256.substr(0, 16)), orDash(d.note)});
        table.print(context.out());
        return 0;
    };
    return c;
}

}  // namespace

void registerDraftCommands(CommandRegistry& registry) {
    registry.add(renderCommand());
    registry.add(checkCommand());
    registry.add(compareCommand());
    registry.add(listCommand());
}

}  // namespace cg::cli
