#pragma once
// Comparative fault as a what-if: given the damages and the claimant's share
// of fault, what each allocation regime pays. Sources label the regimes
// inconsistently, so a regime is stored as a bar threshold and a comparator,
// not as a label (legal-domain.md § 7):
// - pure comparative: never barred; recovery reduced by the claimant's fault;
// - modified "50 % bar": barred when fault ≥ 50 % (e.g. AR, CO, GA, ID, KS, ME);
// - modified "51 % bar": barred when fault > 50 % (e.g. CT, HI, IL, IN, IA, TX);
// - contributory: barred by any fault (AL, DC, MD, NC, VA).
// Worked example: $100K at 50 % fault → pure $50K, ≥50 % bar $0, >50 % bar $50K.
#include <string>
#include <vector>

#include "domain/money.h"

namespace cg::domain {

// Percentages are integer basis points (5,000 = 50 %) so that no money figure
// passes through floating point.
inline constexpr int kWholeBasisPoints = 10'000;

struct FaultAllocationRule {
    enum class Comparator { AtLeast, GreaterThan };
    std::string name;
    int barThresholdBasisPoints = kWholeBasisPoints;
    Comparator comparator = Comparator::GreaterThan;
    // Contributory negligence bars or pays in full; the comparative regimes
    // reduce recovery by the claimant's share when not barred.
    bool reducesByFault = true;

    bool bars(int claimantFaultBasisPoints) const;
    // What the claimant recovers: nothing when barred, else the damages less
    // its share of fault, rounded down to the minor unit.
    Money recovery(const Money& damages, int claimantFaultBasisPoints) const;
};

// The four regimes of legal-domain.md § 7, in that order.
std::vector<FaultAllocationRule> standardFaultAllocationRules();

struct RegimeOutcome {
    FaultAllocationRule regime;
    bool barred = false;
    Money recovery;
};

// Throws ValidationError unless 0 ≤ fault ≤ 10,000 basis points.
std::vector<RegimeOutcome> applyFaultRegimes(const Money& damages, int claimantFaultBasisPoints);

}  // namespace cg::domain
