#include "domain/conflicts/conflict_decision.h"

#include <algorithm>
#include <cctype>

#include "domain/errors.h"

namespace cg::domain::conflicts {

namespace {

bool blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(),
                       [](unsigned char c) { return std::isspace(c) != 0; });
}

}  // namespace

std::string_view toString(ConflictVerdict verdict) {
    switch (verdict) {
        case ConflictVerdict::NoConflict:
            return "no-conflict";
        case ConflictVerdict::DisclosedAndWaived:
            return "waived";
        case ConflictVerdict::Declined:
            return "declined";
    }
    return "no-conflict";
}

std::optional<ConflictVerdict> verdictNamed(std::string_view name) {
    for (ConflictVerdict verdict : {ConflictVerdict::NoConflict,
                                    ConflictVerdict::DisclosedAndWaived,
                                    ConflictVerdict::Declined})
        if (toString(verdict) == name) return verdict;
    return std::nullopt;
}

void validate(const ConflictDecision& decision) {
    if (blank(decision.checkedName))
        throw ValidationError("a conflict decision needs the name that was checked",
                              "conflict decision", decision.no);
    if (decision.verdict != ConflictVerdict::NoConflict && blank(decision.reason))
        throw ValidationError(
            std::string("a conflict decision '") + std::string(toString(decision.verdict)) +
                "' for " + decision.checkedName +
                " needs a reason (what was disclosed to whom, or why the case is declined)",
            "conflict decision", decision.no);
}

}  // namespace cg::domain::conflicts
