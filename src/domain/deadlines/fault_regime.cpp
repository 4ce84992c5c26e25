#include "domain/deadlines/fault_regime.h"

#include "domain/errors.h"

namespace cg::domain {

bool FaultRegime::bars(int claimantFaultPercent) const {
    if (claimantFaultPercent < 0 || claimantFaultPercent > 100)
        throw ValidationError("a fault share must be between 0 and 100 per cent, not " +
                              std::to_string(claimantFaultPercent));
    return bar && bar->isMetBy(claimantFaultPercent);
}

std::int64_t FaultRegime::recovery(std::int64_t damages, int claimantFaultPercent) const {
    if (bars(claimantFaultPercent)) return 0;
    if (!reducesByFault) return damages;
    return damages * (100 - claimantFaultPercent) / 100;
}

}  // namespace cg::domain
