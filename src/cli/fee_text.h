#pragma once
// The fee arrangement in words, for `fees` and `case show`.
#include <string>
#include <vector>

#include "domain/fee_arrangement.h"

namespace cg::cli {

// "party 1 60 %, party 2 40 %"
std::string splitText(const std::vector<domain::FeeShare>& shares);

// "hourly, USD 400.00 an hour" or "fixed fee of USD 12,000.00"
std::string feeBasisText(const domain::FeeArrangement& fees);

}  // namespace cg::cli
