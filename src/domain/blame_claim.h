#pragma once
#include <optional>
#include <string>

#include "domain/money.h"
#include "domain/record_no.h"
#include "domain/vocabulary.h"

namespace cg::domain {

// Party A says party B is responsible for something.
struct BlameClaim {
    RecordNo no = 0;
    RecordNo accuserNo = 0;
    RecordNo accusedNo = 0;
    ClaimBasis basis = ClaimBasis::BreachOfContract;
    std::string allegation;  // what B is said to be responsible for
    std::string position;    // the accuser's stated position
    std::optional<Money> amountClaimed;
    RecordNos factNos;
    RecordNos clauseNos;
    RecordNos interestNos;
};

}  // namespace cg::domain
