#pragma once
// Money is kept as integer minor units (cents) with an ISO 4217 currency code:
// settlement figures must add up to the cent, which floating point cannot
// promise.
#include <cstdint>
#include <string>
#include <string_view>

namespace cg::domain {

class Money {
public:
    Money() = default;
    Money(std::int64_t minorUnits, std::string currency);

    // "1250000", "1,250,000.50" or "1250000.5" in the currency's major unit.
    static Money parse(std::string_view amount, std::string_view currency);

    std::int64_t minorUnits() const { return m_minor; }
    const std::string& currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }

    // "1250000.00": the major-unit amount without grouping, as files store it.
    std::string amountText() const;
    // "USD 1,250,000.00": for people.
    std::string display() const;

    friend bool operator==(const Money&, const Money&) = default;

private:
    std::int64_t m_minor = 0;
    std::string m_currency = "USD";
};

// Digits after the decimal point for an ISO 4217 code (2 for most; 0 for JPY...).
int minorUnitDigits(std::string_view currency);
// Throws ValidationError unless code is three upper-case letters.
void requireCurrencyCode(std::string_view currency);

}  // namespace cg::domain
