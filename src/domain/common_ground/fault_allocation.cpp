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

bool barsAt(const FaultRegime& regime, int claimantFaultBasisPoints) {
    requireFault(claimantFaultBasisPoints);
    if (!regime.bar) return false;
    Threshold inBasisPoints = *regime.bar;
    inBasisPoints.value = regime.bar->value * (kWholeBasisPoints / 100);
    return inBasisPoints.isMetBy(claimantFaultBasisPoints);
}

Money recoveryAt(const FaultRegime& regime, const Money& damages, int claimantFaultBasisPoints) {
    if (barsAt(regime, claimantFaultBasisPoints)) return Money(0, damages.currency());
    if (!regime.reducesByFault) return damages;
    return Money(reduceByShare(damages.minorUnits(), claimantFaultBasisPoints), damages.currency());
}

std::vector<RegimeOutcome> applyFaultRegimes(const std::vector<FaultRegime>& regimes, const Money& damages,
                                             int claimantFaultBasisPoints) {
    requireFault(claimantFaultBasisPoints);
    std::vector<RegimeOutcome> outcomes;
    for (const auto& regime : regimes)
        outcomes.push_back({regime, barsAt(regime, claimantFaultBasisPoints),
                            recoveryAt(regime, damages, claimantFaultBasisPoints)});
    return outcomes;
}

}  // namespace cg::domain
