#pragma once
// The records a settlement agreement draws on, one function per collection a
// template can repeat over (document_template.h, Collection). The evaluator
// and the pre-flight check take them from here so that the draft and the
// check always look at the same records.
#include <vector>

#include "domain/case_record.h"

namespace cg::domain::documents {

// Claimants and respondents in record order: the parties to the settlement.
// Insurers, regulators and other third parties are named in it at most; they
// do not sign (their consent, e.g. an insurer's to a payment, is a separate
// document).
std::vector<const Party*> signingParties(const CaseRecord& record);

// The accepted settlement options in record order.
std::vector<const SettlementOption*> acceptedTerms(const CaseRecord& record);

// One instalment together with the term it belongs to (for payer and payee).
struct InstalmentOfTerm {
    const SettlementOption* term = nullptr;
    const Instalment* instalment = nullptr;
};
// The instalments of `enclosingTerm`; without one, those of every accepted
// term in record order. The template format says "of every accepted
// payment": in practice only payments are split, and a service credit or
// monitoring fee that the parties did split is scheduled the same way, so
// no term's instalments are dropped from the schedule for its kind.
std::vector<InstalmentOfTerm> instalmentsOf(const CaseRecord& record, const SettlementOption* enclosingTerm);

// Facts whose standing is agreed, by date of occurrence (record order among
// facts of the same day). Disputed facts never go into the recitals: a
// recital is an admission both sides sign.
std::vector<const BreachFact*> agreedFacts(const CaseRecord& record);
std::vector<const BreachFact*> disputedFacts(const CaseRecord& record);

// The shared interests an agreement recites: interests that an accepted term
// serves (its interestNos), in record order, and only those every party may
// see (Visibility::Everyone): the agreement goes to all parties, so an
// interest a party told the mediator in confidence is never printed in it
// (Uniform Mediation Act § 4). Interests of a confirmed worksheet pair that
// no accepted term serves are deliberately left out, because a recital must
// not claim the agreement meets them; the pre-flight check lists them instead.
std::vector<const Interest*> sharedInterests(const CaseRecord& record);

// The interest numbers of every confirmed shared pair on the worksheet (both
// sides), without duplicates, in the order the worksheet lists them.
RecordNos confirmedSharedInterestNos(const CaseRecord& record);

std::vector<const ContractClause*> contractClauses(const CaseRecord& record);

}  // namespace cg::domain::documents
