// claim add / list / remove
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
    c.name = "claim add";
    c.summary = "record that one party blames another for something";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"accuser", "PARTY", "the party that blames", true},
                 {"accused", "PARTY", "the party blamed", true},
                 {"allegation", "TEXT", "what the accused is said to be responsible for", true},
                 {"basis", "BASIS", choices<ClaimBasis>() + " (default breach-of-contract)"},
                 {"position", "TEXT", "the accuser's stated position"},
                 {"amount", "AMOUNT", "amount claimed"},
                 {"fact", "FACT", "a fact the claim rests on", false, true},
                 {"clause", "CLAUSE", "a clause the claim invokes", false, true},
                 {"interest", "INTEREST", "an interest the claim touches", false, true},
                 currencyOption()};
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        BlameClaim claim;
        claim.accuserNo = parseRecordRef(args.value("accuser"), "party");
        claim.accusedNo = parseRecordRef(args.value("accused"), "party");
        claim.allegation = args.value("allegation");
        claim.basis = enumOption(args, "basis", ClaimBasis::BreachOfContract);
        claim.position = args.valueOr("position", "");
        if (args.has("amount")) claim.amountClaimed = optionalMoney(args, "amount", caseCurrency(context, ref, args));
        claim.factNos = parseRecordRefs(args.values("fact"), "fact");
        claim.clauseNos = parseRecordRefs(args.values("clause"), "clause");
        claim.interestNos = parseRecordRefs(args.values("interest"), "interest");
        reportAdded(context, "claim", store::ClaimRepository(context.database()).add(ref, claim), ref);
        return 0;
    };
    return c;
}

Command listCommand() {
    Command c;
    c.name = "claim list";
    c.summary = "list the blame claims of a case";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        TextTable table({"No", "Accuser", "Accused", "Basis", "Amount", "Allegation"});
        for (const auto& cl : store::ClaimRepository(context.database()).list(args.positional(0)))
            table.addRow({std::to_string(cl.no), std::to_string(cl.accuserNo), std::to_string(cl.accusedNo),
                          std::string(toString(cl.basis)), cl.amountClaimed ? cl.amountClaimed->display() : "—",
                          cl.allegation});
        table.print(context.out(), 60);
        return 0;
    };
    return c;
}

}  // namespace

void registerClaimCommands(CommandRegistry& registry) {
    registry.add(addCommand());
    registry.add(listCommand());
    registry.add(removeCommand<BlameClaim>("claim"));
}

}  // namespace cg::cli
