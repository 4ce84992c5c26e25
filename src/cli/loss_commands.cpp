// loss add / list / remove
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
    c.name = "loss add";
    c.summary = "record a cost a party bore, as a low and high estimate";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"party", "PARTY", "who bore the cost", true},
                 {"category", "CATEGORY", choices<LossCategory>(), true},
                 {"low", "AMOUNT", "low estimate", true},
                 {"high", "AMOUNT", "high estimate (default: the low one)"},
                 {"damages", "TYPE", choices<DamagesType>() + " (default undetermined)"},
                 {"description", "TEXT", "what the cost is"},
                 currencyOption()};
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        const std::string currency = caseCurrency(context, ref, args);
        LossItem l;
        l.partyNo = parseRecordRef(args.value("party"), "party");
        l.category = enumOption(args, "category", LossCategory::Other);
        l.low = requiredMoney(args, "low", currency);
        l.high = optionalMoney(args, "high", currency).value_or(l.low);
        l.damages = enumOption(args, "damages", DamagesType::Undetermined);
        l.description = args.valueOr("description", "");
        reportAdded(context, "loss", store::LossRepository(context.database()).add(ref, l), ref);
        return 0;
    };
    return c;
}

Command listCommand() {
    Command c;
    c.name = "loss list";
    c.summary = "list the losses of a case";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        TextTable table({"No", "Party", "Category", "Low", "High", "Damages", "Description"});
        for (const auto& l : store::LossRepository(context.database()).list(args.positional(0)))
            table.addRow({std::to_string(l.no), std::to_string(l.partyNo), std::string(toString(l.category)),
                          l.low.display(), l.high.display(), std::string(toString(l.damages)), orDash(l.description)});
        table.print(context.out());
        return 0;
    };
    return c;
}

}  // namespace

void registerLossCommands(CommandRegistry& registry) {
    registry.add(addCommand());
    registry.add(listCommand());
    registry.add(removeCommand<LossItem>("loss"));
}

}  // namespace cg::cli
