#pragma once
// A fault-allocation regime stored as threshold + comparator rather than a
// label, because sources label them inconsistently ("51 % bar" is "> 50 %"):
//   pure comparative  - no bar; recovery reduced by the claimant's share
//   modified ≥ 50 %   - barred when the claimant's fault ≥ 50
//   modified > 50 %   - barred when the claimant's fault > 50
//   contributory      - barred when the claimant's fault > 0
// (legal-domain.md section 7; tlfllc.com/negligence and the sources there.)
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/deadlines/threshold.h"

namespace cg::domain {

struct FaultRegime {
    std::string id;    // "modified-50-bar"
    std::string name;  // "Modified comparative negligence (50 % bar)"
    // The claimant's fault percentage at which recovery is barred; none for
    // pure comparative negligence.
    std::optional<Threshold> bar;
    // Whether a recovery that is not barred is reduced by the claimant's share
    // (false only in a regime that bars or pays in full).
    bool reducesByFault = true;
    std::vector<std::string> exampleStates;  // "CO", "TX"
    std::string note;
    std::string source;
    Date asOf;

    bool bars(int claimantFaultPercent) const;
    // What a claimant recovers of `damages` (minor units) at that fault share,
    // rounded down to the minor unit: pure, 50 % fault, 100,000 -> 50,000.
    std::int64_t recovery(std::int64_t damages, int claimantFaultPercent) const;
};

}  // namespace cg::domain
