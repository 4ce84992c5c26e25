#pragma once
// What a party's own insurance pays toward its loss and what it bears itself
// (legal-domain.md § 7): a cover pays nothing below the deductible and at
// most the limit, paid = min(limit, max(0, loss − deductible)); the uninsured
// gap = loss − paid (the deductible is part of the gap, not added to it).
// Example: loss 1,487,000, limit 1,000,000, deductible 25,000 → paid
// 1,000,000, gap 487,000.
#include <vector>

#include "domain/party.h"

namespace cg::domain {

struct InsuranceOutcome {
    Money loss;
    Money paid;
    Money gap;
};

// One cover.
InsuranceOutcome applyCover(const Money& loss, const Money& limit, const Money& deductible);

// A party's cyber and errors-and-omissions covers against its own loss. With
// several, each applies in the order listed to what the earlier ones left
// unpaid, with its own deductible and limit, so no euro is paid twice. Other
// kinds (general liability, crime) do not answer for breach costs here.
InsuranceOutcome applyCovers(const Money& loss, const std::vector<InsuranceCover>& covers);

bool answersForBreachLoss(CoverKind kind);

}  // namespace cg::domain
