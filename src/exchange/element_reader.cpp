#include "exchange/element_reader.h"

#include <algorithm>
#include <charconv>
#include <limits>

#include "exchange/case_file.h"
#include "exchange/xml_characters.h"

namespace cg::exchange {

namespace {

bool isWhitespaceOnly(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

bool isText(pugi::xml_node node) {
    return node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata;
}

std::string excerpt(std::string_view text) {
    const std::size_t start = text.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) return "";
    text = text.substr(start, text.find_last_not_of(" \t\r\n") - start + 1);
    constexpr std::size_t kMax = 24;
    if (text.size() <= kMax) return std::string(text);
    std::size_t cut = kMax;
    // Never cut a UTF-8 sequence in half.
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return std::string(text.substr(0, cut)) + "...";
}

template <typename Rule>
std::string listNames(const std::vector<Rule>& rules) {
    std::string names;
    for (const auto& rule : rules) names += (names.empty() ? "" : ", ") + std::string(rule.name);
    return names;
}

// An amount as files write it: digits, optionally a point and more digits.
bool isPlainDecimal(std::string_view text) {
    const std::size_t point = text.find('.');
    const std::string_view whole = text.substr(0, point);
    const std::string_view fraction = point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
    const auto digits = [](std::string_view s) {
        return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    return digits(whole) && (point == std::string_view::npos || digits(fraction));
}

}  // namespace

const ElementShape& textElementShape() {
    static const ElementShape shape{{}, {}, Content::Text};
    return shape;
}

ElementReader::ElementReader(pugi::xml_node node, const ElementShape& shape, const SourceText& source,
                             std::string subject)
    : m_node(node), m_source(&source), m_subject(std::move(subject)) {
    checkAttributes(shape);
    checkChildren(shape);
}

void ElementReader::checkAttributes(const ElementShape& shape) const {
    std::vector<std::string_view> seen;
    for (pugi::xml_attribute a : m_node.attributes()) {
        const std::string_view name = a.name();
        const std::size_t at = m_source->offsetOf(a, m_node);
        // pugixml does not reject repeated attributes; XML does.
        if (std::find(seen.begin(), seen.end(), name) != seen.end())
            m_source->fail(at, m_subject + ": attribute '" + std::string(name) + "' appears twice");
        seen.push_back(name);
        // Some XML tools repeat the default namespace on inner elements; that
        // is harmless when it is ours, and moves the element elsewhere when not.
        if (name == "xmlns" && std::string_view(a.value()) != kCaseFileNamespace)
            m_source->fail(at, m_subject + ": <" + std::string(m_node.name()) + "> is in namespace '" +
                                   a.value() + "', expected '" + kCaseFileNamespace + "'");
        const bool known = name == "xmlns" ||
                           std::any_of(shape.attributes.begin(), shape.attributes.end(),
                                       [&](const AttributeRule& rule) { return rule.name == name; });
        const bool declaration = shape.allowsNamespaceDeclarations &&
                                 (name.starts_with("xmlns:") || name.starts_with("xsi:"));
        if (!known && !declaration) {
            const std::string expected = shape.attributes.empty()
                                             ? "<" + std::string(m_node.name()) + "> has no attributes"
                                             : "expected " + listNames(shape.attributes);
            m_source->fail(at, m_subject + ": unknown attribute '" + std::string(name) + "' (" + expected + ")");
        }
        if (const auto problem = findNonXmlCharacter(a.value()))
            m_source->fail(at, m_subject + ": attribute '" + std::string(name) + "': " + problem->what);
    }
    for (const AttributeRule& rule : shape.attributes)
        if (rule.required && !has(rule.name))
            fail("attribute '" + std::string(rule.name) + "' is required");
}

void ElementReader::checkChildren(const ElementShape& shape) const {
    const std::string self = "<" + std::string(m_node.name()) + ">";
    std::vector<int> counts(shape.children.size(), 0);
    std::size_t lastRule = 0;
    for (pugi::xml_node child : m_node.children()) {
        std::size_t at = m_source->offsetOf(child);
        if (isText(child)) {
            if (shape.content == Content::Text || isWhitespaceOnly(child.value())) continue;
            // Point at the stray text itself, not at the line break before it.
            at = std::min(m_source->original().find_first_not_of(" \t\r\n", at), m_source->original().size());
            m_source->fail(at, m_subject + ": unexpected text '" + excerpt(child.value()) + "'" +
                                   (shape.content == Content::Nothing ? "; " + self + " is empty" : ""));
        }
        if (child.type() != pugi::node_element) continue;  // comments and processing instructions
        const std::string name = child.name();
        if (shape.content != Content::Elements)
            m_source->fail(at, m_subject + ": unexpected element <" + name + ">; " + self +
                                   (shape.content == Content::Text ? " holds text only" : " is empty"));
        const auto rule = std::find_if(shape.children.begin(), shape.children.end(),
                                       [&](const ChildRule& r) { return r.name == name; });
        if (rule == shape.children.end())
            m_source->fail(at, m_subject + ": unknown element <" + name + "> (expected " +
                                   listNames(shape.children) + ")");
        const auto index = static_cast<std::size_t>(rule - shape.children.begin());
        if (index < lastRule)
            m_source->fail(at, m_subject + ": <" + name + "> must come before <" +
                                   std::string(shape.children[lastRule].name) + ">");
        if (rule->occurs != Occurs::Many && counts[index] > 0)
            m_source->fail(at, m_subject + ": <" + name + "> appears more than once");
        ++counts[index];
        lastRule = index;
    }
    for (std::size_t i = 0; i < shape.children.size(); ++i)
        if (shape.children[i].occurs == Occurs::One && counts[i] == 0)
            fail("<" + std::string(shape.children[i].name) + "> is required");
}

std::size_t ElementReader::offsetOf(std::string_view attribute) const {
    const pugi::xml_attribute a = m_node.attribute(std::string(attribute).c_str());
    return a ? m_source->offsetOf(a, m_node) : offset();
}

std::string_view ElementReader::attribute(std::string_view name) const {
    return m_node.attribute(std::string(name).c_str()).value();
}

void ElementReader::failAt(std::string_view attribute, const std::string& what) const {
    m_source->fail(offsetOf(attribute), m_subject + ": " + what);
}

void ElementReader::fail(const std::string& what) const { m_source->fail(offset(), m_subject + ": " + what); }

void ElementReader::failValue(std::string_view name, const std::string& domainMessage) const {
    failAt(name, std::string(name) + " " + domainMessage);
}

domain::Date ElementReader::date(std::string_view name) const {
    try {
        return domain::Date::parse(attribute(name));
    } catch (const domain::ValidationError& e) {
        failValue(name, e.what());
    }
}

std::optional<domain::Date> ElementReader::optionalDate(std::string_view name) const {
    if (!has(name)) return std::nullopt;
    return date(name);
}

domain::Instant ElementReader::instant(std::string_view name) const {
    const std::string_view text = attribute(name);
    // Instant::parse also takes "…T09:30Z"; the format (and xs:dateTime) always has seconds.
    constexpr std::size_t kFullLength = std::string_view("2026-01-01T00:00:00Z").size();
    try {
        if (text.size() != kFullLength)
            throw domain::ValidationError("'" + std::string(text) +
                                          "' is not a UTC time; write it as YYYY-MM-DDTHH:MM:SSZ");
        return domain::Instant::parse(text);
    } catch (const domain::ValidationError& e) {
        failValue(name, e.what());
    }
}

std::optional<domain::Instant> ElementReader::optionalInstant(std::string_view name) const {
    if (!has(name)) return std::nullopt;
    return instant(name);
}

std::int64_t ElementReader::wholeNumber(std::string_view name) const {
    const std::string_view text = attribute(name);
    std::int64_t value = 0;
    const bool digitsOnly = !text.empty() && (text[0] == '-' || (text[0] >= '0' && text[0] <= '9'));
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc::result_out_of_range)
        failAt(name, std::string(name) + " '" + std::string(text) + "' is too large");
    if (!digitsOnly || error != std::errc{} || end != text.data() + text.size())
        failAt(name, std::string(name) + " '" + std::string(text) + "' is not a whole number");
    return value;
}

int ElementReader::smallNumber(std::string_view name) const {
    const std::int64_t value = wholeNumber(name);
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
        failAt(name, std::string(name) + " '" + std::string(attribute(name)) + "' is too large");
    return static_cast<int>(value);
}

bool ElementReader::flag(std::string_view name) const {
    const std::string_view text = attribute(name);
    if (!has(name) || text == "false") return false;
    if (text == "true") return true;
    failAt(name, std::string(name) + " '" + std::string(text) + "' is neither true nor false");
}

std::string ElementReader::currencyCode(std::string_view name) const {
    const std::string code(attribute(name));
    try {
        domain::requireCurrencyCode(code);
    } catch (const domain::ValidationError& e) {
        failValue(name, e.what());
    }
    return code;
}

domain::Money ElementReader::money(std::string_view amount, std::string_view currency) const {
    const std::string code = currencyCode(currency);
    const std::string text(attribute(amount));
    const std::string quoted = std::string(amount) + " '" + text + "'";
    if (text.starts_with("-")) failAt(amount, quoted + " is negative; amounts are zero or more");
    if (!isPlainDecimal(text)) failAt(amount, quoted + " is not an amount; write it like 1250000.00");
    const std::size_t point = text.find('.');
    const std::size_t decimals = point == std::string::npos ? 0 : text.size() - point - 1;
    const int allowed = domain::minorUnitDigits(code);
    if (decimals > static_cast<std::size_t>(allowed))
        failAt(amount, quoted + " has more decimals than " + code + " allows (" + std::to_string(allowed) + ")");
    try {
        return domain::Money::parse(text, code);
    } catch (const domain::ValidationError&) {
        // The form and the decimals are checked above; only the size is left.
        failAt(amount, quoted + " is too large to be a plausible figure");
    }
}

std::optional<domain::Money> ElementReader::optionalMoney(std::string_view amount, std::string_view currency) const {
    if (has(amount) && !has(currency))
        fail("attribute '" + std::string(currency) + "' is required with " + std::string(amount));
    if (!has(amount) && has(currency))
        failAt(currency, std::string(currency) + " is given without an " + std::string(amount));
    if (!has(amount)) return std::nullopt;
    return money(amount, currency);
}

std::string ElementReader::text() const {
    std::string text;
    for (pugi::xml_node child : m_node.children())
        if (isText(child)) text += child.value();
    if (const auto problem = findNonXmlCharacter(text)) fail(problem->what);
    return text;
}

std::vector<pugi::xml_node> ElementReader::children(std::string_view name) const {
    std::vector<pugi::xml_node> result;
    // The range keeps the name pointer while iterating: the string must outlive it.
    const std::string key(name);
    for (pugi::xml_node child : m_node.children(key.c_str())) result.push_back(child);
    return result;
}

std::vector<std::string> ElementReader::childTexts(std::string_view name) const {
    std::vector<std::string> texts;
    for (pugi::xml_node child : children(name))
        texts.push_back(ElementReader(child, textElementShape(), *m_source, m_subject + " <" + std::string(name) + ">")
                            .text());
    return texts;
}

std::string ElementReader::childText(std::string_view name) const {
    const std::vector<std::string> texts = childTexts(name);
    return texts.empty() ? std::string() : texts.front();
}

}  // namespace cg::exchange
