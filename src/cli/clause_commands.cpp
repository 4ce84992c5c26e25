// clause add / list / remove
#include <ostream>

#include "cli/command_registry.h"
#include "cli/record_commands.h"
#include "cli/text_table.h"
#include "cli/value_parsers.h"

namespace cg::cli {

namespace {

using namespace domain;

std::optional<LiabilityCap> capFromOptions(const ParsedArgs& args, const std::string& currency) {
    const bool fixed = args.has("cap");
    const bool lookback = args.has("monthly-fees");
    if (fixed && lookback) throw UsageError("give either --cap or --monthly-fees, not both");
    if (!fixed && !lookback) {
        if (args.has("carve-out") || args.has("lookback-months") || args.has("multiplier"))
            throw UsageError("--carve-out, --lookback-months and --multiplier need --cap or --monthly-fees");
        return std::nullopt;
    }
    LiabilityCap cap;
    cap.carveOuts = args.values("carve-out");
    if (fixed) {
        cap.basis = CapBasis::FixedAmount;
        cap.fixedAmount = requiredMoney(args, "cap", currency);
        return cap;
    }
    cap.basis = CapBasis::FeesLookback;
    cap.monthlyFees = requiredMoney(args, "monthly-fees", currency);
    if (auto m = args.optional("lookback-months"))
        cap.lookbackMonths = static_cast<int>(parseInteger(*m, "--lookback-months", 1, 120));
    if (auto m = args.optional("multiplier"))
        cap.multiplierPercent = static_cast<int>(parseInteger(*m, "--multiplier", 1, 10'000));
    return cap;
}

Command addCommand() {
    Command c;
    c.name = "clause add";
    c.summary = "record a contract clause in play (MSA, SOW, SLA, BAA, policy…)";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"section", "REF", "section reference, e.g. '§ 9.2'", true},
                 {"kind", "KIND", choices<ClauseKind>() + " (default other)"},
                 {"source", "DOC", choices<SourceDocument>() + " (default msa)"},
                 {"document", "TITLE", "the document's title and date"},
                 {"text", "TEXT", "the clause's wording"},
                 {"obligated", "PARTY", "the party the clause obliges"},
                 {"control", "ID", "a security control it covers, e.g. 'CIS 6.4'", false, true},
                 {"cap", "AMOUNT", "liability cap: a fixed amount"},
                 {"monthly-fees", "AMOUNT", "liability cap: fees a month, times the look-back and multiplier"},
                 {"lookback-months", "N", "liability cap: months of fees (default 12)"},
                 {"multiplier", "PERCENT", "liability cap: 100 = 1×, 200 = 2× (default 100)"},
                 {"carve-out", "TEXT", "liability cap: what the cap does not limit", false, true},
                 currencyOption()};
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        ContractClause clause;
        clause.section = args.value("section");
        clause.kind = enumOption(args, "kind", ClauseKind::Other);
        clause.source = enumOption(args, "source", SourceDocument::Msa);
        clause.documentTitle = args.valueOr("document", "");
        clause.text = args.valueOr("text", "");
        clause.obligatedPartyNo = optionalRecordRef(args, "obligated", "party");
        clause.coveredControls = args.values("control");
        if (args.has("cap") || args.has("monthly-fees") || args.has("carve-out"))
            clause.cap = capFromOptions(args, caseCurrency(context, ref, args));
        reportAdded(context, "clause", store::ClauseRepository(context.database()).add(ref, clause), ref);
        return 0;
    };
    return c;
}

Command listCommand() {
    Command c;
    c.name = "clause list";
    c.summary = "list the contract clauses of a case";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        TextTable table({"No", "Section", "Source", "Kind", "Obliges", "Cap", "Controls"});
        for (const auto& cl : store::ClauseRepository(context.database()).list(args.positional(0))) {
            std::string controls;
            for (const auto& control : cl.coveredControls) controls += (controls.empty() ? "" : "; ") + control;
            table.addRow({std::to_string(cl.no), cl.section, std::string(toString(cl.source)),
                          std::string(toString(cl.kind)),
                          cl.obligatedPartyNo ? std::to_string(*cl.obligatedPartyNo) : "—",
                          cl.cap ? cl.cap->amount().display() : "—", orDash(controls)});
        }
        table.print(context.out());
        return 0;
    };
    return c;
}

}  // namespace

void registerClauseCommands(CommandRegistry& registry) {
    registry.add(addCommand());
    registry.add(listCommand());
    registry.add(removeCommand<ContractClause>("clause"));
}

}  // namespace cg::cli
