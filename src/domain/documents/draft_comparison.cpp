#include "domain/documents/draft_comparison.h"

#include <algorithm>

#include "domain/documents/record_labels.h"
#include "domain/errors.h"

namespace cg::domain::documents {

namespace {

constexpr const char* kNone = "none";

std::string orNone(std::string text) { return text.empty() ? kNone : text; }

std::string payerOrPayee(const CaseRecord& record, const OptionalNo& partyNo) {
    if (!partyNo) return kNone;
    const std::string name = nameOfParty(record, partyNo);
    return name.empty() ? "party " + std::to_string(*partyNo) : name;
}

std::string instalmentsText(const std::vector<Instalment>& instalments) {
    std::string text;
    for (const Instalment& i : instalments)
        text += (text.empty() ? "" : "; ") + i.amount.display() + " on " + writtenDate(i.dueOn);
    return orNone(text);
}

void compareField(std::vector<TermFieldChange>& changes, std::string field, std::string before, std::string after) {
    if (before != after) changes.push_back({std::move(field), std::move(before), std::move(after)});
}

std::vector<TermFieldChange> fieldChanges(const SettlementOption& a, const SettlementOption& b,
                                          const CaseRecord& record) {
    std::vector<TermFieldChange> changes;
    compareField(changes, "kind", readableWord(toString(a.kind)), readableWord(toString(b.kind)));
    compareField(changes, "description", orNone(a.description), orNone(b.description));
    compareField(changes, "amount", a.amount ? a.amount->display() : kNone, b.amount ? b.amount->display() : kNone);
    compareField(changes, "payer", payerOrPayee(record, a.payerNo), payerOrPayee(record, b.payerNo));
    compareField(changes, "payee", payerOrPayee(record, a.payeeNo), payerOrPayee(record, b.payeeNo));
    compareField(changes, "due date", a.dueOn ? writtenDate(*a.dueOn) : kNone, b.dueOn ? writtenDate(*b.dueOn) : kNone);
    compareField(changes, "instalments", instalmentsText(a.instalments), instalmentsText(b.instalments));
    return changes;
}

const SettlementOption* findTerm(const std::vector<SettlementOption>& terms, RecordNo no) {
    const auto it = std::find_if(terms.begin(), terms.end(), [&](const SettlementOption& t) { return t.no == no; });
    return it == terms.end() ? nullptr : &*it;
}

Paragraph sentence(std::string text, bool keepWithNext = false) {
    Paragraph p;
    p.text = {{std::move(text), TextStyle::Regular}};
    p.alignment = Alignment::Left;
    p.keepWithNext = keepWithNext;
    return p;
}

}  // namespace

std::string TermDifference::describe(const TermFieldChange& change) {
    return change.field + ": " + change.before + " → " + change.after;
}

std::vector<TermDifference> compareDrafts(const AgreementDraft& earlier, const AgreementDraft& later,
                                          const CaseRecord& record) {
    std::vector<TermDifference> result;
    for (const SettlementOption& before : earlier.termSnapshot) {
        const SettlementOption* after = findTerm(later.termSnapshot, before.no);
        if (!after) {
            result.push_back({TermDifference::Kind::Removed, before.no, termLabel(before), {}});
            continue;
        }
        auto changes = fieldChanges(before, *after, record);
        if (!changes.empty())
            result.push_back({TermDifference::Kind::Changed, before.no, termLabel(*after), std::move(changes)});
    }
    for (const SettlementOption& after : later.termSnapshot)
        if (!findTerm(earlier.termSnapshot, after.no))
            result.push_back({TermDifference::Kind::Added, after.no, termLabel(after), {}});
    return result;
}

std::vector<Block> changesSinceBlocks(const AgreementDraft& earlier, const AgreementDraft& later,
                                      const CaseRecord& record) {
    if (earlier.version >= later.version)
        throw ValidationError("cannot list the changes since version " + std::to_string(earlier.version) +
                              " in version " + std::to_string(later.version) + ": compare with an earlier version");
    const std::string since = "version " + std::to_string(earlier.version);
    std::vector<Block> blocks;
    Heading heading;
    heading.text = {{"Changes since " + since, TextStyle::Regular}};
    blocks.emplace_back(std::move(heading));

    const auto differences = compareDrafts(earlier, later, record);
    if (differences.empty()) {
        blocks.emplace_back(sentence("The terms read as they did in " + since + "."));
        blocks.emplace_back(PageBreak{});
        return blocks;
    }
    Table table;
    table.caption = "Terms changed since " + since;
    table.columns = {{"Term", 2}, {"Field", 1}, {"Version " + std::to_string(earlier.version), 2},
                     {"Version " + std::to_string(later.version), 2}};
    for (const TermDifference& d : differences) {
        switch (d.kind) {
            case TermDifference::Kind::Added: blocks.emplace_back(sentence("Added: " + d.label + ".")); break;
            case TermDifference::Kind::Removed: blocks.emplace_back(sentence("Removed: " + d.label + ".")); break;
            case TermDifference::Kind::Changed:
                for (const TermFieldChange& c : d.changes) table.rows.push_back({d.label, c.field, c.before, c.after});
                break;
        }
    }
    if (!table.rows.empty()) blocks.emplace_back(std::move(table));
    blocks.emplace_back(PageBreak{});
    return blocks;
}

}  // namespace cg::domain::documents
