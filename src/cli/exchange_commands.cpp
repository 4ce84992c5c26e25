// import, export
#include <ostream>

#include "cli/command_registry.h"
#include "cli/record_commands.h"
#include "domain/case_reference.h"
#include "exchange/case_file.h"
#include "store/case_repository.h"
#include "store/exhibit_contents.h"

namespace cg::cli {

namespace {

Command importCommand() {
    Command c;
    c.name = "import";
    c.summary = "import a case file (.cgcase); all or nothing";
    c.positionals = "FILE";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"new-reference", "", "store the case under the next free reference of its year instead of its own"},
                 {"as", "REF", "store the case under this reference instead of its own"}};
    c.details = "The whole file is checked before anything is stored; a file with any error\n"
                "adds nothing and the error names the file, line and column.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& path = args.positional(0);
        domain::CaseRecord record = exchange::readCaseFile(path);
        store::CaseRepository cases(context.database());
        const std::string original = record.head.reference;
        if (auto as = args.optional("as")) {
            record.head.reference = *as;
        } else if (args.flag("new-reference")) {
            const auto ref = domain::CaseReference::parse(original);
            record.head.reference = cases.nextReference(ref.prefix, record.head.openedOn.year());
        } else if (cases.exists(original)) {
            throw domain::ConflictError("case " + original + " already exists in " + context.database().describe() +
                                        "; nothing was imported. To import this file as a new case, run:\n"
                                        "  commonground-cli import " + path + " --new-reference");
        }
        cases.insert(record);
        context.out() << "Imported " << record.head.reference << ": " << record.head.title << " ("
                      << record.parties.size() << " parties, " << record.facts.size() << " facts, "
                      << record.claims.size() << " claims)\n";
        return 0;
    };
    return c;
}

Command exportCommand() {
    Command c;
    c.name = "export";
    c.summary = "export a whole case as a case file (.cgcase)";
    c.positionals = "REF FILE";
    c.minPositionals = c.maxPositionals = 2;
    c.details = "The file holds every record, confidential ones included, and the exhibits'\n"
                "files; it is written readable by you only. Share it with colleagues, not\n"
                "with parties.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        auto record = store::CaseRepository(context.database()).load(args.positional(0));
        // The file carries the exhibits' bytes, so a colleague who imports it
        // holds the same evidence, not just its fingerprints.
        store::loadExhibitContents(context.database(), record);
        exchange::writeCaseFile(record, args.positional(1));
        context.out() << "Exported " << record.head.reference << " to " << args.positional(1) << "\n";
        return 0;
    };
    return c;
}

}  // namespace

void registerExchangeCommands(CommandRegistry& registry) {
    registry.add(importCommand());
    registry.add(exportCommand());
}

}  // namespace cg::cli
