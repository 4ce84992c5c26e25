#pragma once
// The tables the mediator's worksheet repeats for every claim and every
// party's preparation notes: interests, shared pairs, objective criteria and
// options. The record passed in is the case as the mediator sees it.
#include <string>
#include <vector>

#include "domain/common_ground/worksheet.h"
#include "domain/documents/document.h"

namespace cg::domain::documents {

// One row per interest: party, number, category, priority, who may see it,
// whether the claim links it, and its description.
Table worksheetInterestTable(const CaseRecord& visible,
                             const std::vector<WorksheetInterest>& interests);
Table sharedInterestTable(const CaseRecord& visible, const std::vector<SharedInterest>& shared);
Table criteriaTable(const CaseRecord& visible, const std::vector<ClauseCriterion>& clauses,
                    const std::vector<ControlCriterion>& controls);
Table servingOptionTable(const CaseRecord& visible, const std::vector<ServingOption>& options);

}  // namespace cg::domain::documents
