// bottom-line add / list / remove: the most a party will pay or the least it
// will accept, told to the mediator in confidence (usually in its caucus).
// Only the mediator's views use them (exposure REF compares them); these
// commands are the mediator's, and say so whenever they print a figure.
#include <ostream>

#include "cli/command_registry.h"
#include "cli/record_commands.h"
#include "cli/text_table.h"
#include "cli/value_parsers.h"

namespace cg::cli {

namespace {

using namespace domain;

const char* kConfidential =
    "Confidential: bottom lines were given to the mediator in private; never show them to any party.\n";

Command addCommand() {
    Command c;
    c.name = "bottom-line add";
    c.summary = "record a party's confidential bottom line: the most it pays or the least it accepts";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"party", "PARTY", "who gave it", true},
                 {"pays-at-most", "AMOUNT", "the most the party will pay"},
                 {"accepts-at-least", "AMOUNT", "the least the party will accept"},
                 {"session", "SESSION", "the party's caucus in which it was given"},
                 {"on", "DATE", "the day it was given (default today)"},
                 {"note", "TEXT", "conditions the party attached"},
                 currencyOption()};
    c.details = "Give exactly one of --pays-at-most and --accepts-at-least. Only the mediator's\n"
                "exposure view (exposure REF) uses it: no party audience ever sees a bottom line.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const bool pays = args.has("pays-at-most"), accepts = args.has("accepts-at-least");
        if (pays == accepts)
            throw UsageError("give exactly one of --pays-at-most and --accepts-at-least");
        const std::string& ref = args.positional(0);
        BottomLine b;
        b.partyNo = parseRecordRef(args.value("party"), "party");
        b.stance = pays ? BottomLineStance::PaysAtMost : BottomLineStance::AcceptsAtLeast;
        b.amount = requiredMoney(args, pays ? "pays-at-most" : "accepts-at-least", caseCurrency(context, ref, args));
        b.sessionNo = optionalRecordRef(args, "session", "session");
        b.givenOn = optionalDate(args, "on").value_or(Date::today());
        b.note = args.valueOr("note", "");
        const RecordNo no = store::BottomLineRepository(context.database()).add(ref, b);
        context.out() << "Added bottom line " << no << " (bottom-line-" << no << ") to " << ref
                      << ". It is confidential: only the mediator's views use it.\n";
        return 0;
    };
    return c;
}

Command listCommand() {
    Command c;
    c.name = "bottom-line list";
    c.summary = "list the confidential bottom lines of a case (for the mediator only)";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"party", "PARTY", "only this party's bottom lines"}};
    c.details = "Prints the figures as given; exposure REF compares each pair's latest ones.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const auto party = optionalRecordRef(args, "party", "party");
        TextTable table({"No", "Party", "Stance", "Amount", "Session", "Given on", "Note"});
        for (const auto& b : store::BottomLineRepository(context.database()).list(args.positional(0))) {
            if (party && b.partyNo != *party) continue;
            table.addRow({std::to_string(b.no), std::to_string(b.partyNo), std::string(toString(b.stance)),
                          b.amount.display(), b.sessionNo ? std::to_string(*b.sessionNo) : "—",
                          b.givenOn.toString(), orDash(b.note)});
        }
        context.err() << kConfidential;
        table.print(context.out());
        return 0;
    };
    return c;
}

}  // namespace

void registerBottomLineCommands(CommandRegistry& registry) {
    registry.add(addCommand());
    registry.add(listCommand());
    registry.add(removeCommand<BottomLine>("bottom-line", "bottom line"));
}

}  // namespace cg::cli
