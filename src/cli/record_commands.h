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
// noun names the record in messages when the command word alone does not
// ("time" removes a "time entry").
template <typename Record>
Command removeCommand(const std::string& kind, const std::string& noun = {}) {
    const std::string what = noun.empty() ? kind : noun;
    Command c;
    c.name = kind + " remove";
    const bool vowel = std::string("aeiou").find(what[0]) != std::string::npos;
    c.summary = std::string(vowel ? "remove an " : "remove a ") + what +
                " from a case (refused while other records refer to it)";
    c.positionals = "REF NO";
    c.minPositionals = c.maxPositionals = 2;
    c.run = [kind, what](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        const domain::RecordNo no = parseRecordRef(args.positional(1), kind);
        store::RecordRepository<Record>(context.database()).remove(ref, no);
        context.out() << "Removed " << what << " " << no << " from " << ref << ".\n";
        return 0;
    };
    return c;
}

// Common option: --currency for commands that take amounts.
OptionSpec currencyOption();

// "yes"/"" for listing flags; "—" for an absent value.
std::string orDash(const std::string& text);

}  // namespace cg::cli
