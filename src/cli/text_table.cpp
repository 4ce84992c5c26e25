#include "cli/text_table.h"

#include <algorithm>
#include <ostream>

namespace cg::cli {

namespace {

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::size_t displayWidth(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return !isContinuationByte(c); }));
}

std::string truncateTo(const std::string& text, std::size_t width) {
    if (displayWidth(text) <= width || width == 0) return text;
    std::string result;
    std::size_t chars = 0;
    for (char c : text) {
        if (!isContinuationByte(c) && ++chars > width - 1) break;
        result += c;
    }
    return result + "…";
}

void TextTable::print(std::ostream& out, std::size_t maxCellWidth) const {
    std::vector<std::size_t> widths;
    for (const auto& h : m_headings) widths.push_back(displayWidth(h));
    for (const auto& row : m_rows)
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], std::min(maxCellWidth, displayWidth(row[i])));

    const auto printRow = [&](const std::vector<std::string>& cells) {
        std::string line;
        for (std::size_t i = 0; i < widths.size(); ++i) {
            const std::string cell = truncateTo(i < cells.size() ? cells[i] : "", maxCellWidth);
            line += cell;
            if (i + 1 < widths.size()) line += std::string(widths[i] - displayWidth(cell) + 2, ' ');
        }
        out << line << "\n";
    };
    printRow(m_headings);
    for (const auto& row : m_rows) printRow(row);
}

}  // namespace cg::cli
