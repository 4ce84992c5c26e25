#pragma once
// A count threshold with its comparator exactly as the rule writes it.
// "≥ 500" and "> 500" differ at exactly 500 records (HIPAA's HHS notice is
// ≥ 500, its media notice > 500 residents of a state), and fault regimes
// differ the same way (a 50 % bar is ≥ 50, a 51 % bar is > 50), so the
// comparator is data, never folded into the number.
#include <cstdint>
#include <string>

#include "domain/enum_names.h"

namespace cg::domain {

enum class Comparator { AtLeast, MoreThan, LessThan, AtMost };

template <>
struct EnumNames<Comparator> {
    static constexpr std::string_view what = "comparator";
    static constexpr auto names =
        std::to_array<std::pair<Comparator, std::string_view>>({{Comparator::AtLeast, "ge"},
                                                                {Comparator::MoreThan, "gt"},
                                                                {Comparator::LessThan, "lt"},
                                                                {Comparator::AtMost, "le"}});
};

// "≥", ">", "<", "≤": how the rule reads to a person.
std::string symbolOf(Comparator comparator);

// Whose count is compared: all records, or the residents of one state
// (HIPAA's media notice counts residents of a single state, 45 CFR 164.406).
enum class ThresholdScope { Total, PerState };

template <>
struct EnumNames<ThresholdScope> {
    static constexpr std::string_view what = "threshold scope";
    static constexpr auto names = std::to_array<std::pair<ThresholdScope, std::string_view>>(
        {{ThresholdScope::Total, "total"}, {ThresholdScope::PerState, "per-state"}});
};

struct Threshold {
    Comparator comparator = Comparator::AtLeast;
    std::int64_t value = 0;
    ThresholdScope scope = ThresholdScope::Total;

    bool isMetBy(std::int64_t count) const;
    // "≥ 500 records", "> 500 residents of one state"
    std::string describe() const;
};

}  // namespace cg::domain
