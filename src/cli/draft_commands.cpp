// draft add / list: the record of each numbered agreement draft. Rendering the
// draft itself belongs to the documents layer.
#include <ostream>

#include "cli/command_registry.h"
#include "cli/record_commands.h"
#include "cli/text_table.h"
#include "cli/value_parsers.h"

namespace cg::cli {

namespace {

using namespace domain;

Command addCommand() {
    Command c;
    c.name = "draft add";
    c.summary = "record a new numbered version of the settlement agreement draft";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"template", "NAME", "the template it was built from (default settlement-agreement)"},
                 {"term", "OPTION", "an accepted option it contains", false, true},
                 {"note", "TEXT", "what changed in this version"}};
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        store::DraftRepository drafts(context.database());
        AgreementDraft d;
        int version = 0;
        for (const auto& existing : drafts.list(ref)) version = std::max(version, existing.version);
        d.version = version + 1;
        d.templateName = args.valueOr("template", "settlement-agreement");
        d.termNos = parseRecordRefs(args.values("term"), "option");
        d.note = args.valueOr("note", "");
        d.createdAt = Instant::now();
        const RecordNo no = drafts.add(ref, d);
        context.out() << "Recorded draft " << d.version << " (draft-" << no << ") of " << ref << ".\n";
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
        TextTable table({"No", "Version", "Template", "Created (UTC)", "Terms", "Note"});
        for (const auto& d : store::DraftRepository(context.database()).list(args.positional(0))) {
            std::string terms;
            for (auto no : d.termNos) terms += (terms.empty() ? "" : ",") + std::to_string(no);
            table.addRow({std::to_string(d.no), std::to_string(d.version), d.templateName, d.createdAt.toString(),
                          orDash(terms), orDash(d.note)});
        }
        table.print(context.out());
        return 0;
    };
    return c;
}

}  // namespace

void registerDraftCommands(CommandRegistry& registry) {
    registry.add(addCommand());
    registry.add(listCommand());
}

}  // namespace cg::cli
