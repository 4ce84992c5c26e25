#pragma once
#include <string>
#include <vector>

#include "domain/money.h"
#include "domain/vocabulary.h"

namespace cg::domain {

// The cap of a limitation-of-liability clause: either a fixed amount, or the
// fees paid over a look-back period times a multiplier (the usual "fees paid
// in the 12 months before the claim", sometimes 2x or 3x for data breaches).
struct LiabilityCap {
    CapBasis basis = CapBasis::FixedAmount;
    Money fixedAmount;                   // FixedAmount
    Money monthlyFees;                   // FeesLookback
    int lookbackMonths = 12;             // FeesLookback
    int multiplierPercent = 100;         // FeesLookback: 200 = 2x
    std::vector<std::string> carveOuts;  // "gross negligence", "breach of confidentiality"...

    // The capped amount this clause allows: fixed, or fees x months x multiplier.
    Money amount() const;
};

}  // namespace cg::domain
