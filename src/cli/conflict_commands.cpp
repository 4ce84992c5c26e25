// conflicts NAME: the conflict-of-interest check run at intake and before a
// person or organisation is added to a case.
#include <ostream>

#include "cli/command_registry.h"
#include "cli/record_commands.h"
#include "cli/text_table.h"
#include "domain/conflicts/conflict_index.h"
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

void printHits(std::ostream& out, const std::vector<ConflictHit>& hits) {
    TextTable table({"Name", "Role", "Case", "Title", "Status", "Opened", "Closed", "Match"});
    for (const auto& hit : hits) {
        const ConflictEntry& entry = *hit.entry;
        std::string match(toString(hit.kind));
        if (!hit.matchedName.empty()) match += " (" + hit.matchedName + ")";
        table.addRow({entry.name, std::string(toString(entry.role)), entry.caseReference,
                      entry.caseTitle, std::string(domain::toString(entry.caseStatus)),
                      entry.openedOn.toString(), entry.closedOn ? entry.closedOn->toString() : "-",
                      match});
    }
    table.print(out, 40);
}

Command conflictsCommand() {
    Command c;
    c.name = "conflicts";
    c.summary = "check a name against every case (conflict of interest)";
    c.positionals = "NAME";
    c.minPositionals = 1;
    c.maxPositionals = 64;
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
        "Exit code 0 whether or not anything was found.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string name = searchedName(args);
        const ConflictIndex index(store::listPeople(context.database()));
        const auto hits = index.search(name);
        const std::string among = " among " + plural(index.entries().size(), "name", "names") +
                                  " in " + plural(index.caseCount(), "case", "cases") + ".";
        if (hits.empty()) {
            context.out() << "No conflicts found for " << name << among << "\n";
            return 0;
        }
        context.out() << plural(hits.size(), "possible conflict", "possible conflicts") << " for "
                      << name << among << "\n";
        printHits(context.out(), hits);
        return 0;
    };
    return c;
}

}  // namespace

void registerConflictCommands(CommandRegistry& registry) { registry.add(conflictsCommand()); }

}  // namespace cg::cli
