#include "cli/fee_text.h"

#include "domain/practice/share_text.h"

namespace cg::cli {

std::string splitText(const std::vector<domain::FeeShare>& shares) {
    std::string text;
    for (const auto& share : shares)
        text += (text.empty() ? "" : ", ") + std::string("party ") + std::to_string(share.partyNo) +
                " " + domain::practice::shareText(share.basisPoints);
    return text;
}

std::string feeBasisText(const domain::FeeArrangement& fees) {
    if (fees.basis == domain::FeeBasis::Fixed) return "fixed fee of " + fees.fixedFee.display();
    return "hourly, " + fees.hourlyRate.display() + " an hour";
}

}  // namespace cg::cli
