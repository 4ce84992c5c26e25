#include "report/paragraph_layout.h"

#include <algorithm>
#include <cmath>

#include "report/typography.h"

namespace cg::report {

using domain::documents::Alignment;
using domain::documents::Heading;
using domain::documents::Paragraph;
using namespace typography;

HangingIndent hangingIndent(const PageFlow& flow, int indentLevel) {
    double textX = flow.left() + kIndentStep * std::max(indentLevel, 0);
    // Keep a hanging number at least a centimetre from the paper's edge.
    if (textX - kIndentStep < 10 * kPointsPerMm) textX += kIndentStep;
    return {textX, textX - kIndentStep};
}

ParagraphLayout::ParagraphLayout(const Paragraph& paragraph, const PageFlow& flow, const FontBook& fonts)
    : m_paragraph(paragraph), m_type(TypeSpec::serif(kBodySize)) {
    const HangingIndent indent = hangingIndent(flow, paragraph.indentLevel);
    m_textX = indent.textX;
    m_numberX = indent.numberX;
    m_measure = flow.right() - m_textX;
    m_lines = breakIntoLines(paragraph.text, m_type, m_measure, fonts);
}

double ParagraphLayout::fullHeight() const {
    return static_cast<double>(m_lines.size()) * kBodyLeading + m_paragraph.spaceAfterMm * kPointsPerMm;
}

double ParagraphLayout::minimumStart() const {
    // Two lines may start on a page; a three-line paragraph cannot be split
    // without leaving a lone line on one side.
    const std::size_t lines = m_lines.size() <= 3 ? m_lines.size() : 2;
    return static_cast<double>(lines) * kBodyLeading;
}

void ParagraphLayout::place(PageFlow& flow) const {
    const std::size_t count = m_lines.size();
    std::size_t next = 0;
    if (count == 0 && !m_paragraph.number.empty()) {
        // A clause number with no text yet still shows.
        flow.add(TextItem{FontFace::SerifRegular, kBodySize, m_numberX,
                          baselineIn(flow.y(), kBodyLeading, kBodySize), m_paragraph.number, {}});
        flow.advance(kBodyLeading);
    }
    while (next < count) {
        const double room = flow.remaining() + 0.01;
        const auto fit = room > 0 ? static_cast<std::size_t>(std::floor(room / kBodyLeading)) : 0;
        const std::size_t rest = count - next;
        std::size_t take = rest;
        if (rest > fit) {
            take = fit;
            if (rest - take < 2) take = rest >= 2 ? rest - 2 : 0;  // no lone last line
            if (next == 0 && take < 2) take = 0;                    // no lone first line
            if (take == 0 && flow.atTopOfPage()) take = std::max<std::size_t>(fit, 1);
        }
        if (take == 0) {
            flow.newPage();
            continue;
        }
        for (std::size_t i = next; i < next + take; ++i) {
            const double baseline = baselineIn(flow.y(), kBodyLeading, kBodySize);
            if (i == 0 && !m_paragraph.number.empty())
                flow.add(TextItem{FontFace::SerifRegular, kBodySize, m_numberX, baseline,
                                  m_paragraph.number, {}});
            std::vector<PageItem> items;
            setLine(m_lines[i], m_type, m_textX, baseline, m_measure, m_paragraph.alignment,
                    i + 1 == count, items);
            for (auto& item : items) flow.add(std::move(item));
            flow.advance(kBodyLeading);
        }
        next += take;
        if (next < count) flow.newPage();
    }
    flow.addSpace(m_paragraph.spaceAfterMm * kPointsPerMm);
}

HeadingLayout::HeadingLayout(const Heading& heading, const PageFlow& flow, const FontBook& fonts)
    : m_heading(heading) {
    const HeadingStyle style = headingStyle(heading.level);
    m_type = TypeSpec::serif(style.sizePt);
    // Headings are bold throughout; an italic run stays italic, in bold.
    m_type.regular = heading.level >= 3 ? FontFace::SerifBoldItalic : FontFace::SerifBold;
    m_type.italic = FontFace::SerifBoldItalic;
    m_leading = style.leadingPt;
    m_spaceBefore = style.spaceBeforePt;
    m_spaceAfter = style.spaceAfterPt;
    const HangingIndent indent = hangingIndent(flow, 0);
    m_textX = indent.textX;
    m_numberX = indent.numberX;
    m_measure = flow.right() - m_textX;
    m_lines = breakIntoLines(heading.text, m_type, m_measure, fonts);
}

double HeadingLayout::fullHeight() const {
    return m_spaceBefore + static_cast<double>(std::max<std::size_t>(m_lines.size(), 1)) * m_leading +
           m_spaceAfter;
}

std::optional<OutlineEntry> HeadingLayout::place(PageFlow& flow) const {
    const double linesHeight = static_cast<double>(std::max<std::size_t>(m_lines.size(), 1)) * m_leading;
    if (!flow.atTopOfPage() && m_spaceBefore + linesHeight > flow.remaining()) flow.newPage();
    flow.addSpace(m_spaceBefore);
    const double top = flow.y();
    for (std::size_t i = 0; i < std::max<std::size_t>(m_lines.size(), 1); ++i) {
        const double baseline = baselineIn(flow.y(), m_leading, m_type.sizePt);
        if (i == 0 && !m_heading.number.empty())
            flow.add(TextItem{m_type.regular, m_type.sizePt, m_numberX, baseline, m_heading.number, {}});
        if (i < m_lines.size()) {
            std::vector<PageItem> items;
            setLine(m_lines[i], m_type, m_textX, baseline, m_measure, Alignment::Left, true, items);
            for (auto& item : items) flow.add(std::move(item));
        }
        flow.advance(m_leading);
    }
    flow.addSpace(m_spaceAfter);
    if (!m_heading.inOutline) return std::nullopt;
    std::string title = plainText(m_heading.text);
    if (!m_heading.number.empty()) title = m_heading.number + " " + title;
    return OutlineEntry{title, m_heading.level, flow.pageIndex(), top};
}

}  // namespace cg::report
