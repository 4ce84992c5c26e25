#pragma once
// Turning what was typed into domain values, with messages that name the option.
#include <optional>
#include <string>
#include <vector>

#include "cli/command_line.h"
#include "domain/calendar.h"
#include "domain/enum_names.h"
#include "domain/money.h"
#include "domain/record_no.h"

namespace cg::cli {

// "2" or "party-2" → 2 (kind is "party"). UsageError for anything else.
domain::RecordNo parseRecordRef(const std::string& text, const std::string& kind);
domain::RecordNos parseRecordRefs(const std::vector<std::string>& texts, const std::string& kind);
domain::OptionalNo optionalRecordRef(const ParsedArgs& args, const std::string& option, const std::string& kind);

std::int64_t parseInteger(const std::string& text, const std::string& what, std::int64_t min, std::int64_t max);

std::optional<domain::Money> optionalMoney(const ParsedArgs& args, const std::string& option,
                                           const std::string& currency);
domain::Money requiredMoney(const ParsedArgs& args, const std::string& option, const std::string& currency);
std::optional<domain::Date> optionalDate(const ParsedArgs& args, const std::string& option);
std::optional<domain::Instant> optionalInstant(const ParsedArgs& args, const std::string& option);

// "one of: claimant, respondent, …" for --help texts.
template <typename E>
std::string choices() {
    std::string text = "one of: ";
    bool first = true;
    for (auto name : domain::allNames<E>()) {
        text += (first ? "" : ", ") + std::string(name);
        first = false;
    }
    return text;
}

template <typename E>
E enumOption(const ParsedArgs& args, const std::string& option, E fallback) {
    const auto text = args.optional(option);
    if (!text) return fallback;
    try {
        return domain::parseEnum<E>(*text);
    } catch (const domain::ValidationError& e) {
        throw UsageError("--" + option + ": " + e.what());
    }
}

}  // namespace cg::cli
