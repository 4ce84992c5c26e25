#include "exchange/source_text.h"

#include <cstdint>

#include "exchange/import_error.h"

namespace cg::exchange {

SourceText::SourceText(std::string displayName, std::string_view original)
    : m_displayName(std::move(displayName)), m_original(original), m_buffer(original), m_lines(original) {}

std::size_t SourceText::offsetOf(pugi::xml_node node) const {
    const std::ptrdiff_t offset = node.offset_debug();
    if (offset < 0) return 0;
    // pugixml gives the offset of an element's name; editors and users think
    // of the element as starting at its '<'.
    if (node.type() == pugi::node_element && offset > 0) return static_cast<std::size_t>(offset) - 1;
    if (node.type() == pugi::node_declaration && offset > 1) return static_cast<std::size_t>(offset) - 2;  // "<?"
    return static_cast<std::size_t>(offset);
}

std::size_t SourceText::offsetOf(pugi::xml_attribute attribute, pugi::xml_node owner) const {
    // Compared as integers: ordering pointers into different objects is unspecified.
    const auto name = reinterpret_cast<std::uintptr_t>(attribute.name());
    const auto begin = reinterpret_cast<std::uintptr_t>(m_buffer.data());
    if (name >= begin && name < begin + m_buffer.size()) return static_cast<std::size_t>(name - begin);
    return offsetOf(owner);
}

void SourceText::fail(std::size_t offset, const std::string& what) const {
    const TextPosition position = positionOf(offset);
    throw ImportError(m_displayName, position.line, position.column, what);
}

}  // namespace cg::exchange
