#include "exchange/templates/template_file.h"

#include <fstream>
#include <iterator>
#include <system_error>

#include "exchange/import_error.h"
#include "exchange/xml_syntax.h"

namespace cg::exchange::templates {

namespace {

// A settlement agreement with its whole clause library is well under 1 MB;
// anything far larger is not a template and is refused before parsing.
constexpr std::uintmax_t kMaxTemplateBytes = 4 * 1024 * 1024;

constexpr unsigned kContentParseOptions = pugi::parse_default | pugi::parse_ws_pcdata;

// parseXml words these two for case files; a template author should read
// about templates. A well-formed file is looked at here first; anything
// not well-formed is left to parseXml's messages.
void refuseDoctypeAndMissingRoot(const SourceText& source, const std::string& rootName) {
    pugi::xml_document probe;
    std::string copy(source.original());
    const unsigned options = pugi::parse_default | pugi::parse_doctype;
    const pugi::xml_parse_result result = probe.load_buffer_inplace(copy.data(), copy.size(), options, pugi::encoding_utf8);
    if (result.status == pugi::status_no_document_element)
        source.fail(0, "no root element; expected <" + rootName + ">");
    if (!result) return;
    for (pugi::xml_node node : probe.children())
        if (node.type() == pugi::node_doctype) {
            const std::size_t start = source.original().find("<!DOCTYPE");
            source.fail(start == std::string_view::npos ? 0 : start,
                        "templates have no <!DOCTYPE> declaration; remove it");
        }
}

}  // namespace

TemplateFile::TemplateFile(std::string displayName, std::string text, const std::string& rootName)
    : m_text(std::move(text)), m_source(std::move(displayName), m_text) {
    if (m_text.find_first_not_of(" \t\r\n") == std::string::npos)
        throw ImportError(m_source.displayName(), 0, 0, "the file is empty; it should hold a <" + rootName + "> element");
    refuseDoctypeAndMissingRoot(m_source, rootName);
    {
        // Syntax first, with the case-file reader's messages (unclosed
        // elements, encoding, XML declaration); this copy is then dropped.
        SourceText syntaxCheck(m_source.displayName(), m_text);
        pugi::xml_document checked;
        parseXml(checked, syntaxCheck);
    }
    const pugi::xml_parse_result result = m_document.load_buffer_inplace(
        m_source.parseBuffer(), m_source.parseBufferSize(), kContentParseOptions, pugi::encoding_utf8);
    if (!result) m_source.fail(static_cast<std::size_t>(result.offset), "cannot parse the XML");
}

std::string loadTemplateBytes(const std::filesystem::path& path, const std::string& whatItIs) {
    std::error_code error;
    const bool exists = std::filesystem::is_regular_file(path, error);
    if (!exists) throw ImportError(path.string(), 0, 0, whatItIs + " '" + path.string() + "' does not exist");
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (!error && size > kMaxTemplateBytes)
        throw ImportError(path.string(), 0, 0, "the file is " + std::to_string(size / 1024) +
                                                   " KB; a " + whatItIs + " is never larger than 4 MB");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ImportError(path.string(), 0, 0, "cannot open the " + whatItIs + " for reading");
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace cg::exchange::templates
