#include "domain/practice/share_text.h"

namespace cg::domain::practice {

std::string shareText(int basisPoints) {
    const bool negative = basisPoints < 0;
    const int magnitude = negative ? -basisPoints : basisPoints;
    std::string text = (negative ? "-" : "") + std::to_string(magnitude / 100);
    if (const int hundredths = magnitude % 100; hundredths != 0)
        text += (hundredths < 10 ? ".0" : ".") + std::to_string(hundredths);
    return text + " %";
}

}  // namespace cg::domain::practice
