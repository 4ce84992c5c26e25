#include "report/laid_out_document.h"

#include <stdexcept>

namespace cg::report {

namespace {

int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

Colour Colour::fromHex(std::string_view hex) {
    if (hex.size() != 7 || hex[0] != '#')
        throw std::invalid_argument("colour \"" + std::string(hex) + "\" is not of the form #RRGGBB");
    double channels[3];
    for (int i = 0; i < 3; ++i) {
        const int high = hexDigit(hex[1 + 2 * i]), low = hexDigit(hex[2 + 2 * i]);
        if (high < 0 || low < 0)
            throw std::invalid_argument("colour \"" + std::string(hex) + "\" is not of the form #RRGGBB");
        channels[i] = (high * 16 + low) / 255.0;
    }
    return {channels[0], channels[1], channels[2]};
}

}  // namespace cg::report
