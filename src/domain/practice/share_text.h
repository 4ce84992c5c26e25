#pragma once
// A share of the fees as people write it: 10000 basis points = "100 %",
// 3334 = "33.34 %", 5000 = "50 %". The invoice, the agreement to mediate
// and `fees show` print the same figure the same way.
#include <string>

namespace cg::domain::practice {

std::string shareText(int basisPoints);

}  // namespace cg::domain::practice
