#include "domain/money.h"

#include <algorithm>
#include <array>
#include <limits>

#include "domain/errors.h"

namespace cg::domain {

namespace {

// 10^15 minor units (ten trillion dollars at two decimals): far above any
// settlement, and far enough below INT64_MAX that sums of many amounts cannot overflow.
constexpr std::int64_t kMaxMinorUnits = 1'000'000'000'000'000;

std::int64_t pow10(int digits) {
    std::int64_t result = 1;
    for (int i = 0; i < digits; ++i) result *= 10;
    return result;
}

std::string groupThousands(const std::string& digits) {
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
        grouped += digits[i];
    }
    return grouped;
}

}  // namespace

int minorUnitDigits(std::string_view currency) {
    static constexpr std::array<std::string_view, 6> kNoMinor{"JPY", "KRW", "ISK", "CLP", "VND", "XOF"};
    static constexpr std::array<std::string_view, 5> kThreeDigits{"BHD", "KWD", "OMR", "JOD", "TND"};
    if (std::find(kNoMinor.begin(), kNoMinor.end(), currency) != kNoMinor.end()) return 0;
    if (std::find(kThreeDigits.begin(), kThreeDigits.end(), currency) != kThreeDigits.end()) return 3;
    return 2;
}

void requireCurrencyCode(std::string_view currency) {
    const bool ok = currency.size() == 3 &&
                    std::all_of(currency.begin(), currency.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!ok)
        throw ValidationError("'" + std::string(currency) +
                              "' is not a currency code; use three capital letters such as USD or EUR");
}

Money::Money(std::int64_t minorUnits, std::string currency) : m_minor(minorUnits), m_currency(std::move(currency)) {
    requireCurrencyCode(m_currency);
    if (m_minor < 0) throw ValidationError("an amount cannot be negative");
    if (m_minor > kMaxMinorUnits) throw ValidationError("an amount of more than 10^15 minor units (cents) is not a plausible figure");
}

Money Money::parse(std::string_view text, std::string_view currency) {
    requireCurrencyCode(currency);
    const std::string original(text);
    const int digits = minorUnitDigits(currency);
    if (!text.empty() && text.front() == '-')
        throw ValidationError("amount '" + original + "' is negative; amounts must be zero or more");

    std::int64_t major = 0, minor = 0;
    int fractionDigits = 0;
    bool seenPoint = false, seenDigit = false;
    for (char c : text) {
        if (c == ',' && !seenPoint) continue;
        if (c == '.' && !seenPoint) {
            seenPoint = true;
            continue;
        }
        if (c < '0' || c > '9')
            throw ValidationError("'" + original + "' is not an amount; write it like 1250000.00");
        seenDigit = true;
        if (seenPoint) {
            if (++fractionDigits > digits)
                throw ValidationError("amount '" + original + "' has more decimals than " + std::string(currency) +
                                      " allows (" + std::to_string(digits) + ")");
            minor = minor * 10 + (c - '0');
        } else {
            if (major > (kMaxMinorUnits / pow10(digits)) / 10)
                throw ValidationError("amount '" + original + "' is not a plausible figure (too large)");
            major = major * 10 + (c - '0');
        }
    }
    if (!seenDigit) throw ValidationError("'" + original + "' is not an amount; write it like 1250000.00");
    minor *= pow10(digits - fractionDigits);
    return Money(major * pow10(digits) + minor, std::string(currency));
}

std::string Money::amountText() const {
    const int digits = minorUnitDigits(m_currency);
    const std::int64_t scale = pow10(digits);
    std::string text = std::to_string(m_minor / scale);
    if (digits > 0) {
        std::string fraction = std::to_string(m_minor % scale);
        text += "." + std::string(static_cast<std::size_t>(digits) - fraction.size(), '0') + fraction;
    }
    return text;
}

std::string Money::display() const {
    std::string text = amountText();
    const auto point = text.find('.');
    const std::string whole = text.substr(0, point);
    const std::string rest = point == std::string::npos ? "" : text.substr(point);
    return m_currency + " " + groupThousands(whole) + rest;
}

}  // namespace cg::domain
