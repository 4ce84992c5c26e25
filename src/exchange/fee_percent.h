#pragma once
// A fee share as a case file writes it: a percentage with up to two
// decimals ("60", "33.33", "12.5"), held as basis points (6000, 3333, 1250)
// so that shares add up to exactly 100 %.
#include <optional>
#include <string>
#include <string_view>

namespace cg::exchange {

std::string percentText(int basisPoints);

// The basis points of "33.33", or nothing when text is not of that form
// (digits, optionally a point and one or two decimals, at most 100).
// Says why in `problem` when it returns nothing.
std::optional<int> parsePercent(std::string_view text, std::string& problem);

}  // namespace cg::exchange
