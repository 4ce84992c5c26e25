#include "cli/value_parsers.h"

#include <charconv>

namespace cg::cli {

namespace {

template <typename T, typename Parse>
T wrapValidation(const std::string& option, Parse parse) {
    try {
        return parse();
    } catch (const domain::ValidationError& e) {
        throw UsageError("--" + option + ": " + e.what());
    }
}

}  // namespace

std::int64_t parseInteger(const std::string& text, const std::string& what, std::int64_t min, std::int64_t max) {
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        throw UsageError(what + ": '" + text + "' is not a whole number");
    if (value < min || value > max)
        throw UsageError(what + ": " + text + " is outside " + std::to_string(min) + " to " + std::to_string(max));
    return value;
}

domain::RecordNo parseRecordRef(const std::string& text, const std::string& kind) {
    std::string number = text;
    if (text.rfind(kind + "-", 0) == 0) number = text.substr(kind.size() + 1);
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (ec != std::errc() || end != number.data() + number.size() || value < 1)
        throw UsageError("'" + text + "' does not name a " + kind + "; write its number (2) or id (" + kind + "-2)");
    return value;
}

domain::RecordNos parseRecordRefs(const std::vector<std::string>& texts, const std::string& kind) {
    domain::RecordNos result;
    for (const auto& t : texts) result.push_back(parseRecordRef(t, kind));
    return result;
}

domain::OptionalNo optionalRecordRef(const ParsedArgs& args, const std::string& option, const std::string& kind) {
    const auto text = args.optional(option);
    if (!text) return std::nullopt;
    return parseRecordRef(*text, kind);
}

std::optional<domain::Money> optionalMoney(const ParsedArgs& args, const std::string& option,
                                           const std::string& currency) {
    const auto text = args.optional(option);
    if (!text) return std::nullopt;
    return wrapValidation<domain::Money>(option, [&] { return domain::Money::parse(*text, currency); });
}

domain::Money requiredMoney(const ParsedArgs& args, const std::string& option, const std::string& currency) {
    const std::string text = args.value(option);
    return wrapValidation<domain::Money>(option, [&] { return domain::Money::parse(text, currency); });
}

std::optional<domain::Date> optionalDate(const ParsedArgs& args, const std::string& option) {
    const auto text = args.optional(option);
    if (!text) return std::nullopt;
    return wrapValidation<domain::Date>(option, [&] { return domain::Date::parse(*text); });
}

std::optional<domain::Instant> optionalInstant(const ParsedArgs& args, const std::string& option) {
    const auto text = args.optional(option);
    if (!text) return std::nullopt;
    if (*text == "now") return domain::Instant::now();
    return wrapValidation<domain::Instant>(option, [&] { return domain::Instant::parse(*text); });
}

}  // namespace cg::cli
