#include "domain/documents/preflight.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "domain/documents/agreement_collections.h"
#include "domain/documents/record_labels.h"

namespace cg::domain::documents {

namespace {

using Severity = PreflightFinding::Severity;

bool needsAmount(OptionKind kind) {
    return kind == OptionKind::Payment || kind == OptionKind::ServiceCredit || kind == OptionKind::CreditMonitoring;
}

std::string lowerCase(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// The notice that reaches the people whose data was exposed, however a rule
// calls them ("Affected individuals", "Affected Texas residents", "Data
// subjects (if high risk)"); consumer reporting agencies are not among them.
bool reachesIndividuals(const Deadline& deadline) {
    const std::string recipient = lowerCase(deadline.recipient);
    return recipient.find("individual") != std::string::npos || recipient.find("resident") != std::string::npos ||
           recipient.find("data subject") != std::string::npos;
}

std::optional<Date> dueDate(const Deadline& deadline) {
    if (deadline.due) return deadline.due;
    if (deadline.dueInstant) return deadline.dueInstant->date();
    return std::nullopt;
}

// Open: no notice recorded yet, and a date to meet. Met and missed notices
// are history; the agreement can change neither.
bool isOpen(const Deadline& deadline) {
    return (deadline.status == DeadlineStatus::DueIn || deadline.status == DeadlineStatus::Overdue) &&
           dueDate(deadline).has_value();
}

const Deadline* earliestOpen(const std::vector<Deadline>& deadlines, bool individualsOnly) {
    const Deadline* earliest = nullptr;
    for (const Deadline& d : deadlines) {
        if (!isOpen(d) || (individualsOnly && !reachesIndividuals(d))) continue;
        if (!earliest || *dueDate(d) < *dueDate(*earliest)) earliest = &d;
    }
    return earliest;
}

std::string deadlineLabel(const Deadline& deadline) {
    std::string text = "the notice to " + deadline.recipient;
    if (!deadline.regime.empty()) text += " under " + deadline.regime;
    if (!deadline.citation.empty()) text += " (" + deadline.citation + ")";
    text += ", due " + writtenDate(*dueDate(deadline));
    if (deadline.status == DeadlineStatus::Overdue) text += " and already overdue";
    return text;
}

class Check {
public:
    Check(const CaseRecord& record, const std::vector<Deadline>& deadlines, Date draftDate)
        : m_record(record), m_deadlines(deadlines), m_draftDate(draftDate) {}

    // One finding per blank field of a record, however often the template
    // prints it, naming every template line that does.
    void unfilledFields(const EvaluatedDocument& draft) {
        struct Blank {
            const UnfilledField* first;
            std::vector<std::string> places;
        };
        std::vector<Blank> blanks;
        for (const UnfilledField& f : draft.unfilled) {
            if (f.recordKind == "party" && f.path == "party.signatoryName" && m_withoutSignatory.contains(f.recordNo))
                continue;
            auto same = std::find_if(blanks.begin(), blanks.end(), [&](const Blank& b) {
                return b.first->path == f.path && b.first->recordKind == f.recordKind && b.first->recordNo == f.recordNo;
            });
            if (same == blanks.end()) same = blanks.insert(blanks.end(), Blank{&f, {}});
            if (f.where.line <= 0) continue;
            const std::string place = (f.where.file.empty() ? std::string("template") : f.where.file) + " line " +
                                      std::to_string(f.where.line);
            if (std::find(same->places.begin(), same->places.end(), place) == same->places.end())
                same->places.push_back(place);
        }
        for (const Blank& b : blanks) {
            std::string message = "'" + b.first->path + "' is blank for " + b.first->record;
            std::string places;
            for (const auto& p : b.places) places += (places.empty() ? "" : ", ") + p;
            if (!places.empty()) message += " (" + places + ")";
            add(Severity::MustFix, message + ": fill it in the case or remove it from the template",
                b.first->recordKind, b.first->recordNo);
        }
    }

    void signatories() {
        for (const Party* p : signingParties(m_record)) {
            if (!p->signatoryName.empty()) continue;
            m_withoutSignatory.insert(p->no);
            add(Severity::MustFix, partyLabel(m_record, p->no) + " signs but has no signatory", "party", p->no);
        }
    }

    void terms() {
        const auto accepted = acceptedTerms(m_record);
        if (accepted.empty())
            add(Severity::MustFix, "no settlement option is accepted, so the agreement has no terms", "case", 0);
        const Deadline* notice = earliestOpen(m_deadlines, false);
        const Deadline* individuals = earliestOpen(m_deadlines, true);
        for (const SettlementOption* t : accepted) {
            const std::string label = termLabel(*t);
            if (needsAmount(t->kind) && !t->amount)
                add(Severity::MustFix, label + " is accepted but has no amount", "term", t->no);
            instalments(*t, label);
            if (t->dueOn && *t->dueOn < m_draftDate)
                add(Severity::MustFix,
                    label + " is due on " + writtenDate(*t->dueOn) + ", before the draft's date " +
                        writtenDate(m_draftDate),
                    "term", t->no);
            if (t->kind == OptionKind::NotificationCooperation && notice) {
                if (!t->dueOn)
                    add(Severity::Check,
                        label + " has no due date, while " + deadlineLabel(*notice) + " is still open", "term",
                        t->no);
                else if (*t->dueOn > *dueDate(*notice))
                    add(Severity::MustFix,
                        label + " is due on " + writtenDate(*t->dueOn) + ", after " + deadlineLabel(*notice),
                        "term", t->no);
            }
            if (t->kind == OptionKind::CreditMonitoring && individuals && t->dueOn &&
                *t->dueOn > *dueDate(*individuals))
                add(Severity::Check,
                    label + " is due on " + writtenDate(*t->dueOn) + ", after " + deadlineLabel(*individuals) +
                        ", which is where monitoring is offered",
                    "term", t->no);
        }
    }

    void sharedInterests() {
        std::set<RecordNo> served;
        for (const SettlementOption* t : acceptedTerms(m_record))
            served.insert(t->interestNos.begin(), t->interestNos.end());
        for (RecordNo no : confirmedSharedInterestNos(m_record)) {
            if (served.contains(no)) continue;
            const auto it = std::find_if(m_record.interests.begin(), m_record.interests.end(),
                                         [&](const Interest& i) { return i.no == no; });
            if (it == m_record.interests.end()) continue;
            add(Severity::Check,
                "shared " + interestLabel(*it) + " of " + partyLabel(m_record, it->partyNo) +
                    " is served by no accepted term",
                "interest", no);
        }
    }

    void disputedFacts() {
        for (const BreachFact* f : documents::disputedFacts(m_record))
            add(Severity::Note, factLabel(*f) + " is disputed and left out of the recitals", "fact", f->no);
    }

    std::vector<PreflightFinding> findings() {
        std::stable_sort(m_findings.begin(), m_findings.end(),
                         [](const PreflightFinding& a, const PreflightFinding& b) { return a.severity < b.severity; });
        return std::move(m_findings);
    }

private:
    void instalments(const SettlementOption& term, const std::string& label) {
        if (term.instalments.empty()) return;
        std::int64_t sum = 0;
        bool sameCurrency = true;
        int n = 0;
        for (const Instalment& i : term.instalments) {
            ++n;
            sum += i.amount.minorUnits();
            if (term.amount && i.amount.currency() != term.amount->currency()) sameCurrency = false;
            if (i.dueOn < m_draftDate)
                add(Severity::MustFix,
                    "instalment " + std::to_string(n) + " of " + label + " is due on " + writtenDate(i.dueOn) +
                        ", before the draft's date " + writtenDate(m_draftDate),
                    "term", term.no);
        }
        if (!term.amount) return;
        if (!sameCurrency)
            add(Severity::MustFix, "the instalments of " + label + " are not all in " + term.amount->currency() +
                                       ", the currency of its amount",
                "term", term.no);
        else if (sum != term.amount->minorUnits())
            add(Severity::MustFix,
                "the instalments of " + label + " add up to " + Money(sum, term.amount->currency()).display() +
                    ", not the term's " + term.amount->display(),
                "term", term.no);
    }

    void add(Severity severity, std::string message, std::string kind, RecordNo no) {
        m_findings.push_back({severity, std::move(message), std::move(kind), no});
    }

    const CaseRecord& m_record;
    const std::vector<Deadline>& m_deadlines;
    Date m_draftDate;
    std::set<RecordNo> m_withoutSignatory;
    std::vector<PreflightFinding> m_findings;
};

}  // namespace

std::string_view severityName(PreflightFinding::Severity severity) {
    switch (severity) {
        case Severity::MustFix: return "must fix";
        case Severity::Check: return "check";
        case Severity::Note: return "note";
    }
    return {};
}

std::vector<PreflightFinding> preflightDraft(const CaseRecord& record, const EvaluatedDocument& draft,
                                             const std::vector<Deadline>& deadlines, Date draftDate) {
    Check check(record, deadlines, draftDate);
    check.signatories();
    check.unfilledFields(draft);
    check.terms();
    check.sharedInterests();
    check.disputedFacts();
    return check.findings();
}

}  // namespace cg::domain::documents
