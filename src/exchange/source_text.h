#pragma once
// The text of one case file being read: its name for messages, the original
// bytes (for line:column), and the working copy pugixml parses in place.
// Parsing in place keeps every name and value pointing into that copy, which
// is how an error can point at the attribute itself, not just its element.
#include <cstddef>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "exchange/text_position.h"

namespace cg::exchange {

class SourceText {
public:
    // original must outlive this object.
    SourceText(std::string displayName, std::string_view original);
    SourceText(const SourceText&) = delete;
    SourceText& operator=(const SourceText&) = delete;

    const std::string& displayName() const { return m_displayName; }
    std::string_view original() const { return m_original; }

    // The copy handed to pugixml::load_buffer_inplace; it changes while parsing.
    char* parseBuffer() { return m_buffer.data(); }
    std::size_t parseBufferSize() const { return m_buffer.size(); }

    // Where an element starts (its '<'), or where a text node's text starts.
    std::size_t offsetOf(pugi::xml_node node) const;
    // Where an attribute's name starts; the owner's offset if that is unknown.
    std::size_t offsetOf(pugi::xml_attribute attribute, pugi::xml_node owner) const;

    TextPosition positionOf(std::size_t offset) const { return m_lines.positionOf(offset); }

    // Throws ImportError(displayName, line, column, what) for that offset.
    [[noreturn]] void fail(std::size_t offset, const std::string& what) const;

private:
    std::string m_displayName;
    std::string_view m_original;
    std::string m_buffer;
    LineIndex m_lines;
};

}  // namespace cg::exchange
