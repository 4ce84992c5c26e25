#pragma once
// Optional fields on their way to and from nullable columns. Writers keep one
// of these per column pair, bound once to a prepared statement.
#include <soci/soci.h>

#include <optional>
#include <string>

#include "domain/calendar.h"
#include "domain/money.h"
#include "domain/record_no.h"

namespace cg::store {

struct NullableNumber {
    long long value = 0;
    soci::indicator indicator = soci::i_null;

    void set(const std::optional<long long>& no) {
        value = no.value_or(0);
        indicator = no ? soci::i_ok : soci::i_null;
    }
};

struct NullableText {
    std::string value;
    soci::indicator indicator = soci::i_null;

    void set(const std::optional<std::string>& text) {
        value = text.value_or("");
        indicator = text ? soci::i_ok : soci::i_null;
    }
};

// Two columns, amount_minor and amount_currency, null together.
struct NullableMoney {
    long long minor = 0;
    std::string currency;
    soci::indicator indicator = soci::i_null;

    void set(const std::optional<domain::Money>& money) {
        minor = money ? money->minorUnits() : 0;
        currency = money ? money->currency() : "";
        indicator = money ? soci::i_ok : soci::i_null;
    }
};

inline domain::OptionalNo numberOrNone(soci::indicator indicator, long long value) {
    return indicator == soci::i_ok ? domain::OptionalNo(value) : std::nullopt;
}

inline std::optional<domain::Money> moneyOrNone(soci::indicator indicator, long long minor,
                                                const std::string& currency) {
    return indicator == soci::i_ok ? std::optional<domain::Money>(domain::Money(minor, currency))
                                   : std::nullopt;
}

inline std::optional<domain::Date> dateOrNone(soci::indicator indicator, const std::string& text) {
    return indicator == soci::i_ok ? std::optional<domain::Date>(domain::Date::parse(text))
                                   : std::nullopt;
}

inline std::optional<domain::Instant> instantOrNone(soci::indicator indicator,
                                                    const std::string& text) {
    return indicator == soci::i_ok ? std::optional<domain::Instant>(domain::Instant::parse(text))
                                   : std::nullopt;
}

template <typename T>
std::optional<std::string> textOf(const std::optional<T>& value) {
    return value ? std::optional<std::string>(value->toString()) : std::nullopt;
}

}  // namespace cg::store
