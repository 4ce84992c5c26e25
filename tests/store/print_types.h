#pragma once
// How BOOST_TEST shows the domain's values when a comparison fails.
#include <optional>
#include <ostream>
#include <type_traits>

#include "domain/calendar.h"
#include "domain/money.h"
#include "domain/vocabulary.h"

namespace cg::domain {

inline std::ostream& boost_test_print_type(std::ostream& out, const Money& money) {
    return out << money.display();
}
inline std::ostream& boost_test_print_type(std::ostream& out, const Date& date) {
    return out << date.toString();
}
inline std::ostream& boost_test_print_type(std::ostream& out, const Instant& instant) {
    return out << instant.toString();
}
template <typename E>
requires std::is_enum_v<E> && requires(E e) { toString(e); }
std::ostream& boost_test_print_type(std::ostream& out, const E& value) {
    return out << toString(value);
}
template <typename T>
std::ostream& boost_test_print_type(std::ostream& out, const std::optional<T>& value) {
    if (!value) return out << "(none)";
    return boost_test_print_type(out, *value);
}

}  // namespace cg::domain
