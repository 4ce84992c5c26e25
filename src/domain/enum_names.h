#pragma once
// One table per controlled vocabulary maps each value to the stable name that
// case files, the database and the CLI use. Renaming a value here would break
// stored files, so names only ever get added.
#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/errors.h"

namespace cg::domain {

// Specialised in vocabulary.h with:
//   static constexpr std::string_view what;           // "case status"
//   static constexpr std::array<std::pair<E, std::string_view>, N> names;
template <typename E>
struct EnumNames;

template <typename E>
std::string_view toString(E value) {
    for (const auto& [v, name] : EnumNames<E>::names)
        if (v == value) return name;
    return "?";
}

template <typename E>
std::vector<std::string_view> allNames() {
    std::vector<std::string_view> result;
    for (const auto& entry : EnumNames<E>::names) result.push_back(entry.second);
    return result;
}

template <typename E>
std::vector<E> allValues() {
    std::vector<E> result;
    for (const auto& entry : EnumNames<E>::names) result.push_back(entry.first);
    return result;
}

template <typename E>
E parseEnum(std::string_view name) {
    for (const auto& [v, n] : EnumNames<E>::names)
        if (n == name) return v;
    std::string expected;
    for (const auto& entry : EnumNames<E>::names)
        expected += (expected.empty() ? "" : ", ") + std::string(entry.second);
    throw ValidationError("unknown " + std::string(EnumNames<E>::what) + " '" + std::string(name) +
                          "' (expected one of: " + expected + ")");
}

}  // namespace cg::domain
