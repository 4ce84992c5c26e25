// option add / list / status / schedule / remove
#include <ostream>

#include "cli/command_registry.h"
#include "cli/record_commands.h"
#include "cli/text_table.h"
#include "cli/value_parsers.h"

namespace cg::cli {

namespace {

using namespace domain;

// --instalment 2026-04-30=15000: one payment of the term, in its currency.
Instalment parseInstalment(const std::string& text, const std::string& currency) {
    const auto equals = text.find('=');
    if (equals == std::string::npos)
        throw UsageError("--instalment: '" + text + "' is not DATE=AMOUNT, e.g. 2026-04-30=15000");
    try {
        return {Date::parse(text.substr(0, equals)), Money::parse(text.substr(equals + 1), currency)};
    } catch (const ValidationError& e) {
        throw UsageError("--instalment " + text + ": " + e.what());
    }
}

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
                 {"due", "DATE", "when the term must be performed (YYYY-MM-DD)"},
                 {"instalment", "DATE=AMOUNT",
                  "one payment of the amount, e.g. 2026-04-30=15000; repeat in date order, they must add "
                  "up to --amount",
                  false, true},
                 currencyOption()};
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        SettlementOption o;
        o.description = args.value("description");
        o.kind = enumOption(args, "kind", OptionKind::Payment);
        o.status = enumOption(args, "status", OptionStatus::Proposed);
        const bool paid = args.has("amount") || args.has("instalment");
        const std::string currency = paid ? caseCurrency(context, ref, args) : "";
        if (args.has("amount")) o.amount = optionalMoney(args, "amount", currency);
        o.payerNo = optionalRecordRef(args, "payer", "party");
        o.payeeNo = optionalRecordRef(args, "payee", "party");
        o.interestNos = parseRecordRefs(args.values("interest"), "interest");
        o.dueOn = optionalDate(args, "due");
        for (const std::string& text : args.values("instalment")) o.instalments.push_back(parseInstalment(text, currency));
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

// When a term falls due and how a payment is split, for a term already recorded.
Command scheduleCommand() {
    Command c;
    c.name = "option schedule";
    c.summary = "set when a term falls due and the instalments of a payment";
    c.positionals = "REF OPTION";
    c.minPositionals = c.maxPositionals = 2;
    c.options = {{"due", "DATE", "when the term must be performed (YYYY-MM-DD)"},
                 {"instalment", "DATE=AMOUNT",
                  "one payment, e.g. 2026-04-30=15000; repeat in date order; replaces the instalments "
                  "recorded, which must add up to the term's amount",
                  false, true},
                 {"one-sum", "", "paid in one sum: remove the instalments"}};
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        if (args.flag("one-sum") && args.has("instalment"))
            throw UsageError("--one-sum and --instalment contradict each other; give one of them");
        store::OptionRepository options(context.database());
        SettlementOption o = options.get(ref, parseRecordRef(args.positional(1), "option"));
        if (args.has("due")) o.dueOn = optionalDate(args, "due");
        if (args.flag("one-sum")) o.instalments.clear();
        if (args.has("instalment")) {
            // In the term's own currency; a term without an amount is refused by its rules.
            const std::string currency = o.amount ? o.amount->currency() : caseCurrency(context, ref, args);
            o.instalments.clear();
            for (const std::string& text : args.values("instalment"))
                o.instalments.push_back(parseInstalment(text, currency));
        }
        options.update(ref, o);
        context.out() << "Option " << o.no << (o.dueOn ? " falls due on " + o.dueOn->toString() : " has no due date")
                      << (o.instalments.empty() ? ", in one sum"
                                                : ", in " + std::to_string(o.instalments.size()) + " instalments")
                      << ".\n";
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
        TextTable table({"No", "Status", "Kind", "Amount", "Due", "Serves", "Description"});
        for (const auto& o : store::OptionRepository(context.database()).list(args.positional(0))) {
            std::string serves;
            for (auto no : o.interestNos) serves += (serves.empty() ? "" : ",") + std::to_string(no);
            std::string amount = o.amount ? o.amount->display() : "—";
            if (!o.instalments.empty()) amount += " in " + std::to_string(o.instalments.size()) + " instalments";
            table.addRow({std::to_string(o.no), std::string(toString(o.status)), std::string(toString(o.kind)), amount,
                          o.dueOn ? o.dueOn->toString() : "—", orDash(serves), o.description});
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
    registry.add(scheduleCommand());
    registry.add(removeCommand<SettlementOption>("option"));
}

}  // namespace cg::cli
