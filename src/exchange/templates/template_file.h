#pragma once
// One template or clause-library file in memory and parsed. Syntax is
// checked by the case-file reader's parseXml (same messages, same
// line:column); the content is then parsed a second time keeping
// whitespace-only text, because in running text the space between
// <field name="party.name"/> and <b>…</b> is part of the sentence.
#include <filesystem>
#include <memory>
#include <string>

#include <pugixml.hpp>

#include "exchange/source_text.h"

namespace cg::exchange::templates {

class TemplateFile {
public:
    // rootName is what the file should hold ("document-template"), for the empty-file message.
    TemplateFile(std::string displayName, std::string text, const std::string& rootName);
    TemplateFile(const TemplateFile&) = delete;
    TemplateFile& operator=(const TemplateFile&) = delete;

    const SourceText& source() const { return m_source; }
    pugi::xml_node root() const { return m_document.document_element(); }

private:
    std::string m_text;
    SourceText m_source;
    pugi::xml_document m_document;
};

// The bytes of a file, or ImportError(path, 0, 0, …) naming it.
std::string loadTemplateBytes(const std::filesystem::path& path, const std::string& whatItIs);

}  // namespace cg::exchange::templates
