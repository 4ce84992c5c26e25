#pragma once
// The text of a template field (field_catalogue.h) for one case, one draft
// and the records the enclosing repetitions have bound. Every field of the
// catalogue is filled here; an empty result means the case does not say
// (a party without a signatory, a term without an amount), and the
// evaluator prints a blank line for it and lists it as unfilled.
#include <string>
#include <string_view>

#include "domain/case_record.h"
#include "domain/documents/agreement_collections.h"

namespace cg::domain::documents {

// What the draft itself contributes.
struct DraftFacts {
    int version = 1;
    Date date;
};

// The variables of the enclosing repetitions, each with its position in its
// repetition (1 for the first). A null pointer is a scope not bound here.
struct FieldBindings {
    const Party* party = nullptr;
    int partyNumber = 0;
    const SettlementOption* term = nullptr;
    int termNumber = 0;
    InstalmentOfTerm instalment;
    int instalmentNumber = 0;
    const BreachFact* fact = nullptr;
    int factNumber = 0;
    const Interest* interest = nullptr;
    int interestNumber = 0;
    const ContractClause* clause = nullptr;
    int clauseNumber = 0;
};

// The field's text; "" when the record leaves it empty. Throws
// ValidationError for a path the catalogue does not list or whose scope no
// enclosing repetition binds (the template reader reports both before a
// template is ever evaluated, so this only fires for a template built in code).
std::string fieldValue(const CaseRecord& record, const DraftFacts& draft, const FieldBindings& bindings,
                       std::string_view path);

// The record a field belongs to, for the unfilled-field list: its kind
// ("party", "term", "case" …), number (0 for the case and the draft) and
// label ("party 2 (Acme IT Services LLC)").
struct FieldOwner {
    std::string kind;
    RecordNo no = 0;
    std::string label;
};
FieldOwner fieldOwner(const CaseRecord& record, const DraftFacts& draft, const FieldBindings& bindings,
                      std::string_view path);

}  // namespace cg::domain::documents
