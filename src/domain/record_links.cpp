#include "domain/record_links.h"

#include <algorithm>

namespace cg::domain {

namespace {

bool names(const OptionalNo& link, RecordNo no) { return link && *link == no; }
bool names(RecordNo link, RecordNo no) { return link == no; }
bool names(const RecordNos& links, RecordNo no) { return std::find(links.begin(), links.end(), no) != links.end(); }

class Linkers {
public:
    explicit Linkers(RecordNo no) : m_no(no) {}

    // Adds each record of `records` whose link(s) name the target.
    template <typename Record, typename... Links>
    void scan(const char* kind, const std::vector<Record>& records, Links Record::*... links) {
        for (const Record& r : records)
            if ((names(r.*links, m_no) || ...)) add(kind, r.no);
    }
    void add(const char* kind, RecordNo no) {
        const RecordLink link{kind, no};
        if (std::find(m_found.begin(), m_found.end(), link) == m_found.end()) m_found.push_back(link);
    }
    std::vector<RecordLink> found() && { return std::move(m_found); }

private:
    RecordNo m_no;
    std::vector<RecordLink> m_found;
};

}  // namespace

std::vector<RecordLink> recordsLinkingTo(const CaseRecord& record, const std::string& kind, RecordNo no) {
    Linkers linkers(no);
    if (kind == "party") {
        linkers.scan("interest", record.interests, &Interest::partyNo);
        linkers.scan("clause", record.clauses, &ContractClause::obligatedPartyNo);
        linkers.scan("fact", record.facts, &BreachFact::assertedByPartyNo);
        linkers.scan("claim", record.claims, &BlameClaim::accuserNo, &BlameClaim::accusedNo);
        linkers.scan("option", record.options, &SettlementOption::payerNo, &SettlementOption::payeeNo);
        linkers.scan("session", record.sessions, &MediationSession::caucusPartyNo);
        linkers.scan("offer", record.offers, &Offer::fromPartyNo, &Offer::toPartyNo);
        linkers.scan("loss", record.losses, &LossItem::partyNo);
        linkers.scan("participant", record.participants, &Participant::partyNo);
        linkers.scan("exhibit", record.exhibits, &Exhibit::submittedByPartyNo);
        linkers.scan("expense", record.expenses, &Expense::chargedToPartyNo);
        linkers.scan("payment", record.payments, &Payment::partyNo);
        linkers.scan("alternative", record.alternatives, &Alternative::partyNo);
        linkers.scan("bottom line", record.bottomLines, &BottomLine::partyNo);
        for (const FeeShare& share : record.head.fees.shares)
            if (share.partyNo == no) linkers.add("fee split", 0);
    } else if (kind == "interest") {
        linkers.scan("claim", record.claims, &BlameClaim::interestNos);
        linkers.scan("option", record.options, &SettlementOption::interestNos);
    } else if (kind == "clause") {
        linkers.scan("claim", record.claims, &BlameClaim::clauseNos);
    } else if (kind == "fact") {
        linkers.scan("claim", record.claims, &BlameClaim::factNos);
        linkers.scan("exhibit", record.exhibits, &Exhibit::factNos);
    } else if (kind == "claim") {
        linkers.scan("exhibit", record.exhibits, &Exhibit::claimNos);
    } else if (kind == "option") {
        linkers.scan("draft", record.drafts, &AgreementDraft::termNos);
    } else if (kind == "session") {
        linkers.scan("offer", record.offers, &Offer::sessionNo);
        linkers.scan("time entry", record.timeEntries, &TimeEntry::sessionNo);
        linkers.scan("bottom line", record.bottomLines, &BottomLine::sessionNo);
    } else if (kind == "offer") {
        linkers.scan("offer", record.offers, &Offer::respondsToOfferNo);
    }
    return std::move(linkers).found();
}

}  // namespace cg::domain
