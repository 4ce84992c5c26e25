#include "domain/common_ground/bottom_line.h"

#include "domain/errors.h"

namespace cg::domain {

BottomLineCheck compareBottomLines(const Money& maxPayerWillPay, const Money& minPayeeWillAccept) {
    if (maxPayerWillPay.currency() != minPayeeWillAccept.currency())
        throw ValidationError("bottom lines in " + maxPayerWillPay.currency() + " and " +
                              minPayeeWillAccept.currency() + " cannot be compared; record both in one currency");
    const std::int64_t pay = maxPayerWillPay.minorUnits();
    const std::int64_t accept = minPayeeWillAccept.minorUnits();
    if (pay >= accept) return {BottomLineCheck::Outcome::Overlap, Money(pay - accept, maxPayerWillPay.currency())};
    return {BottomLineCheck::Outcome::Gap, Money(accept - pay, maxPayerWillPay.currency())};
}

std::string_view toString(BottomLineCheck::Outcome outcome) {
    return outcome == BottomLineCheck::Outcome::Overlap ? "overlap" : "gap";
}

}  // namespace cg::domain
