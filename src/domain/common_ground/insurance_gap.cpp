#include "domain/common_ground/insurance_gap.h"

#include <algorithm>

#include "domain/errors.h"

namespace cg::domain {

namespace {

void requireSameCurrency(const Money& a, const Money& b) {
    if (a.currency() != b.currency())
        throw ValidationError("cannot compare " + a.display() + " with " + b.display() +
                              ": record the insurance cover in the case's currency");
}

}  // namespace

InsuranceOutcome applyCover(const Money& loss, const Money& limit, const Money& deductible) {
    requireSameCurrency(loss, limit);
    requireSameCurrency(loss, deductible);
    const std::int64_t aboveDeductible = std::max<std::int64_t>(0, loss.minorUnits() - deductible.minorUnits());
    const std::int64_t paid = std::min(limit.minorUnits(), aboveDeductible);
    return {loss, Money(paid, loss.currency()), Money(loss.minorUnits() - paid, loss.currency())};
}

bool answersForBreachLoss(CoverKind kind) {
    return kind == CoverKind::Cyber || kind == CoverKind::ErrorsAndOmissions;
}

InsuranceOutcome applyCovers(const Money& loss, const std::vector<InsuranceCover>& covers) {
    Money unpaid = loss;
    for (const InsuranceCover& cover : covers) {
        if (!answersForBreachLoss(cover.kind)) continue;
        unpaid = applyCover(unpaid, cover.limit, cover.deductible).gap;
    }
    return {loss, Money(loss.minorUnits() - unpaid.minorUnits(), loss.currency()), unpaid};
}

}  // namespace cg::domain
