#pragma once
// Tables: column widths from the weights, cells wrapped to their column, the
// header row repeated on every page the table continues on, the caption kept
// with the header and first row. Rows are never split, unless a single row is
// taller than a page; such a row continues on the next page under a repeated
// header rather than running off the paper.
#include "report/page_flow.h"
#include "report/text_lines.h"

namespace cg::report {

class TableLayout {
public:
    TableLayout(const domain::documents::Table& table, const PageFlow& flow, const FontBook& fonts);

    // Caption, header and the first row: what must fit before the table starts.
    double minimumStart() const;
    void place(PageFlow& flow) const;

private:
    struct Row {
        std::vector<std::vector<TextLine>> cells;
        std::size_t lineCount = 0;
    };
    Row makeRow(const std::vector<std::string>& texts, const TypeSpec& type, const FontBook& fonts) const;
    static double rowHeight(std::size_t lines);
    void placeHeader(PageFlow& flow) const;
    // Lines [from, from + count) of every cell of the row.
    void placeRowSlice(PageFlow& flow, const Row& row, std::size_t from, std::size_t count,
                       const TypeSpec& type) const;

    const domain::documents::Table& m_table;
    TypeSpec m_bodyType;
    TypeSpec m_headerType;
    TypeSpec m_captionType;
    std::vector<double> m_columnX;
    std::vector<double> m_columnWidth;
    double m_left = 0;
    double m_width = 0;
    std::vector<TextLine> m_caption;
    Row m_header;
    std::vector<Row> m_rows;
};

}  // namespace cg::report
