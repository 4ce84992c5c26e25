#pragma once
// Comparative fault as a what-if: given the damages and the claimant's share
// of fault, what each fault-allocation regime pays. The regimes are not
// written here: they come from the reference catalog
// (data/catalogs/fault-regimes.xml, read by exchange into
// domain/deadlines/fault_regime.h), where each is a bar threshold and a
// comparator rather than a label, so a firm that edits the catalog or adds a
// regime changes the what-if without recompiling. The shipped catalog holds
// the four regimes of legal-domain.md § 7: pure comparative, barred at
// ≥ 50 %, barred above 50 %, contributory.
// Worked example: $100K at 50 % fault → pure $50K, ≥50 % bar $0, >50 % bar $50K.
#include <vector>

#include "domain/deadlines/fault_regime.h"
#include "domain/money.h"

namespace cg::domain {

// Percentages are integer basis points (5,000 = 50 %) so that no money figure
// passes through floating point.
inline constexpr int kWholeBasisPoints = 10'000;

// Whether the regime bars a claimant this much at fault; the catalog's bar is
// in whole per cent, compared in basis points (a ≥ 50 bar bars 50.00 %, a
// > 50 bar first bars 50.01 %). Throws ValidationError unless
// 0 ≤ fault ≤ 10,000 basis points.
bool barsAt(const FaultRegime& regime, int claimantFaultBasisPoints);

// What the claimant recovers: nothing when barred, else the damages less its
// share of fault when the regime reduces by fault, rounded down to the minor
// unit.
Money recoveryAt(const FaultRegime& regime, const Money& damages, int claimantFaultBasisPoints);

struct RegimeOutcome {
    FaultRegime regime;
    bool barred = false;
    Money recovery;
};

// One outcome per regime, in the order given (the catalog's). Throws
// ValidationError unless 0 ≤ fault ≤ 10,000 basis points.
std::vector<RegimeOutcome> applyFaultRegimes(const std::vector<FaultRegime>& regimes, const Money& damages,
                                             int claimantFaultBasisPoints);

}  // namespace cg::domain
