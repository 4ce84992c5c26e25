#pragma once
#include <iosfwd>

#include <vector>

#include "domain/case_record.h"
#include "domain/conflicts/conflict_decision.h"

namespace cg::cli {

// Days from intake (openedOn) to closedOn; the case must be closed.
long daysToClose(const domain::Case& head);

// The parties that have not signed the agreement to mediate, by number.
std::vector<const domain::Party*> partiesNotSigned(const std::vector<domain::Party>& parties);

// The whole case as readable text for the mediator: every record, with
// confidential material marked as such.
void printCase(std::ostream& out, const domain::CaseRecord& record);

// The conflict checks decided for the case, after the records: whoever
// reads the case sees that (and why) the mediator may act in it.
void printConflictDecisionSection(
    std::ostream& out, const std::vector<domain::conflicts::ConflictDecision>& decisions);

}  // namespace cg::cli
