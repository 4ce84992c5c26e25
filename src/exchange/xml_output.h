#pragma once
// A small XML writer that decides every byte itself: the XML declaration,
// two-space indent, attributes in the order given, LF line endings, a final
// newline. Case files must come out byte-identical for the same case, which
// a general-purpose serializer does not promise across versions.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cg::exchange {

class XmlAttributes {
public:
    XmlAttributes& add(std::string_view name, std::string value);
    // Left out when value is empty: optional attributes are omitted, not blank.
    XmlAttributes& addOptional(std::string_view name, std::string value);

    const std::vector<std::pair<std::string_view, std::string>>& items() const { return m_items; }

private:
    std::vector<std::pair<std::string_view, std::string>> m_items;
};

class XmlOutput {
public:
    XmlOutput();  // starts with <?xml version="1.0" encoding="UTF-8"?>

    void open(std::string_view name, const XmlAttributes& attributes = {});
    void close();
    // <name a="..."/> when text is empty, else <name a="...">text</name>.
    void element(std::string_view name, std::string_view text, const XmlAttributes& attributes = {});
    // Left out when text is empty.
    void optionalElement(std::string_view name, std::string_view text);

    // The document; the caller has closed every element it opened.
    std::string finish();

private:
    void startTag(std::string_view name, const XmlAttributes& attributes);

    std::string m_out;
    std::vector<std::string> m_open;
};

}  // namespace cg::exchange
