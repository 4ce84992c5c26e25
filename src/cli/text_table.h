#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace cg::cli {

// A plain-text table for listings. Widths count characters, not bytes, so
// "Müller" lines up with "Muller".
class TextTable {
public:
    explicit TextTable(std::vector<std::string> headings) : m_headings(std::move(headings)) {}
    void addRow(std::vector<std::string> cells) { m_rows.push_back(std::move(cells)); }
    bool empty() const { return m_rows.empty(); }
    void print(std::ostream& out, std::size_t maxCellWidth = 48) const;

private:
    std::vector<std::string> m_headings;
    std::vector<std::vector<std::string>> m_rows;
};

// Characters (UTF-8 code points) in text.
std::size_t displayWidth(const std::string& text);
// text cut to at most width characters, ending in "…" when cut.
std::string truncateTo(const std::string& text, std::size_t width);

}  // namespace cg::cli
