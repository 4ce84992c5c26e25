// expense add / list / remove: money spent for the case, split like the fees
// unless charged to one party
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
    c.name = "expense add";
    c.summary = "record an expense of the mediation (room hire, travel, an expert's fee)";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"amount", "AMOUNT", "what it cost", true},
                 {"description", "TEXT", "what it was for", true},
                 {"on", "DATE", "when it was incurred (default today)"},
                 {"party", "PARTY", "charge it to this party alone (default: split like the fees)"},
                 currencyOption()};
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        Expense e;
        e.amount = requiredMoney(args, "amount", caseCurrency(context, ref, args));
        e.description = args.value("description");
        e.incurredOn = optionalDate(args, "on").value_or(Date::today());
        e.chargedToPartyNo = optionalRecordRef(args, "party", "party");
        reportAdded(context, "expense", store::ExpenseRepository(context.database()).add(ref, e),
                    ref);
        return 0;
    };
    return c;
}

Command listCommand() {
    Command c;
    c.name = "expense list";
    c.summary = "list the expenses of a case";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        TextTable table({"No", "Date", "Amount", "Charged to", "Description"});
        for (const auto& e : store::ExpenseRepository(context.database()).list(args.positional(0)))
            table.addRow(
                {std::to_string(e.no), e.incurredOn.toString(), e.amount.display(),
                 e.chargedToPartyNo ? "party " + std::to_string(*e.chargedToPartyNo) : "shared",
                 e.description});
        table.print(context.out());
        return 0;
    };
    return c;
}

}  // namespace

void registerExpenseCommands(CommandRegistry& registry) {
    registry.add(addCommand());
    registry.add(listCommand());
    registry.add(removeCommand<Expense>("expense"));
}

}  // namespace cg::cli
