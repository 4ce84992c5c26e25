#include "domain/liability_cap.h"

#include "domain/errors.h"

namespace cg::domain {

Money LiabilityCap::amount() const {
    if (basis == CapBasis::FixedAmount) return fixedAmount;
    // Integer arithmetic throughout: fees x months x percent / 100, rounded down
    // to the minor unit, as a cap never grows by rounding.
    std::int64_t total = 0;
    if (__builtin_mul_overflow(monthlyFees.minorUnits(), static_cast<std::int64_t>(lookbackMonths), &total) ||
        __builtin_mul_overflow(total, static_cast<std::int64_t>(multiplierPercent), &total))
        throw ValidationError("liability cap of " + monthlyFees.display() + " a month over " +
                              std::to_string(lookbackMonths) + " months is not a plausible figure (too large)");
    return Money(total / 100, monthlyFees.currency());
}

}  // namespace cg::domain
