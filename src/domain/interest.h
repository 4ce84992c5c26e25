#pragma once
#include <string>

#include "domain/record_no.h"
#include "domain/vocabulary.h"

namespace cg::domain {

// What a party needs underneath its position.
struct Interest {
    static constexpr int kHighestPriority = 1;
    static constexpr int kLowestPriority = 5;

    RecordNo no = 0;
    RecordNo partyNo = 0;
    InterestCategory category = InterestCategory::Financial;
    int priority = 3;  // 1 (must have) .. 5 (nice to have)
    Visibility visibility = Visibility::Everyone;
    std::string description;
};

}  // namespace cg::domain
