#pragma once
#include <string>
#include <string_view>

namespace cg::domain {

// Case references read like CG-2026-0001: a firm prefix, the year the case
// was opened and a running number within that year.
struct CaseReference {
    std::string prefix = "CG";
    int year = 0;
    int number = 0;

    static constexpr std::string_view kDefaultPrefix = "CG";

    // Throws ValidationError when text is not PREFIX-YYYY-NNNN.
    static CaseReference parse(std::string_view text);
    static bool isWellFormed(std::string_view text);
    std::string toString() const;
};

// Throws ValidationError unless prefix is 1-8 capital letters or digits,
// starting with a letter.
void requireReferencePrefix(std::string_view prefix);

}  // namespace cg::domain
