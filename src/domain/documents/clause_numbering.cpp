#include "domain/documents/clause_numbering.h"

#include <array>
#include <utility>

namespace cg::domain::documents {

std::string letterNumber(int n, bool upperCase) {
    if (n < 1) return {};
    const char letter = static_cast<char>((upperCase ? 'A' : 'a') + (n - 1) % 26);
    return std::string(static_cast<std::size_t>((n - 1) / 26 + 1), letter);
}

std::string romanNumber(int n) {
    static constexpr std::array<std::pair<int, const char*>, 13> kDigits{{{1000, "m"},
                                                                          {900, "cm"},
                                                                          {500, "d"},
                                                                          {400, "cd"},
                                                                          {100, "c"},
                                                                          {90, "xc"},
                                                                          {50, "l"},
                                                                          {40, "xl"},
                                                                          {10, "x"},
                                                                          {9, "ix"},
                                                                          {5, "v"},
                                                                          {4, "iv"},
                                                                          {1, "i"}}};
    std::string text;
    for (const auto& [value, digits] : kDigits)
        while (n >= value) {
            text += digits;
            n -= value;
        }
    return text;
}

std::string clauseNumber(const std::string& sectionNumber, int depth, int n) {
    switch (depth) {
        case 0: return sectionNumber.empty() ? std::to_string(n) : sectionNumber + "." + std::to_string(n);
        case 1: return "(" + letterNumber(n, false) + ")";
        case 2: return "(" + romanNumber(n) + ")";
        default: return "(" + letterNumber(n, true) + ")";
    }
}

}  // namespace cg::domain::documents
