#pragma once
// The rules every record of a case obeys. Each validate() throws a
// ValidationError that names the record ("blame claim 3: ...") so that the
// CLI, the GUI and the case-file import can all show where the problem is.
#include <map>
#include <set>

#include "domain/case_record.h"

namespace cg::domain {

// The record numbers that exist in one case: enough to check links without
// loading every record.
struct RecordIndex {
    std::set<RecordNo> parties, interests, clauses, facts, claims, options, sessions, offers;
    // Each caucus and the party it was held with: a bottom line given in a
    // session must have been given in that party's caucus.
    std::map<RecordNo, RecordNo> caucusParties;
    static RecordIndex of(const CaseRecord& record);
};

void validate(const Case& head);
void validate(const Party& party);
void validate(const Interest& interest, const RecordIndex& index);
void validate(const ContractClause& clause, const RecordIndex& index);
void validate(const BreachFact& fact, const RecordIndex& index);
void validate(const BlameClaim& claim, const RecordIndex& index);
void validate(const SettlementOption& option, const RecordIndex& index);
void validate(const MediationSession& session, const RecordIndex& index);
void validate(const Offer& offer, const RecordIndex& index);
void validate(const LossItem& loss, const RecordIndex& index);
void validate(const AgreementDraft& draft, const RecordIndex& index);
void validate(const Participant& participant, const RecordIndex& index);
void validate(const Exhibit& exhibit, const RecordIndex& index);
void validate(const TimeEntry& entry, const RecordIndex& index);
void validate(const Expense& expense, const RecordIndex& index);
void validate(const Payment& payment, const RecordIndex& index);
void validate(const Alternative& alternative, const RecordIndex& index);
void validate(const BottomLine& bottomLine, const RecordIndex& index);
// The fee split: shares name existing parties, each once, each above 0 %,
// adding up to exactly 100 % ("the fee split adds up to 90 %, not 100 %").
void validate(const FeeArrangement& fees, const RecordIndex& index);

// Everything above for every record, plus: numbers unique within each kind.
void validate(const CaseRecord& record);

}  // namespace cg::domain
