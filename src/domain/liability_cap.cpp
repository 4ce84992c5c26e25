#include "domain/liability_cap.h"

namespace cg::domain {

Money LiabilityCap::amount() const {
    if (basis == CapBasis::FixedAmount) return fixedAmount;
    // Integer arithmetic throughout: fees x months x percent / 100, rounded down
    // to the minor unit, as a cap never grows by rounding.
    const std::int64_t total = monthlyFees.minorUnits() * lookbackMonths * multiplierPercent / 100;
    return Money(total, monthlyFees.currency());
}

}  // namespace cg::domain
