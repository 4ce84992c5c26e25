#pragma once
// How Boost.Test prints domain values in failure messages (found by ADL).
#include <ostream>

#include "domain/calendar.h"
#include "domain/deadlines/deadline.h"

namespace cg::domain {

inline std::ostream& boost_test_print_type(std::ostream& out, const Date& d) {
    return out << d.toString();
}
inline std::ostream& boost_test_print_type(std::ostream& out, DeadlineStatus s) {
    return out << "DeadlineStatus(" << static_cast<int>(s) << ")";
}
inline std::ostream& boost_test_print_type(std::ostream& out, Comparator c) {
    return out << toString(c);
}

}  // namespace cg::domain
