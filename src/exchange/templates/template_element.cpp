#include "exchange/templates/template_element.h"

#include <algorithm>
#include <vector>

#include "exchange/templates/document_template_reader.h"

namespace cg::exchange::templates {

std::string tagOf(pugi::xml_node node) { return "<" + std::string(node.name()) + ">"; }

bool isText(pugi::xml_node node) { return node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata; }

bool isBlank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

std::string excerptOf(std::string_view text) {
    const std::size_t start = text.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) return "";
    text = text.substr(start, text.find_last_not_of(" \t\r\n") - start + 1);
    constexpr std::size_t kMax = 30;
    if (text.size() <= kMax) return std::string(text);
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // whole UTF-8 sequences
    return std::string(text.substr(0, cut)) + "...";
}

void checkAttributes(const SourceText& source, pugi::xml_node node, std::initializer_list<std::string_view> allowed,
                     std::initializer_list<std::string_view> required, bool isRoot) {
    std::vector<std::string_view> seen;
    for (pugi::xml_attribute a : node.attributes()) {
        const std::string_view name = a.name();
        const std::size_t at = source.offsetOf(a, node);
        // pugixml accepts a repeated attribute; XML does not.
        if (std::find(seen.begin(), seen.end(), name) != seen.end())
            source.fail(at, tagOf(node) + ": attribute '" + std::string(name) + "' appears twice");
        seen.push_back(name);
        if (name == "xmlns") {
            if (std::string_view(a.value()) != kDocumentTemplateNamespace)
                source.fail(at, tagOf(node) + " is in namespace '" + a.value() + "', expected '" +
                                    kDocumentTemplateNamespace + "'");
            continue;
        }
        if (isRoot && (name.starts_with("xmlns:") || name.starts_with("xsi:"))) continue;
        if (std::find(allowed.begin(), allowed.end(), name) != allowed.end()) continue;
        std::string expected;
        for (auto n : allowed) expected += (expected.empty() ? "" : ", ") + std::string(n);
        source.fail(at, tagOf(node) + ": unknown attribute '" + std::string(name) + "' (" +
                            (expected.empty() ? tagOf(node) + " has no attributes" : "expected " + expected) + ")");
    }
    for (auto name : required)
        if (!node.attribute(std::string(name).c_str()))
            failAt(source, node, tagOf(node) + ": attribute '" + std::string(name) + "' is required");
}

void checkEmpty(const SourceText& source, pugi::xml_node node) {
    for (pugi::xml_node child : node.children()) {
        if (isText(child) && !isBlank(child.value()))
            failAtText(source, child, tagOf(node) + " is empty; unexpected text '" + excerptOf(child.value()) + "'");
        if (child.type() == pugi::node_element)
            failAt(source, child, tagOf(node) + " is empty; unexpected element " + tagOf(child));
    }
}

domain::documents::TemplateLocation locationOf(const SourceText& source, pugi::xml_node node) {
    const TextPosition p = source.positionOf(source.offsetOf(node));
    return {source.displayName(), p.line, p.column};
}

domain::documents::TemplateLocation locationOf(const SourceText& source, pugi::xml_node node,
                                               std::string_view attribute) {
    const pugi::xml_attribute a = node.attribute(std::string(attribute).c_str());
    const TextPosition p = source.positionOf(a ? source.offsetOf(a, node) : source.offsetOf(node));
    return {source.displayName(), p.line, p.column};
}

std::string_view attributeOf(pugi::xml_node node, std::string_view name) {
    return node.attribute(std::string(name).c_str()).value();
}

bool flagOf(const SourceText& source, pugi::xml_node node, std::string_view name, bool absent) {
    if (!node.attribute(std::string(name).c_str())) return absent;
    const std::string_view value = attributeOf(node, name);
    if (value == "true") return true;
    if (value == "false") return false;
    failAt(source, node, name,
           tagOf(node) + ": " + std::string(name) + " '" + std::string(value) + "' is neither true nor false");
}

void failAt(const SourceText& source, pugi::xml_node node, const std::string& what) {
    source.fail(source.offsetOf(node), what);
}

void failAt(const SourceText& source, pugi::xml_node node, std::string_view attribute, const std::string& what) {
    const pugi::xml_attribute a = node.attribute(std::string(attribute).c_str());
    source.fail(a ? source.offsetOf(a, node) : source.offsetOf(node), what);
}

void failAtText(const SourceText& source, pugi::xml_node text, const std::string& what) {
    const std::size_t start = source.offsetOf(text);
    const std::size_t firstCharacter = source.original().find_first_not_of(" \t\r\n", start);
    source.fail(std::min(firstCharacter, source.original().size()), what);
}

}  // namespace cg::exchange::templates
