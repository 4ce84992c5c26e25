#include "domain/documents/record_labels.h"

#include <array>
#include <chrono>

namespace cg::domain::documents {

namespace {

// Long descriptions are cut so that a finding stays one readable line.
constexpr std::size_t kLabelTextLimit = 60;

std::string shortened(const std::string& text) {
    if (text.size() <= kLabelTextLimit) return text;
    std::size_t cut = kLabelTextLimit;
    // Never cut inside a UTF-8 sequence: continuation bytes are 10xxxxxx.
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return text.substr(0, cut) + "…";
}

std::string labelled(const std::string& kind, RecordNo no, const std::string& detail) {
    std::string label = kind + " " + std::to_string(no);
    if (!detail.empty()) label += " (" + shortened(detail) + ")";
    return label;
}

}  // namespace

std::string writtenDate(const Date& date) {
    static constexpr std::array<const char*, 12> kMonths{"January", "February", "March",     "April",
                                                         "May",     "June",     "July",      "August",
                                                         "September", "October", "November", "December"};
    const std::chrono::year_month_day ymd{date.days()};
    return std::to_string(static_cast<unsigned>(ymd.day())) + " " +
           kMonths[static_cast<unsigned>(ymd.month()) - 1] + " " + std::to_string(static_cast<int>(ymd.year()));
}

std::string readableWord(std::string_view vocabularyName) {
    std::string text(vocabularyName);
    for (char& c : text)
        if (c == '-') c = ' ';
    return text;
}

std::string nameOfParty(const CaseRecord& record, const OptionalNo& partyNo) {
    if (!partyNo) return {};
    const Party* party = record.findParty(*partyNo);
    return party ? party->name : std::string{};
}

std::string partyLabel(const CaseRecord& record, RecordNo partyNo) {
    return labelled("party", partyNo, nameOfParty(record, partyNo));
}

std::string termLabel(const SettlementOption& term) {
    std::string detail = readableWord(toString(term.kind));
    if (!term.description.empty()) detail += ": " + term.description;
    return labelled("term", term.no, detail);
}

std::string factLabel(const BreachFact& fact) { return labelled("fact", fact.no, fact.description); }

std::string interestLabel(const Interest& interest) { return labelled("interest", interest.no, interest.description); }

std::string clauseLabel(const ContractClause& clause) {
    std::string detail = clause.documentTitle;
    if (!clause.section.empty()) detail += (detail.empty() ? "" : " ") + clause.section;
    return labelled("clause", clause.no, detail);
}

}  // namespace cg::domain::documents
