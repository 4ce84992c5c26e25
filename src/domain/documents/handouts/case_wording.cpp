#include "domain/documents/handouts/case_wording.h"

#include <algorithm>

namespace cg::domain::documents {

std::string partyName(const CaseRecord& record, RecordNo partyNo) {
    const Party* party = record.findParty(partyNo);
    return party ? party->name : "party " + std::to_string(partyNo);
}

std::string partyWithRole(const CaseRecord& record, RecordNo partyNo) {
    const Party* party = record.findParty(partyNo);
    if (!party) return partyName(record, partyNo);
    return party->name + " (" + words(party->role) + ")";
}

std::string amountText(const std::optional<Money>& amount) {
    return amount ? amount->display() : "—";
}

std::string rangeText(const Money& low, const Money& high) {
    return low == high ? low.display() : low.display() + " – " + high.display();
}

std::string dateText(const Date& date) { return date.toString(); }

std::string instantText(const Instant& instant) {
    // Instant::toString is ISO 8601 ("2026-02-10T14:00:00Z"); a reader wants
    // the date and the minute.
    const std::string iso = instant.toString();
    if (iso.size() < 16) return iso;
    return iso.substr(0, 10) + " " + iso.substr(11, 5) + " UTC";
}

std::string countText(std::int64_t count) {
    std::string digits = std::to_string(count < 0 ? -count : count);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), ",");
    return (count < 0 ? "-" : "") + digits;
}

std::string numberList(const RecordNos& nos) {
    std::vector<std::string> items;
    for (auto no : nos) items.push_back(std::to_string(no));
    return items.empty() ? "—" : joined(items, ", ");
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
    std::string text;
    for (const auto& item : items) {
        if (!text.empty()) text += separator;
        text += item;
    }
    return text;
}

const Interest* findInterest(const CaseRecord& record, RecordNo interestNo) {
    const auto it = std::find_if(record.interests.begin(), record.interests.end(),
                                 [&](const Interest& i) { return i.no == interestNo; });
    return it == record.interests.end() ? nullptr : &*it;
}

std::string interestWithOwner(const CaseRecord& record, const Interest& interest) {
    return partyName(record, interest.partyNo) + ": " + interest.description;
}

}  // namespace cg::domain::documents
