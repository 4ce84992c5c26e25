#pragma once
// One whole case: its head and every record under it. This is what a case
// file holds, what an import stores in one transaction and what the views
// are derived from.
#include <vector>

#include "domain/agreement_draft.h"
#include "domain/alternative.h"
#include "domain/blame_claim.h"
#include "domain/bottom_line.h"
#include "domain/breach_fact.h"
#include "domain/case.h"
#include "domain/contract_clause.h"
#include "domain/exhibit.h"
#include "domain/interest.h"
#include "domain/loss_item.h"
#include "domain/mediation_session.h"
#include "domain/offer.h"
#include "domain/participant.h"
#include "domain/party.h"
#include "domain/settlement_option.h"
#include "domain/time_entry.h"

namespace cg::domain {

struct CaseRecord {
    Case head;
    std::vector<Party> parties;
    std::vector<Interest> interests;
    std::vector<ContractClause> clauses;
    std::vector<BreachFact> facts;
    std::vector<BlameClaim> claims;
    std::vector<SettlementOption> options;
    std::vector<MediationSession> sessions;
    std::vector<Offer> offers;
    std::vector<LossItem> losses;
    std::vector<AgreementDraft> drafts;
    // The practice side of the case (issue 7).
    std::vector<Participant> participants;
    std::vector<Exhibit> exhibits;
    std::vector<TimeEntry> timeEntries;
    std::vector<Expense> expenses;
    std::vector<Payment> payments;
    std::vector<Alternative> alternatives;  // each party's BATNA and WATNA
    std::vector<BottomLine> bottomLines;    // confidential, given in caucus

    const Party* findParty(RecordNo no) const;
    const Party& party(RecordNo no) const;  // throws NotFound
};

// The next free number for a kind of record: one past the highest in use.
template <typename Record>
RecordNo nextNo(const std::vector<Record>& records) {
    RecordNo highest = 0;
    for (const auto& r : records)
        if (r.no > highest) highest = r.no;
    return highest + 1;
}

}  // namespace cg::domain
