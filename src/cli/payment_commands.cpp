// payment add / list / remove: what the parties paid towards the invoices
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
    c.name = "payment add";
    c.summary = "record a payment a party made towards the mediator's invoice";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"party", "PARTY", "who paid", true},
                 {"amount", "AMOUNT", "how much", true},
                 {"on", "DATE", "when it was received (default today)"},
                 {"reference", "TEXT", "bank reference or cheque number"},
                 currencyOption()};
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        Payment p;
        p.partyNo = parseRecordRef(args.value("party"), "party");
        p.amount = requiredMoney(args, "amount", caseCurrency(context, ref, args));
        p.receivedOn = optionalDate(args, "on").value_or(Date::today());
        p.reference = args.valueOr("reference", "");
        reportAdded(context, "payment", store::PaymentRepository(context.database()).add(ref, p),
                    ref);
        return 0;
    };
    return c;
}

Command listCommand() {
    Command c;
    c.name = "payment list";
    c.summary = "list the payments received in a case";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        TextTable table({"No", "Received", "Party", "Amount", "Reference"});
        for (const auto& p : store::PaymentRepository(context.database()).list(args.positional(0)))
            table.addRow({std::to_string(p.no), p.receivedOn.toString(), std::to_string(p.partyNo),
                          p.amount.display(), orDash(p.reference)});
        table.print(context.out());
        return 0;
    };
    return c;
}

}  // namespace

void registerPaymentCommands(CommandRegistry& registry) {
    registry.add(addCommand());
    registry.add(listCommand());
    registry.add(removeCommand<Payment>("payment"));
}

}  // namespace cg::cli
