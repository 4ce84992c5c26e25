#pragma once
// What the mediator decided after a conflict check on a name (issue 7):
// kept with the case and in the audit trail, so that a later challenge to
// the mediator's neutrality can be answered with what was seen and why.
#include <optional>
#include <string>
#include <string_view>

#include "domain/calendar.h"
#include "domain/record_no.h"

namespace cg::domain::conflicts {

enum class ConflictVerdict {
    NoConflict,          // the hits are other people or firms, or unrelated
    DisclosedAndWaived,  // disclosed to the parties, who agreed to go on
    Declined,            // the mediator does not take (or leaves) the case
};

// The names used on the command line and in the database: "no-conflict",
// "waived", "declined".
std::string_view toString(ConflictVerdict verdict);
std::optional<ConflictVerdict> verdictNamed(std::string_view name);

struct ConflictDecision {
    RecordNo no = 0;
    std::string checkedName;
    ConflictVerdict verdict = ConflictVerdict::NoConflict;
    std::string reason;
    std::string decidedBy;  // the database actor who recorded it
    Instant decidedAt;
    std::string hitsSeen;  // the hits as they were listed, one per line
};

// A waiver or a refusal must say why: the waiver is only good if the
// parties were told what the mediator knew, and a refusal after intake
// has to be explained to them. Throws ValidationError.
void validate(const ConflictDecision& decision);

}  // namespace cg::domain::conflicts
