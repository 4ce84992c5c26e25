#pragma once
// Confidential bottom lines: in caucus each side may tell the mediator the
// most it will pay or the least it will accept. Only the mediator may learn
// whether the two overlap and by how much; no party audience ever sees the
// other's figure. The records are domain/bottom_line.h (CaseRecord::
// bottomLines, which visibleTo() keeps for the mediator alone); the mediator's
// exposure view compares each claimant's and respondent's latest ones here
// (exposure.h, PairExposure::bottomLines).
#include <string_view>

#include "domain/money.h"

namespace cg::domain {

struct BottomLineCheck {
    enum class Outcome { Overlap, Gap };
    Outcome outcome = Outcome::Gap;
    // Overlap: how far the payer's most exceeds the payee's least (zero when
    // they meet exactly — a deal is possible at that one figure).
    // Gap: how far apart they are.
    Money amount;
};

// Throws ValidationError when the two are in different currencies.
BottomLineCheck compareBottomLines(const Money& maxPayerWillPay, const Money& minPayeeWillAccept);

std::string_view toString(BottomLineCheck::Outcome outcome);

}  // namespace cg::domain
