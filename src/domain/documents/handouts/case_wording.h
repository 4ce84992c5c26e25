#pragma once
// How the handouts word the records of a case: party names with their role,
// amounts, dates, vocabulary in plain words, interests with their owner.
// One place, so the three documents call the same thing by the same name.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/case_record.h"

namespace cg::domain::documents {

// "Zahnarztpraxis Müller"; "party 7" when the case has no such party (a
// dangling link is shown, not hidden, so the mediator can repair it).
std::string partyName(const CaseRecord& record, RecordNo partyNo);
// "Zahnarztpraxis Müller (claimant)".
std::string partyWithRole(const CaseRecord& record, RecordNo partyNo);

// A vocabulary name for people: "operational-continuity" → "operational continuity".
template <typename E>
std::string words(E value) {
    std::string text(toString(value));
    for (char& c : text)
        if (c == '-') c = ' ';
    return text;
}

// "EUR 1,250,000.00", or "—" when there is none.
std::string amountText(const std::optional<Money>& amount);
// "EUR 20,000.00 – EUR 35,000.00".
std::string rangeText(const Money& low, const Money& high);

std::string dateText(const Date& date);
// "2026-02-10 14:00 UTC".
std::string instantText(const Instant& instant);

// "4,200,000" : a count grouped in thousands, as people read it.
std::string countText(std::int64_t count);

// "1, 3, 4"; "—" when empty.
std::string numberList(const RecordNos& nos);
std::string joined(const std::vector<std::string>& items, std::string_view separator);

// The interest as the given record holds it; null when the record (already
// filtered for an audience) does not hold that interest.
const Interest* findInterest(const CaseRecord& record, RecordNo interestNo);
// "Zahnarztpraxis Müller: Keep the practice open".
std::string interestWithOwner(const CaseRecord& record, const Interest& interest);

}  // namespace cg::domain::documents
