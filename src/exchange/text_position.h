#pragma once
// Turns a byte offset in a text into the line and column an editor shows, so
// that an import error can say "sample.cgcase:41:7".
#include <cstddef>
#include <string_view>
#include <vector>

namespace cg::exchange {

struct TextPosition {
    int line = 1;    // 1-based
    int column = 1;  // 1-based, counted in characters (code points), not bytes
};

class LineIndex {
public:
    // Keeps a view of text: the text must outlive the index.
    explicit LineIndex(std::string_view text);

    // Offsets past the end give the position just after the last character.
    TextPosition positionOf(std::size_t offset) const;

private:
    std::string_view m_text;
    std::vector<std::size_t> m_lineStarts;  // byte offset where each line begins
};

}  // namespace cg::exchange
