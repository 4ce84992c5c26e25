#pragma once
// A share of the fees in per cent, held as basis points (10000 = 100 %) so
// that shares add up exactly, and written the same way everywhere: the case
// file and the dialogs ("33.33", "12.5", "60"), people's text ("33.33 %":
// the invoice, the agreement to mediate, `fees show`, the audit trail and
// the validation messages).
#include <optional>
#include <string>
#include <string_view>

namespace cg::domain::practice {

// 6000 -> "60", 3333 -> "33.33", 1250 -> "12.5".
std::string percentNumber(int basisPoints);
// 6000 -> "60 %", 3334 -> "33.34 %".
std::string shareText(int basisPoints);

// The basis points of "60", "33.33" or "12.5" (digits, optionally a point and
// one or two decimals, at most 100), or nothing with the reason in `problem`
// ("has more than two decimals; write it like 33.33").
std::optional<int> parsePercent(std::string_view text, std::string& problem);

}  // namespace cg::domain::practice
