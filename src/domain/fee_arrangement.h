#pragma once
#include <vector>

#include "domain/money.h"
#include "domain/record_no.h"
#include "domain/vocabulary.h"

namespace cg::domain {

// One party's part of the mediator's fees and shared expenses.
struct FeeShare {
    static constexpr int kWhole = 10000;  // basis points: 10000 = 100 %
    RecordNo partyNo = 0;
    int basisPoints = 0;
};

// How the mediator is paid for the case and who pays what part. With no
// shares the fees are split equally between the claimants and respondents
// (practice/fees.h); given shares must add up to exactly 100 %.
struct FeeArrangement {
    FeeBasis basis = FeeBasis::Hourly;
    Money hourlyRate;  // for FeeBasis::Hourly, per hour, in the case currency
    Money fixedFee;    // for FeeBasis::Fixed, for the whole mediation
    std::vector<FeeShare> shares;
};

}  // namespace cg::domain
