// <page paper="a4" margin-top="25mm" …/>. Margins are millimetres written
// with their unit, so that "25" (points? inches?) is never guessed at.
#include <charconv>
#include <string>

#include "exchange/templates/template_element.h"
#include "exchange/templates/template_readers.h"

namespace cg::exchange::templates {

namespace {

// Below 5 mm most printers clip; above 80 mm (on any side) too little of
// an A4 or Letter page is left for an agreement's text.
constexpr double kMinMarginMm = 5;
constexpr double kMaxMarginMm = 80;

double readMargin(pugi::xml_node page, const char* name, double absent, const SourceText& source) {
    if (!page.attribute(name)) return absent;
    const std::string text(attributeOf(page, name));
    const std::string quoted = std::string("<page>: ") + name + " '" + text + "'";
    if (!text.ends_with("mm"))
        failAt(source, page, name, quoted + " is not in millimetres; write it like 25mm");
    const std::string number = text.substr(0, text.size() - 2);
    double value = 0;
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (number.empty() || error != std::errc{} || end != number.data() + number.size() || number.front() == '-' ||
        number.front() == '+')
        failAt(source, page, name, quoted + " is not a number of millimetres; write it like 25mm");
    if (value < kMinMarginMm || value > kMaxMarginMm)
        failAt(source, page, name, quoted + " is outside 5mm to 80mm");
    return value;
}

}  // namespace

domain::documents::PageSetup readPageSetup(pugi::xml_node page, const SourceText& source) {
    checkAttributes(source, page, {"paper", "margin-top", "margin-bottom", "margin-left", "margin-right"});
    checkEmpty(source, page);
    domain::documents::PageSetup setup;
    if (page.attribute("paper")) {
        const std::string_view paper = attributeOf(page, "paper");
        if (paper == "a4") setup.paper = domain::documents::PaperSize::A4;
        else if (paper == "letter") setup.paper = domain::documents::PaperSize::Letter;
        else failAt(source, page, "paper", "<page>: unknown paper '" + std::string(paper) + "' (expected a4 or letter)");
    }
    setup.marginTopMm = readMargin(page, "margin-top", setup.marginTopMm, source);
    setup.marginBottomMm = readMargin(page, "margin-bottom", setup.marginBottomMm, source);
    setup.marginLeftMm = readMargin(page, "margin-left", setup.marginLeftMm, source);
    setup.marginRightMm = readMargin(page, "margin-right", setup.marginRightMm, source);
    return setup;
}

}  // namespace cg::exchange::templates
