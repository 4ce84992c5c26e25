#include "exchange/xml_output.h"

#include "domain/errors.h"
#include "exchange/xml_characters.h"

namespace cg::exchange {

namespace {

// Refuses what XML 1.0 cannot carry at all, even escaped (U+0001...), and
// bytes that are not UTF-8: writing them would give a file no reader accepts.
void requireXmlText(std::string_view text, std::string_view where) {
    if (const auto problem = findNonXmlCharacter(text))
        throw domain::Error(std::string(where) + ": " + problem->what + "; a case file cannot carry it");
}

void appendEscaped(std::string& out, std::string_view text, bool inAttribute) {
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            // A literal CR would be turned into LF by every XML reader
            // (XML 1.0 section 2.11); a reference survives.
            case '\r': out += "&#13;"; break;
            case '"': out += inAttribute ? "&quot;" : "\""; break;
            // Attribute values have their tabs and newlines turned into
            // spaces on reading (section 3.3.3) unless written as references.
            case '\t': out += inAttribute ? "&#9;" : "\t"; break;
            case '\n': out += inAttribute ? "&#10;" : "\n"; break;
            default: out += c;
        }
    }
}

}  // namespace

XmlAttributes& XmlAttributes::add(std::string_view name, std::string value) {
    m_items.emplace_back(name, std::move(value));
    return *this;
}

XmlAttributes& XmlAttributes::addOptional(std::string_view name, std::string value) {
    if (!value.empty()) add(name, std::move(value));
    return *this;
}

XmlOutput::XmlOutput() : m_out("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") {}

void XmlOutput::startTag(std::string_view name, const XmlAttributes& attributes) {
    m_out.append(2 * m_open.size(), ' ');
    m_out += '<';
    m_out += name;
    for (const auto& [attribute, value] : attributes.items()) {
        requireXmlText(value, "attribute " + std::string(attribute) + " of <" + std::string(name) + ">");
        m_out += ' ';
        m_out += attribute;
        m_out += "=\"";
        appendEscaped(m_out, value, true);
        m_out += '"';
    }
}

void XmlOutput::open(std::string_view name, const XmlAttributes& attributes) {
    startTag(name, attributes);
    m_out += ">\n";
    m_open.emplace_back(name);
}

void XmlOutput::close() {
    m_out.append(2 * (m_open.size() - 1), ' ');
    m_out += "</" + m_open.back() + ">\n";
    m_open.pop_back();
}

void XmlOutput::element(std::string_view name, std::string_view text, const XmlAttributes& attributes) {
    startTag(name, attributes);
    if (text.empty()) {
        m_out += "/>\n";
        return;
    }
    requireXmlText(text, "<" + std::string(name) + ">");
    m_out += '>';
    appendEscaped(m_out, text, false);
    m_out += "</";
    m_out += name;
    m_out += ">\n";
}

void XmlOutput::optionalElement(std::string_view name, std::string_view text) {
    if (!text.empty()) element(name, text);
}

std::string XmlOutput::finish() { return std::move(m_out); }

}  // namespace cg::exchange
