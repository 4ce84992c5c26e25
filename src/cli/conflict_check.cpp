#include "cli/conflict_check.h"

#include <algorithm>
#include <cctype>
#include <ostream>

#include "cli/command_context.h"
#include "cli/text_table.h"
#include "domain/errors.h"
#include "store/people_directory.h"

namespace cg::cli {

using namespace domain::conflicts;

namespace {

std::string matchText(const ConflictHit& hit) {
    std::string match(toString(hit.kind));
    if (!hit.matchedName.empty()) match += " (" + hit.matchedName + ")";
    return match;
}

// Arguments the mediator can paste back into a shell.
std::string quotedForShell(const std::string& text) {
    const bool plain = !text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char c) {
        return std::isalnum(c) || c == '-' || c == '.' || c == '_' || c >= 0x80;
    });
    if (plain) return text;
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

}  // namespace

void printConflictHits(std::ostream& out, const std::vector<ConflictHit>& hits) {
    TextTable table({"Name", "Role", "Case", "Title", "Status", "Opened", "Closed", "Match"});
    for (const auto& hit : hits) {
        const ConflictEntry& entry = *hit.entry;
        table.addRow({entry.name, std::string(toString(entry.role)), entry.caseReference,
                      entry.caseTitle, std::string(domain::toString(entry.caseStatus)),
                      entry.openedOn.toString(), entry.closedOn ? entry.closedOn->toString() : "-",
                      matchText(hit)});
    }
    table.print(out, 40);
}

std::string conflictHitsText(const std::vector<ConflictHit>& hits) {
    std::string text;
    for (const auto& hit : hits) {
        const ConflictEntry& entry = *hit.entry;
        text += entry.name + " — " + std::string(toString(entry.role)) + " in " +
                entry.caseReference + " " + entry.caseTitle + " (" +
                std::string(domain::toString(entry.caseStatus)) + ", opened " +
                entry.openedOn.toString() +
                (entry.closedOn ? ", closed " + entry.closedOn->toString() : std::string()) +
                "): " + matchText(hit) + "\n";
    }
    return text;
}

std::vector<ConflictHit> hitsOutside(std::vector<ConflictHit> hits,
                                     const std::string& caseReference) {
    std::erase_if(hits,
                  [&](const ConflictHit& hit) { return hit.entry->caseReference == caseReference; });
    return hits;
}

void warnOfConflicts(CommandContext& context, const std::string& caseReference,
                     const std::vector<std::string>& names, CheckedAs checkedAs) {
    std::vector<std::string> searchable;
    for (const std::string& name : names)
        if (!NormalisedName::of(name).empty()) searchable.push_back(name);
    if (searchable.empty()) return;
    std::ostream& out = context.out();
    try {
        const ConflictIndex index(store::listPeople(context.database()), searchable);
        for (const std::string& name : searchable) {
            auto hits = hitsOutside(index.search(name), caseReference);
            if (checkedAs == CheckedAs::Mediator)
                std::erase_if(hits, [](const ConflictHit& hit) {
                    return hit.entry->role == domain::conflicts::ConflictRole::Mediator;
                });
            if (hits.empty()) continue;
            out << "\nPossible conflicts for " << name << ": " << hits.size()
                << (hits.size() == 1 ? " entry" : " entries") << " in other cases.\n";
            printConflictHits(out, hits);
            out << "Record a decision with: commonground-cli conflicts " << quotedForShell(name)
                << " --case " << caseReference
                << " --decide no-conflict|waived|declined [--reason TEXT]\n";
        }
    } catch (const domain::Error& error) {
        context.err() << "The conflict check could not run (" << error.what()
                      << "); run commonground-cli conflicts NAME --case " << caseReference
                      << " before going on.\n";
    }
}

void printConflictDecisions(std::ostream& out, const std::vector<ConflictDecision>& decisions) {
    TextTable table({"No", "Name checked", "Decision", "Reason", "By", "At", "Hits seen"});
    for (const auto& decision : decisions) {
        const auto hits = std::count(decision.hitsSeen.begin(), decision.hitsSeen.end(), '\n');
        table.addRow({std::to_string(decision.no), decision.checkedName,
                      std::string(toString(decision.verdict)),
                      decision.reason.empty() ? "-" : decision.reason, decision.decidedBy,
                      decision.decidedAt.toString(), std::to_string(hits)});
    }
    table.print(out, 60);
}

}  // namespace cg::cli
