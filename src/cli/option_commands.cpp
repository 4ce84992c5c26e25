// option add / list / status / remove
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
    c.name = "option add";
    c.summary = "record a possible settlement term and the interests it serves";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"description", "TEXT", "the term", true},
                 {"kind", "KIND", choices<OptionKind>() + " (default payment)"},
                 {"status", "STATUS", choices<OptionStatus>() + " (default proposed)"},
                 {"amount", "AMOUNT", "amount, for payments and credits"},
                 {"payer", "PARTY", "who pays or performs"},
                 {"payee", "PARTY", "who receives"},
                 {"interest", "INTEREST", "an interest the term serves", false, true},
                 currencyOption()};
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        SettlementOption o;
        o.description = args.value("description");
        o.kind = enumOption(args, "kind", OptionKind::Payment);
        o.status = enumOption(args, "status", OptionStatus::Proposed);
        if (args.has("amount")) o.amount = optionalMoney(args, "amount", caseCurrency(context, ref, args));
        o.payerNo = optionalRecordRef(args, "payer", "party");
        o.payeeNo = optionalRecordRef(args, "payee", "party");
        o.interestNos = parseRecordRefs(args.values("interest"), "interest");
        reportAdded(context, "option", store::OptionRepository(context.database()).add(ref, o), ref);
        return 0;
    };
    return c;
}

Command statusCommand() {
    Command c;
    c.name = "option status";
    c.summary = "mark a settlement option proposed, accepted or rejected";
    c.positionals = "REF OPTION STATUS";
    c.minPositionals = c.maxPositionals = 3;
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        store::OptionRepository options(context.database());
        SettlementOption o = options.get(ref, parseRecordRef(args.positional(1), "option"));
        o.status = parseEnum<OptionStatus>(args.positional(2));
        options.update(ref, o);
        context.out() << "Option " << o.no << " is now " << toString(o.status) << ".\n";
        return 0;
    };
    return c;
}

Command listCommand() {
    Command c;
    c.name = "option list";
    c.summary = "list the settlement options of a case";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        TextTable table({"No", "Status", "Kind", "Amount", "Serves", "Description"});
        for (const auto& o : store::OptionRepository(context.database()).list(args.positional(0))) {
            std::string serves;
            for (auto no : o.interestNos) serves += (serves.empty() ? "" : ",") + std::to_string(no);
            table.addRow({std::to_string(o.no), std::string(toString(o.status)), std::string(toString(o.kind)),
                          o.amount ? o.amount->display() : "—", orDash(serves), o.description});
        }
        table.print(context.out(), 60);
        return 0;
    };
    return c;
}

}  // namespace

void registerOptionCommands(CommandRegistry& registry) {
    registry.add(addCommand());
    registry.add(listCommand());
    registry.add(statusCommand());
    registry.add(removeCommand<SettlementOption>("option"));
}

}  // namespace cg::cli
