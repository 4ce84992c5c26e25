#include "store/change_text.h"

namespace cg::store {

namespace {

constexpr std::string_view kNone = "(none)";
// List items are names and short descriptions, some built by the store
// itself (an insurance cover), so they get more room than free text.
constexpr std::size_t kListItemBytes = 120;

}  // namespace

std::string changedFields(const FieldTexts& before, const FieldTexts& after) {
    std::string change;
    for (std::size_t i = 0; i < before.size() && i < after.size(); ++i) {
        if (before[i].value == after[i].value) continue;
        if (!change.empty()) change += "; ";
        change += std::string(after[i].name) + ": " + before[i].value + " → " + after[i].value;
    }
    return change;
}

std::string excerpt(std::string_view text, std::size_t maxBytes) {
    std::string flat;
    for (char c : text) flat += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    if (flat.size() <= maxBytes) return flat;
    std::size_t cut = maxBytes;
    // Never cut a UTF-8 sequence in half: back up to the start of a character.
    while (cut > 0 && (static_cast<unsigned char>(flat[cut]) & 0xC0) == 0x80) --cut;
    return flat.substr(0, cut) + "…";
}

std::string textValue(std::string_view text) {
    return text.empty() ? std::string(kNone) : excerpt(text);
}

std::string moneyValue(const std::optional<domain::Money>& money) {
    return money ? money->display() : std::string(kNone);
}

std::string numberValue(const domain::OptionalNo& no) {
    return no ? std::to_string(*no) : std::string(kNone);
}

std::string dateValue(const std::optional<domain::Date>& date) {
    return date ? date->toString() : std::string(kNone);
}

std::string instantValue(const std::optional<domain::Instant>& instant) {
    return instant ? instant->toString() : std::string(kNone);
}

std::string listValue(const std::vector<std::string>& items) {
    if (items.empty()) return std::string(kNone);
    std::string joined;
    for (const auto& item : items)
        joined += (joined.empty() ? "" : ", ") + excerpt(item, kListItemBytes);
    return joined;
}

std::string numbersValue(const domain::RecordNos& nos) {
    std::vector<std::string> items;
    for (auto no : nos) items.push_back(std::to_string(no));
    return listValue(items);
}

std::string instalmentsValue(const std::vector<domain::Instalment>& instalments) {
    std::vector<std::string> items;
    for (const auto& instalment : instalments)
        items.push_back(instalment.amount.display() + " on " + instalment.dueOn.toString());
    return listValue(items);
}

}  // namespace cg::store
