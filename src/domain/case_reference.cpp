#include "domain/case_reference.h"

#include <cstdio>

#include "domain/errors.h"

namespace cg::domain {

namespace {

bool isUpperAlnum(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

bool allDigits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

}  // namespace

void requireReferencePrefix(std::string_view prefix) {
    bool ok = !prefix.empty() && prefix.size() <= 8 && prefix[0] >= 'A' && prefix[0] <= 'Z';
    for (char c : prefix) ok = ok && isUpperAlnum(c);
    if (!ok)
        throw ValidationError("case reference prefix '" + std::string(prefix) +
                              "' must be 1 to 8 capital letters or digits, starting with a letter");
}

bool CaseReference::isWellFormed(std::string_view text) {
    try {
        parse(text);
        return true;
    } catch (const ValidationError&) {
        return false;
    }
}

CaseReference CaseReference::parse(std::string_view text) {
    const auto bad = [&] {
        return ValidationError("'" + std::string(text) +
                               "' is not a case reference; write it like CG-2026-0001");
    };
    const auto first = text.find('-');
    const auto second = first == std::string_view::npos ? first : text.find('-', first + 1);
    if (second == std::string_view::npos) throw bad();
    const auto prefix = text.substr(0, first);
    const auto year = text.substr(first + 1, second - first - 1);
    const auto number = text.substr(second + 1);
    if (year.size() != 4 || !allDigits(year) || number.size() < 4 || number.size() > 6 || !allDigits(number))
        throw bad();
    try {
        requireReferencePrefix(prefix);
    } catch (const ValidationError&) {
        throw bad();
    }
    CaseReference ref;
    ref.prefix = std::string(prefix);
    ref.year = std::stoi(std::string(year));
    ref.number = std::stoi(std::string(number));
    if (ref.number == 0) throw bad();
    return ref;
}

std::string CaseReference::toString() const {
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "-%04d-%04d", year, number);
    return prefix + buffer;
}

}  // namespace cg::domain
