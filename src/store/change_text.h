#pragma once
// The readable "what changed" of an audit entry: each record kind lists its
// fields as text, and an update names the ones that differ,
// "role: claimant → respondent; sector: (none) → Dentistry".
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/calendar.h"
#include "domain/money.h"
#include "domain/record_no.h"
#include "domain/settlement_option.h"

namespace cg::store {

struct FieldText {
    std::string_view name;
    std::string value;
};
using FieldTexts = std::vector<FieldText>;

// "field: old → new" for each field that differs, joined by "; ". Empty when
// nothing changed.
std::string changedFields(const FieldTexts& before, const FieldTexts& after);

// Values as an audit entry shows them. Long text is cut to an excerpt: the
// trail says what changed, the record itself holds the text.
std::string excerpt(std::string_view text, std::size_t maxBytes = 60);
std::string textValue(std::string_view text);  // excerpt, or "(none)" when empty
std::string moneyValue(const std::optional<domain::Money>& money);
std::string numberValue(const domain::OptionalNo& no);
std::string dateValue(const std::optional<domain::Date>& date);
std::string instantValue(const std::optional<domain::Instant>& instant);
std::string listValue(const std::vector<std::string>& items);  // "a, b" or "(none)"
std::string numbersValue(const domain::RecordNos& nos);        // "1, 4" or "(none)"
// "EUR 30,000.00 on 2026-04-30, EUR 15,000.00 on 2026-05-31" or "(none)"
std::string instalmentsValue(const std::vector<domain::Instalment>& instalments);

}  // namespace cg::store
