#pragma once
// Pieces every record command group shares: naming the case, its currency,
// the "added" message and the generic remove command.
#include <string>

#include "cli/command_context.h"
#include "cli/command_line.h"
#include "cli/value_parsers.h"
#include "store/record_repository.h"

namespace cg::cli {

// The currency amounts of this case are typed in (--currency overrides).
std::string caseCurrency(CommandContext& context, const std::string& caseRef, const ParsedArgs& args);

void reportAdded(CommandContext& context, const std::string& kind, domain::RecordNo no, const std::string& caseRef);

// "KIND remove REF NO": refused, with what links to it, when something does.
template <typename Record>
Command removeCommand(const std::string& kind) {
    Command c;
    c.name = kind + " remove";
    const bool vowel = std::string("aeiou").find(kind[0]) != std::string::npos;
    c.summary = std::string(vowel ? "remove an " : "remove a ") + kind +
                " from a case (refused while other records refer to it)";
    c.positionals = "REF NO";
    c.minPositionals = c.maxPositionals = 2;
    c.run = [kind](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        const domain::RecordNo no = parseRecordRef(args.positional(1), kind);
        store::RecordRepository<Record>(context.database()).remove(ref, no);
        context.out() << "Removed " << kind << " " << no << " from " << ref << ".\n";
        return 0;
    };
    return c;
}

// Common option: --currency for commands that take amounts.
OptionSpec currencyOption();

// "yes"/"" for listing flags; "—" for an absent value.
std::string orDash(const std::string& text);

}  // namespace cg::cli
