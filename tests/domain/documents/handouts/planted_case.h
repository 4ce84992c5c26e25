#pragma once
// The marker-planted case (support/planted_case.h) with one more interest:
// party 2's "Keep the maintenance contract", which everyone may see, so a
// party's handout has another party's shared interest to show.
#include <string>
#include <vector>

#include "support/planted_case.h"

namespace cg::testing {

inline const std::vector<std::string> kInterestMarkers = {
    "SECRET-P1-interest", "SECRET-P2-interest", "SECRET-MED-interest-p1", "SECRET-MED-interest-p2"};

inline domain::CaseRecord plantedCase() {
    using namespace domain;
    CaseRecord r = plantedConfidences();
    r.interests.push_back({6, 2, InterestCategory::Relationship, 2, Visibility::Everyone,
                           "Keep the maintenance contract"});
    // Links from claims and options to every interest, so a leak through a
    // worksheet pair or an option's "serves" column would show.
    r.claims[0].interestNos = {1, 2, 3, 4, 5, 6};
    r.claims[1].interestNos = {2, 3, 6, 1, 4, 5};
    r.options[1].interestNos = {4, 5, 2, 3, 6};
    return r;
}

}  // namespace cg::testing
