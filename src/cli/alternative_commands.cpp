// alternative add / edit / list / remove: a party's BATNA and WATNA, for its
// preparation sheet (worksheet REF). Never visible to everyone: the party's
// own estimate is seen by it and the mediator, the mediator's by the
// mediator alone.
#include <ostream>

#include "cli/command_registry.h"
#include "cli/record_commands.h"
#include "cli/text_table.h"
#include "cli/value_parsers.h"

namespace cg::cli {

namespace {

using namespace domain;

const char* kVisibilityHelp =
    "party-and-mediator (default: the party's own estimate) or mediator-only (the mediator's estimate)";

int likelihoodOption(const ParsedArgs& args, int fallback) {
    const auto text = args.optional("likelihood");
    return text ? static_cast<int>(parseInteger(*text, "--likelihood", 0, 100)) : fallback;
}

Command addCommand() {
    Command c;
    c.name = "alternative add";
    c.summary = "record a party's best (BATNA) or worst (WATNA) alternative to an agreement";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"party", "PARTY", "whose alternative it is", true},
                 {"kind", "KIND", "batna or watna", true},
                 {"description", "TEXT", "what the party would do without a deal", true},
                 {"value", "AMOUNT", "what it is worth in money: recovered, or paid (say which in the description)"},
                 {"likelihood", "PCT", "how likely it is, 0 to 100 (default 50)"},
                 {"visibility", "WHO", kVisibilityHelp},
                 currencyOption()};
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        Alternative a;
        a.partyNo = parseRecordRef(args.value("party"), "party");
        a.kind = enumOption(args, "kind", AlternativeKind::Batna);
        a.description = args.value("description");
        if (args.has("value")) a.value = optionalMoney(args, "value", caseCurrency(context, ref, args));
        a.likelihoodPercent = likelihoodOption(args, 50);
        a.visibility = enumOption(args, "visibility", Visibility::PartyAndMediator);
        reportAdded(context, "alternative", store::AlternativeRepository(context.database()).add(ref, a), ref);
        return 0;
    };
    return c;
}

// Changes only the fields given; --value "" removes the value.
Command editCommand() {
    Command c;
    c.name = "alternative edit";
    c.summary = "change a party's alternative: kind, description, value, likelihood or visibility";
    c.positionals = "REF ALTERNATIVE";
    c.minPositionals = c.maxPositionals = 2;
    c.options = {{"party", "PARTY", "whose alternative it is"},
                 {"kind", "KIND", "batna or watna"},
                 {"description", "TEXT", "what the party would do without a deal"},
                 {"value", "AMOUNT", "what it is worth in money; \"\" for no figure"},
                 {"likelihood", "PCT", "how likely it is, 0 to 100"},
                 {"visibility", "WHO", kVisibilityHelp},
                 currencyOption()};
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        store::AlternativeRepository alternatives(context.database());
        Alternative a = alternatives.get(ref, parseRecordRef(args.positional(1), "alternative"));
        if (args.has("party")) a.partyNo = parseRecordRef(args.value("party"), "party");
        a.kind = enumOption(args, "kind", a.kind);
        a.description = args.valueOr("description", a.description);
        if (const auto value = args.optional("value"))
            a.value = value->empty() ? std::nullopt : optionalMoney(args, "value", caseCurrency(context, ref, args));
        a.likelihoodPercent = likelihoodOption(args, a.likelihoodPercent);
        a.visibility = enumOption(args, "visibility", a.visibility);
        alternatives.update(ref, a);
        context.out() << "Saved alternative " << a.no << " (" << toString(a.kind) << " of party " << a.partyNo
                      << ").\n";
        return 0;
    };
    return c;
}

Command listCommand() {
    Command c;
    c.name = "alternative list";
    c.summary = "list the parties' alternatives (BATNA, WATNA)";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"party", "PARTY", "only this party's alternatives"}};
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const auto party = optionalRecordRef(args, "party", "party");
        TextTable table({"No", "Party", "Kind", "Value", "Likelihood", "Visibility", "Alternative"});
        for (const auto& a : store::AlternativeRepository(context.database()).list(args.positional(0))) {
            if (party && a.partyNo != *party) continue;
            table.addRow({std::to_string(a.no), std::to_string(a.partyNo), std::string(toString(a.kind)),
                          a.value ? a.value->display() : "—", std::to_string(a.likelihoodPercent) + " %",
                          std::string(toString(a.visibility)), a.description});
        }
        table.print(context.out());
        return 0;
    };
    return c;
}

}  // namespace

void registerAlternativeCommands(CommandRegistry& registry) {
    registry.add(addCommand());
    registry.add(editCommand());
    registry.add(listCommand());
    registry.add(removeCommand<Alternative>("alternative"));
}

}  // namespace cg::cli
