#include "exchange/text_position.h"

#include <algorithm>

namespace cg::exchange {

namespace {

constexpr std::string_view kUtf8ByteOrderMark = "\xEF\xBB\xBF";

bool isUtf8Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

LineIndex::LineIndex(std::string_view text) : m_text(text) {
    // Editors show no column for a byte-order mark, so line 1 starts after it.
    m_lineStarts.push_back(text.starts_with(kUtf8ByteOrderMark) ? kUtf8ByteOrderMark.size() : 0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        // XML ends lines with LF, CR LF or a lone CR (XML 1.0 section 2.11).
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
            m_lineStarts.push_back(i + 1);
    }
}

TextPosition LineIndex::positionOf(std::size_t offset) const {
    offset = std::min(offset, m_text.size());
    const auto next = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const std::size_t lineIndex = next == m_lineStarts.begin() ? 0 : static_cast<std::size_t>(next - m_lineStarts.begin()) - 1;
    const std::size_t lineStart = std::min(m_lineStarts[lineIndex], offset);

    int column = 1;
    for (std::size_t i = lineStart; i < offset; ++i)
        if (!isUtf8Continuation(m_text[i])) ++column;
    return TextPosition{static_cast<int>(lineIndex) + 1, column};
}

}  // namespace cg::exchange
