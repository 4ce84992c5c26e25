// interest add / list / remove
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
    c.name = "interest add";
    c.summary = "record what a party needs underneath its position";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"party", "PARTY", "whose interest it is", true},
                 {"description", "TEXT", "the interest in the party's terms", true},
                 {"category", "CATEGORY", choices<InterestCategory>() + " (default financial)"},
                 {"priority", "1-5", "1 = must have … 5 = nice to have (default 3)"},
                 {"visibility", "WHO", choices<Visibility>() + " (default everyone)"}};
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        Interest i;
        i.partyNo = parseRecordRef(args.value("party"), "party");
        i.description = args.value("description");
        i.category = enumOption(args, "category", InterestCategory::Financial);
        if (auto p = args.optional("priority")) i.priority = static_cast<int>(parseInteger(*p, "--priority", 1, 5));
        i.visibility = enumOption(args, "visibility", Visibility::Everyone);
        const std::string& ref = args.positional(0);
        reportAdded(context, "interest", store::InterestRepository(context.database()).add(ref, i), ref);
        return 0;
    };
    return c;
}

Command listCommand() {
    Command c;
    c.name = "interest list";
    c.summary = "list the interests of a case, confidential ones marked";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        TextTable table({"No", "Party", "Category", "Priority", "Visibility", "Description"});
        for (const auto& i : store::InterestRepository(context.database()).list(args.positional(0)))
            table.addRow({std::to_string(i.no), std::to_string(i.partyNo), std::string(toString(i.category)),
                          std::to_string(i.priority), std::string(toString(i.visibility)), i.description});
        table.print(context.out(), 60);
        return 0;
    };
    return c;
}

}  // namespace

void registerInterestCommands(CommandRegistry& registry) {
    registry.add(addCommand());
    registry.add(listCommand());
    registry.add(removeCommand<Interest>("interest"));
}

}  // namespace cg::cli
