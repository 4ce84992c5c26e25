#include "domain/practice/share_text.h"

#include <algorithm>

#include "domain/fee_arrangement.h"

namespace cg::domain::practice {

namespace {

bool allDigits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string percentNumber(int basisPoints) {
    const bool negative = basisPoints < 0;
    const int magnitude = negative ? -basisPoints : basisPoints;
    std::string text = (negative ? "-" : "") + std::to_string(magnitude / 100);
    const int hundredths = magnitude % 100;
    if (hundredths == 0) return text;
    text += '.';
    text += char('0' + hundredths / 10);
    if (hundredths % 10 != 0) text += char('0' + hundredths % 10);
    return text;
}

std::string shareText(int basisPoints) { return percentNumber(basisPoints) + " %"; }

std::optional<int> parsePercent(std::string_view text, std::string& problem) {
    const std::size_t point = text.find('.');
    const std::string_view whole = text.substr(0, point);
    const std::string_view decimals = point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
    if (!allDigits(whole) || (point != std::string_view::npos && !allDigits(decimals))) {
        problem = "is not a percentage; write it like 60 or 33.33";
        return std::nullopt;
    }
    if (decimals.size() > 2) {
        problem = "has more than two decimals; write it like 33.33";
        return std::nullopt;
    }
    // Past three digits it cannot be a share, and stopping here keeps the
    // arithmetic below from overflowing.
    const std::string_view significant = whole.substr(std::min(whole.find_first_not_of('0'), whole.size()));
    if (significant.size() > 3) {
        problem = "is more than 100";
        return std::nullopt;
    }
    int basisPoints = 0;
    for (char c : significant) basisPoints = basisPoints * 10 + (c - '0');
    basisPoints *= 100;
    if (!decimals.empty()) basisPoints += (decimals[0] - '0') * 10;
    if (decimals.size() == 2) basisPoints += decimals[1] - '0';
    if (basisPoints > FeeShare::kWhole) {
        problem = "is more than 100";
        return std::nullopt;
    }
    return basisPoints;
}

}  // namespace cg::domain::practice
