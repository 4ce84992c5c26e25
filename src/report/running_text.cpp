#include "report/running_text.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "report/typography.h"

namespace cg::report {

using namespace typography;

namespace {

const Colour kRunningColour = Colour::grey(0.25);
const Colour kWatermarkColour = Colour::grey(0.9);

void replaceAll(std::string& text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

// Cuts text at a character boundary, with an ellipsis, to fit maxWidth.
std::string fitted(const FontBook& fonts, FontFace face, double size, std::string text, double maxWidth) {
    if (fonts.textWidth(face, text, size) <= maxWidth) return text;
    while (!text.empty()) {
        while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
        if (!text.empty()) text.pop_back();
        if (fonts.textWidth(face, text + "…", size) <= maxWidth) return text + "…";
    }
    return {};
}

// Two texts on one baseline, the left one given room first.
void leftAndRight(std::vector<PageItem>& items, const FontBook& fonts, const PageFlow& flow, double baseline,
                  const std::string& left, const std::string& right) {
    const double gap = 18;
    const double rightWidth = std::min(fonts.textWidth(kRunningFace, right, kRunningSize),
                                       flow.measure() / 2);
    const std::string leftText =
        fitted(fonts, kRunningFace, kRunningSize, left, flow.measure() - rightWidth - gap);
    const double leftWidth = fonts.textWidth(kRunningFace, leftText, kRunningSize);
    const std::string rightText =
        fitted(fonts, kRunningFace, kRunningSize, right, flow.measure() - leftWidth - gap);
    if (!leftText.empty())
        items.push_back(TextItem{kRunningFace, kRunningSize, flow.left(), baseline, leftText, kRunningColour});
    if (!rightText.empty())
        items.push_back(TextItem{kRunningFace, kRunningSize,
                                 flow.right() - fonts.textWidth(kRunningFace, rightText, kRunningSize),
                                 baseline, rightText, kRunningColour});
}

TextItem watermark(const std::string& text, const PageFlow& flow, const FontBook& fonts) {
    // Along the page's rising diagonal, filling about 70 % of it.
    const double angle = std::atan2(flow.pageHeight(), flow.pageWidth());
    const double diagonal = std::hypot(flow.pageWidth(), flow.pageHeight());
    const double unitWidth = std::max(fonts.textWidth(kWatermarkFace, text, 1), 0.01);
    const double size = std::min(0.7 * diagonal / unitWidth, 150.0);
    const double width = unitWidth * size;
    const double capHeight = fonts.capHeight(kWatermarkFace, size);
    // Start of the baseline so that the text's centre is the page's centre;
    // y grows downwards, so "up the page" is -y.
    const double cosA = std::cos(angle), sinA = std::sin(angle);
    const double cx = flow.pageWidth() / 2, cy = flow.pageHeight() / 2;
    const double x = cx - cosA * width / 2 + sinA * capHeight / 2;
    const double y = cy + sinA * width / 2 + cosA * capHeight / 2;
    return TextItem{kWatermarkFace, size, x, y, text, kWatermarkColour, angle * 180 / std::numbers::pi};
}

}  // namespace

std::string pageLabel(const std::string& pattern, std::size_t page, std::size_t pages) {
    std::string label = pattern;
    replaceAll(label, "{page}", std::to_string(page));
    replaceAll(label, "{pages}", std::to_string(pages));
    return label;
}

void addRunningText(std::vector<LaidOutPage>& pages, const domain::documents::Document& document,
                    const PageFlow& flow, const FontBook& fonts) {
    const auto& running = document.running;
    const double headerBaseline = flow.top() - 20;
    const double ruleY = flow.top() - 15;
    const double footerBaseline = flow.bottom() + 26;
    std::optional<TextItem> mark;
    if (document.watermark && !document.watermark->empty()) mark = watermark(*document.watermark, flow, fonts);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        std::vector<PageItem> items;
        // Drawn first, so the text of the page covers it.
        if (mark) items.push_back(*mark);
        if (!running.headerLeft.empty() || !running.headerRight.empty()) {
            leftAndRight(items, fonts, flow, headerBaseline, running.headerLeft, running.headerRight);
            items.push_back(LineItem{flow.left(), ruleY, flow.right(), ruleY, 0.4, kRunningColour, false});
        }
        leftAndRight(items, fonts, flow, footerBaseline, running.footer,
                     pageLabel(running.pageLabel, i + 1, pages.size()));
        auto& pageItems = pages[i].items;
        items.insert(items.end(), std::make_move_iterator(pageItems.begin()),
                     std::make_move_iterator(pageItems.end()));
        pageItems = std::move(items);
    }
}

}  // namespace cg::report
