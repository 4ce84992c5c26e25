#pragma once
// Reads one element of a case file strictly. The element's shape (which
// attributes, which children in which order, text or not) is checked as soon
// as the reader is made, so a typo such as <nmae> is reported as an unknown
// element rather than silently dropping data. The typed getters then parse
// values and report problems at the attribute's own line and column,
// prefixed with the subject ("party-1: ...").
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "domain/calendar.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "domain/vocabulary.h"
#include "exchange/source_text.h"

namespace cg::exchange {

enum class Occurs { Optional, One, Many };
enum class Content { Elements, Text, Nothing };

struct AttributeRule {
    std::string_view name;
    bool required;
};

struct ChildRule {
    std::string_view name;
    Occurs occurs;
};

struct ElementShape {
    std::vector<AttributeRule> attributes;
    std::vector<ChildRule> children;  // in the order the format fixes
    Content content = Content::Elements;
    // Only the root may declare prefixes (xmlns:xsi) and carry xsi:* hints
    // for editors; they do not change what the file says.
    bool allowsNamespaceDeclarations = false;
};

class ElementReader {
public:
    // Checks the shape; throws ImportError on the first problem in document order.
    ElementReader(pugi::xml_node node, const ElementShape& shape, const SourceText& source, std::string subject);

    pugi::xml_node node() const { return m_node; }
    const SourceText& source() const { return *m_source; }
    const std::string& subject() const { return m_subject; }
    std::size_t offset() const { return m_source->offsetOf(m_node); }
    std::size_t offsetOf(std::string_view attribute) const;

    bool has(std::string_view attribute) const { return !m_node.attribute(std::string(attribute).c_str()).empty(); }
    std::string_view attribute(std::string_view name) const;  // "" when absent

    template <typename E>
    E enumValue(std::string_view name) const {
        try {
            return domain::parseEnum<E>(attribute(name));
        } catch (const domain::ValidationError& e) {
            failAt(name, e.what());
        }
    }
    domain::Date date(std::string_view name) const;
    std::optional<domain::Date> optionalDate(std::string_view name) const;
    domain::Instant instant(std::string_view name) const;
    std::optional<domain::Instant> optionalInstant(std::string_view name) const;
    std::int64_t wholeNumber(std::string_view name) const;
    int smallNumber(std::string_view name) const;  // a whole number that fits an int
    bool flag(std::string_view name) const;  // absent means false
    std::string currencyCode(std::string_view name) const;
    domain::Money money(std::string_view amount, std::string_view currency) const;
    // Both attributes or neither: an amount without its currency is ambiguous.
    std::optional<domain::Money> optionalMoney(std::string_view amount, std::string_view currency) const;

    // This element's own text (for Content::Text shapes).
    std::string text() const;
    // The text of the single child element `name`, "" when it is absent.
    std::string childText(std::string_view name) const;
    std::vector<std::string> childTexts(std::string_view name) const;
    std::vector<pugi::xml_node> children(std::string_view name) const;

    // "subject: what" at the attribute, or at the element.
    [[noreturn]] void failAt(std::string_view attribute, const std::string& what) const;
    [[noreturn]] void fail(const std::string& what) const;

private:
    void checkAttributes(const ElementShape& shape) const;
    void checkChildren(const ElementShape& shape) const;
    // "subject: name 'value' ..." built from a domain message that starts with the quoted value.
    [[noreturn]] void failValue(std::string_view name, const std::string& domainMessage) const;

    pugi::xml_node m_node;
    const SourceText* m_source;
    std::string m_subject;
};

// <name>text</name>: no attributes, text only.
const ElementShape& textElementShape();

}  // namespace cg::exchange
