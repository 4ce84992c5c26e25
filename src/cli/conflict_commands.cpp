// conflicts NAME: the conflict-of-interest check run at intake and before a
// person or organisation is added to a case; with --case and --decide it
// records the mediator's decision on the hits, and `conflicts --case REF`
// lists the decisions recorded for a case.
#include <ostream>

#include "cli/command_registry.h"
#include "cli/conflict_check.h"
#include "cli/record_commands.h"
#include "domain/conflicts/conflict_index.h"
#include "store/conflict_decisions.h"
#include "store/people_directory.h"

namespace cg::cli {

namespace {

using namespace domain::conflicts;

std::string searchedName(const ParsedArgs& args) {
    // `conflicts Anna Müller` without quotes means the same as with them.
    std::string name;
    for (const auto& word : args.positionals()) name += (name.empty() ? "" : " ") + word;
    return name;
}

std::string plural(std::size_t count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

// The decision asked for, checked before anything is searched or stored.
std::optional<ConflictDecision> requestedDecision(const ParsedArgs& args, const std::string& name) {
    const auto decide = args.optional("decide");
    if (!decide) {
        if (args.has("reason")) throw UsageError("--reason goes with --decide");
        return std::nullopt;
    }
    if (!args.has("case"))
        throw UsageError("--decide needs --case REF: a decision is recorded in the case it is for");
    const auto verdict = verdictNamed(*decide);
    if (!verdict)
        throw UsageError("unknown decision '" + *decide +
                         "'; use no-conflict, waived (disclosed and waived) or declined");
    ConflictDecision decision;
    decision.checkedName = name;
    decision.verdict = *verdict;
    decision.reason = args.valueOr("reason", "");
    if (decision.verdict != ConflictVerdict::NoConflict &&
        decision.reason.find_first_not_of(" \t\r\n") == std::string::npos)
        throw UsageError("--decide " + *decide +
                         " needs --reason TEXT: say what was disclosed to whom, or why the case "
                         "is declined. Nothing was recorded.");
    return decision;
}

int listDecisions(CommandContext& context, const std::string& caseReference) {
    const auto decisions = store::ConflictDecisionRepository(context.database()).forCase(caseReference);
    if (decisions.empty()) {
        context.out() << "No conflict decisions recorded for case " << caseReference << ".\n";
        return 0;
    }
    context.out() << plural(decisions.size(), "conflict decision", "conflict decisions")
                  << " for case " << caseReference << ":\n";
    printConflictDecisions(context.out(), decisions);
    return 0;
}

Command conflictsCommand() {
    Command c;
    c.name = "conflicts";
    c.summary = "check a name against every case (conflict of interest); record the decision";
    c.positionals = "[NAME]";
    c.minPositionals = 0;
    c.maxPositionals = 64;
    c.options = {
        {"case", "REF",
         "the case the check is for: its own records are left out of the hits; without NAME, "
         "list the case's decisions"},
        {"decide", "DECISION",
         "record the decision on the hits: no-conflict, waived (disclosed and waived) or "
         "declined; needs --case"},
        {"reason", "TEXT", "why; required for waived and declined"}};
    c.details =
        "Searches the parties, representatives, counsel, signatories, session\n"
        "participants and mediators of every case, closed ones included, for the\n"
        "same or a similar name. Case, accents, Greek and Cyrillic script\n"
        "(\"Ελληνική\" / \"Elliniki\"), umlauts written out (\"Müller\" / \"Mueller\"),\n"
        "legal forms (GmbH, Inc., LLC, S.A., ООО...), titles (Dr., Prof.) and word\n"
        "order do not matter; one letter off in a word of five letters or more is\n"
        "still found. A name whose words all appear in the other is listed too\n"
        "(\"Smith\" finds \"John Smith\"); names that each have a word the other\n"
        "lacks (\"Northwind Dental\", \"Northwind Logistics\") are not.\n"
        "\n"
        "With --case REF --decide, the hits are shown and the decision is recorded\n"
        "in that case with the hits seen, your name and the time, and entered in\n"
        "the audit trail. A waiver or a refusal without --reason is refused and\n"
        "nothing is stored. `conflicts --case REF` lists the decisions recorded\n"
        "for the case; `case show` lists them too.\n"
        "Exit code 0 whether or not anything was found.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string name = searchedName(args);
        const auto caseReference = args.optional("case");
        if (name.empty()) {
            if (!caseReference)
                throw UsageError("give a NAME to check, or --case REF to list its decisions");
            if (args.has("decide") || args.has("reason"))
                throw UsageError("--decide needs the NAME the decision is about");
            return listDecisions(context, *caseReference);
        }
        auto decision = requestedDecision(args, name);

        // Limited to the one name: most of what a full index costs is
        // normalising names that could never match it.
        const ConflictIndex index(store::listPeople(context.database()), {name});
        auto hits = index.search(name);
        std::string among = " among " + plural(index.entries().size(), "name", "names") + " in " +
                            plural(index.caseCount(), "case", "cases");
        if (caseReference) {
            hits = hitsOutside(std::move(hits), *caseReference);
            among += " (not counting " + *caseReference + " itself)";
        }
        among += ".";
        if (hits.empty()) {
            context.out() << "No conflicts found for " << name << among << "\n";
        } else {
            context.out() << plural(hits.size(), "possible conflict", "possible conflicts")
                          << " for " << name << among << "\n";
            printConflictHits(context.out(), hits);
        }
        if (decision) {
            decision->hitsSeen = conflictHitsText(hits);
            const auto stored = store::ConflictDecisionRepository(context.database())
                                    .record(*caseReference, std::move(*decision));
            context.out() << "Recorded conflict decision " << stored.no << " in case "
                          << *caseReference << ": " << toString(stored.verdict) << " for "
                          << stored.checkedName << " (by " << stored.decidedBy << ").\n";
        }
        return 0;
    };
    return c;
}

}  // namespace

void registerConflictCommands(CommandRegistry& registry) { registry.add(conflictsCommand()); }

}  // namespace cg::cli
