#include "report/table_layout.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "report/typography.h"

namespace cg::report {

using domain::documents::Alignment;
using domain::documents::Table;
using namespace typography;

namespace {

constexpr double kHeaderSize = 8.5;
const Colour kHeaderFill = Colour::grey(0.92);
const Colour kRuleColour = Colour::grey(0.55);

}  // namespace

TableLayout::TableLayout(const Table& table, const PageFlow& flow, const FontBook& fonts)
    : m_table(table),
      m_bodyType(TypeSpec::serif(kTableSize)),
      m_headerType(TypeSpec::sans(kHeaderSize)),
      m_captionType(TypeSpec::serif(kCaptionSize)) {
    m_headerType.regular = kTableHeaderFace;
    m_captionType.regular = FontFace::SerifItalic;
    m_left = flow.left();
    m_width = flow.measure();
    double totalWeight = 0;
    for (const auto& column : table.columns) totalWeight += std::max(column.weight, 0.0);
    double x = m_left;
    for (const auto& column : table.columns) {
        const double share = totalWeight > 0 ? std::max(column.weight, 0.0) / totalWeight
                                             : 1.0 / static_cast<double>(table.columns.size());
        m_columnX.push_back(x);
        m_columnWidth.push_back(m_width * share);
        x += m_width * share;
    }
    if (!table.caption.empty()) m_caption = breakIntoLines(table.caption, m_captionType, m_width, fonts);
    std::vector<std::string> headers;
    for (const auto& column : table.columns) headers.push_back(column.header);
    m_header = makeRow(headers, m_headerType, fonts);
    for (const auto& row : table.rows) m_rows.push_back(makeRow(row, m_bodyType, fonts));
}

TableLayout::Row TableLayout::makeRow(const std::vector<std::string>& texts, const TypeSpec& type,
                                      const FontBook& fonts) const {
    Row row;
    for (std::size_t c = 0; c < m_columnWidth.size(); ++c) {
        const std::string text = c < texts.size() ? texts[c] : std::string();
        const double measure = std::max(m_columnWidth[c] - 2 * kTableCellPaddingX, 1.0);
        row.cells.push_back(breakIntoLines(text, type, measure, fonts));
        row.lineCount = std::max(row.lineCount, row.cells.back().size());
    }
    row.lineCount = std::max<std::size_t>(row.lineCount, 1);
    return row;
}

double TableLayout::rowHeight(std::size_t lines) {
    return static_cast<double>(lines) * kTableLeading + 2 * kTableCellPaddingY;
}

double TableLayout::minimumStart() const {
    double height = static_cast<double>(m_caption.size()) * kCaptionLeading +
                    rowHeight(m_header.lineCount);
    if (!m_rows.empty()) height += rowHeight(m_rows.front().lineCount);
    return height;
}

void TableLayout::placeHeader(PageFlow& flow) const {
    const double height = rowHeight(m_header.lineCount);
    flow.add(RectItem{m_left, flow.y(), m_width, height, kHeaderFill, std::nullopt, 0});
    flow.add(LineItem{m_left, flow.y(), m_left + m_width, flow.y(), 0.8, {}, false});
    placeRowSlice(flow, m_header, 0, m_header.lineCount, m_headerType);
    flow.add(LineItem{m_left, flow.y(), m_left + m_width, flow.y(), 0.5, {}, false});
}

void TableLayout::placeRowSlice(PageFlow& flow, const Row& row, std::size_t from, std::size_t count,
                                const TypeSpec& type) const {
    const double top = flow.y() + kTableCellPaddingY;
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
        const auto& lines = row.cells[c];
        const Alignment alignment =
            c < m_table.columns.size() ? m_table.columns[c].alignment : Alignment::Left;
        const double measure = m_columnWidth[c] - 2 * kTableCellPaddingX;
        for (std::size_t i = from; i < std::min(from + count, lines.size()); ++i) {
            const double baseline =
                baselineIn(top + static_cast<double>(i - from) * kTableLeading, kTableLeading, type.sizePt);
            std::vector<PageItem> items;
            setLine(lines[i], type, m_columnX[c] + kTableCellPaddingX, baseline, measure, alignment,
                    i + 1 == lines.size(), items);
            for (auto& item : items) flow.add(std::move(item));
        }
    }
    flow.advance(rowHeight(count));
}

void TableLayout::place(PageFlow& flow) const {
    if (m_columnWidth.empty()) return;
    if (!flow.atTopOfPage() && minimumStart() > flow.remaining()) flow.newPage();
    for (const auto& line : m_caption) {
        std::vector<PageItem> items;
        setLine(line, m_captionType, m_left, baselineIn(flow.y(), kCaptionLeading, kCaptionSize), m_width,
                Alignment::Left, true, items);
        for (auto& item : items) flow.add(std::move(item));
        flow.advance(kCaptionLeading);
    }
    placeHeader(flow);
    const double headerHeight = rowHeight(m_header.lineCount);
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows[r];
        const double height = rowHeight(row.lineCount);
        const bool fitsOnAPage = headerHeight + height <= flow.bodyHeight();
        if (height > flow.remaining() && fitsOnAPage) {
            flow.newPage();
            placeHeader(flow);
        }
        std::size_t from = 0;
        while (from < row.lineCount) {
            // Only a row taller than a whole page gets here more than once.
            const double room = flow.remaining() - 2 * kTableCellPaddingY + 0.01;
            const auto fit = room > 0 ? static_cast<std::size_t>(std::floor(room / kTableLeading)) : 0;
            if (fit == 0) {
                flow.newPage();
                placeHeader(flow);
                continue;
            }
            const std::size_t count = std::min(fit, row.lineCount - from);
            placeRowSlice(flow, row, from, count, m_bodyType);
            from += count;
            const bool last = r + 1 == m_rows.size() && from == row.lineCount;
            flow.add(LineItem{m_left, flow.y(), m_left + m_width, flow.y(), last ? 0.8 : 0.3,
                              last ? Colour{} : kRuleColour, false});
        }
    }
    flow.addSpace(kBodyLeading * 0.6);
}

}  // namespace cg::report
