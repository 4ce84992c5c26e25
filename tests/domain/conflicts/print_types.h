#pragma once
// How Boost.Test shows the check's values when an assertion fails.
#include <ostream>

#include "domain/calendar.h"
#include "domain/conflicts/conflict_entry.h"
#include "domain/enum_names.h"
#include "domain/vocabulary.h"

namespace cg::domain {
inline std::ostream& operator<<(std::ostream& out, const Date& date) {
    return out << date.toString();
}
inline std::ostream& operator<<(std::ostream& out, CaseStatus status) {
    return out << toString(status);
}
}  // namespace cg::domain

namespace cg::domain::conflicts {
inline std::ostream& operator<<(std::ostream& out, MatchKind kind) { return out << toString(kind); }
inline std::ostream& operator<<(std::ostream& out, ConflictRole role) {
    return out << toString(role);
}
}  // namespace cg::domain::conflicts
