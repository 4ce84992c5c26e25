#pragma once
// The conflict-of-interest check as the commands run it: `conflicts NAME`,
// and the warning `party add` and `party edit` print when a name they
// store appears in another case.
#include <iosfwd>
#include <string>
#include <vector>

#include "domain/conflicts/conflict_decision.h"
#include "domain/conflicts/conflict_index.h"

namespace cg::cli {

class CommandContext;

// The hits as a table: name, role, case, title, status, dates, match.
void printConflictHits(std::ostream& out, const std::vector<domain::conflicts::ConflictHit>& hits);

// The hits as lines of text, kept with a decision so that it records what
// the mediator saw when deciding.
std::string conflictHitsText(const std::vector<domain::conflicts::ConflictHit>& hits);

// The hits that are not in caseReference: a case's own parties are not a
// conflict with it.
std::vector<domain::conflicts::ConflictHit> hitsOutside(
    std::vector<domain::conflicts::ConflictHit> hits, const std::string& caseReference);

// Checks each of names against every case other than caseReference and
// prints, for each name with hits, a warning block with the hits and the
// command that records a decision. Prints nothing when there are none. A
// name with no letters or digits is skipped, not refused: the record it
// belongs to has been saved already, so a check that cannot run is
// reported on err and does not fail the command.
// A mediator is checked for what else they were (a party, counsel, a
// participant) in other cases: mediating them is no conflict.
enum class CheckedAs { Anyone, Mediator };
void warnOfConflicts(CommandContext& context, const std::string& caseReference,
                     const std::vector<std::string>& names, CheckedAs checkedAs = CheckedAs::Anyone);

// The decisions as a table, for `conflicts --case REF` and `case show`.
void printConflictDecisions(std::ostream& out,
                            const std::vector<domain::conflicts::ConflictDecision>& decisions);

}  // namespace cg::cli
