#include "domain/common_ground/fault_allocation.h"

#include <cstdlib>

#include "domain/errors.h"

namespace cg::domain {

namespace {

void requireFault(int basisPoints) {
    if (basisPoints >= 0 && basisPoints <= kWholeBasisPoints) return;
    const int hundredths = std::abs(basisPoints % 100);
    throw ValidationError("a claimant's share of fault must lie between 0 and 100 per cent, not " +
                          std::string(basisPoints < 0 ? "-" : "") + std::to_string(std::abs(basisPoints / 100)) + "." +
                          (hundredths < 10 ? "0" : "") + std::to_string(hundredths) + " per cent");
}

// damages × (10,000 − fault) / 10,000 without overflow: split the damages
// into whole ten-thousands and the rest so no product exceeds 10^18.
std::int64_t reduceByShare(std::int64_t minor, int faultBasisPoints) {
    const std::int64_t keep = kWholeBasisPoints - faultBasisPoints;
    return (minor / kWholeBasisPoints) * keep + (minor % kWholeBasisPoints) * keep / kWholeBasisPoints;
}

}  // namespace

bool FaultAllocationRule::bars(int claimantFaultBasisPoints) const {
    requireFault(claimantFaultBasisPoints);
    return comparator == Comparator::AtLeast ? claimantFaultBasisPoints >= barThresholdBasisPoints
                                             : claimantFaultBasisPoints > barThresholdBasisPoints;
}

Money FaultAllocationRule::recovery(const Money& damages, int claimantFaultBasisPoints) const {
    if (bars(claimantFaultBasisPoints)) return Money(0, damages.currency());
    if (!reducesByFault) return damages;
    return Money(reduceByShare(damages.minorUnits(), claimantFaultBasisPoints), damages.currency());
}

std::vector<FaultAllocationRule> standardFaultAllocationRules() {
    using C = FaultAllocationRule::Comparator;
    return {
        {"pure comparative", kWholeBasisPoints, C::GreaterThan, true},
        {"modified comparative, barred at 50 % or more", 5'000, C::AtLeast, true},
        {"modified comparative, barred above 50 %", 5'000, C::GreaterThan, true},
        {"contributory negligence, barred by any fault", 0, C::GreaterThan, false},
    };
}

std::vector<RegimeOutcome> applyFaultRegimes(const Money& damages, int claimantFaultBasisPoints) {
    requireFault(claimantFaultBasisPoints);
    std::vector<RegimeOutcome> outcomes;
    for (const auto& regime : standardFaultAllocationRules())
        outcomes.push_back(
            {regime, regime.bars(claimantFaultBasisPoints), regime.recovery(damages, claimantFaultBasisPoints)});
    return outcomes;
}

}  // namespace cg::domain
