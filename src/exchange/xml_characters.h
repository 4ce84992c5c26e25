#pragma once
// Which characters an XML 1.0 document may carry. Case files are UTF-8, and
// XML forbids most control characters even as &#N; references, so both the
// reader (on the raw bytes and on decoded values) and the writer (on what it
// is asked to write) check text against the same rule.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cg::exchange {

struct CharacterProblem {
    std::size_t offset = 0;  // byte offset of the offending character in the text
    std::string what;        // "character U+0001 is not allowed in XML", "invalid UTF-8 (byte 0xFF)"
};

// The first character that is not valid UTF-8 or not an XML 1.0 Char
// (#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]).
std::optional<CharacterProblem> findNonXmlCharacter(std::string_view text);

}  // namespace cg::exchange
