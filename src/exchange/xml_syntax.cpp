#include "exchange/xml_syntax.h"

#include <string>
#include <string_view>
#include <vector>

#include "exchange/xml_characters.h"

namespace cg::exchange {

namespace {

constexpr unsigned kParseOptions =
    pugi::parse_default | pugi::parse_declaration | pugi::parse_doctype |
    // Keeps a text that is only whitespace (<sector> </sector>), so that
    // export -> import -> export gives the same bytes.
    pugi::parse_ws_pcdata_single;

struct OpenTag {
    std::string name;
    std::size_t offset;  // of its '<'
};

bool isNameEnd(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '/' || c == '>'; }

std::size_t skipPast(std::string_view text, std::size_t from, std::string_view terminator) {
    const std::size_t at = text.find(terminator, from);
    return at == std::string_view::npos ? text.size() : at + terminator.size();
}

// The end of a start or end tag, stepping over quoted attribute values that
// may hold '>'. Returns the offset of the '>' (or text.size()).
std::size_t tagEnd(std::string_view text, std::size_t from) {
    char quote = 0;
    for (std::size_t i = from; i < text.size(); ++i) {
        if (quote) {
            if (text[i] == quote) quote = 0;
        } else if (text[i] == '"' || text[i] == '\'') {
            quote = text[i];
        } else if (text[i] == '>') {
            return i;
        }
    }
    return text.size();
}

// Walks the start and end tags of text in order, stepping over comments,
// CDATA, processing instructions and <!...> declarations. Calls
// onStart(name, offset of '<') for a start tag that is not self-closing and
// onEnd() for an end tag. A plain scan of the text, so that it can run
// before pugixml and on text pugixml has found broken.
template <typename OnStart, typename OnEnd>
void scanTags(std::string_view text, OnStart onStart, OnEnd onEnd) {
    for (std::size_t i = text.find('<'); i < text.size(); i = text.find('<', i)) {
        const std::string_view rest = text.substr(i);
        if (rest.starts_with("<!--")) {
            i = skipPast(text, i + 4, "-->");
        } else if (rest.starts_with("<![CDATA[")) {
            i = skipPast(text, i + 9, "]]>");
        } else if (rest.starts_with("<?")) {
            i = skipPast(text, i + 2, "?>");
        } else if (rest.starts_with("<!")) {
            i = skipPast(text, i + 2, ">");  // doctype: refused later anyway
        } else if (rest.starts_with("</")) {
            onEnd();
            i = tagEnd(text, i) + 1;
        } else {
            std::size_t nameEnd = i + 1;
            while (nameEnd < text.size() && !isNameEnd(text[nameEnd])) ++nameEnd;
            const std::size_t close = tagEnd(text, nameEnd);
            const bool selfClosing = close < text.size() && close > i && text[close - 1] == '/';
            if (!selfClosing) onStart(text.substr(i + 1, nameEnd - i - 1), i);
            i = close + 1;
        }
    }
}

// The elements still open at `end`. pugixml says only *that* a start and end
// tag do not match; this small scan of the text before the error (which
// pugixml has already found well-formed) finds *which* element is unclosed.
std::vector<OpenTag> openTagsBefore(std::string_view text, std::size_t end) {
    std::vector<OpenTag> open;
    scanTags(
        text.substr(0, end), [&](std::string_view name, std::size_t offset) { open.push_back({std::string(name), offset}); },
        [&] {
            if (!open.empty()) open.pop_back();
        });
    return open;
}

// Elements nested thousands deep are no case file, template or catalog; and
// the readers walk the tree recursively (a template's inline text, its
// conditions), so such a file is refused before it is parsed at all.
void checkNestingDepth(const SourceText& source) {
    std::size_t depth = 0;
    scanTags(
        source.original(),
        [&](std::string_view name, std::size_t offset) {
            if (++depth > kMaxElementDepth)
                source.fail(offset, "elements are nested more than " + std::to_string(kMaxElementDepth) +
                                        " deep (at <" + std::string(name) +
                                        ">); a real file nests a few levels, so this one is damaged or hostile");
        },
        [&] {
            if (depth > 0) --depth;
        });
}

std::string endTagNameAt(std::string_view text, std::size_t nameOffset) {
    std::size_t end = nameOffset;
    while (end < text.size() && !isNameEnd(text[end])) ++end;
    return std::string(text.substr(nameOffset, end - nameOffset));
}

std::string where(const SourceText& source, std::size_t offset) {
    const TextPosition p = source.positionOf(offset);
    return "line " + std::to_string(p.line) + ", column " + std::to_string(p.column);
}

[[noreturn]] void failMismatch(const SourceText& source, std::size_t errorOffset) {
    const std::string_view text = source.original();
    // pugixml points at the end tag's name (after "</"), or near the end of the text.
    const bool atEndOfFile = errorOffset < 2 || errorOffset > text.size() || text.substr(errorOffset - 2, 2) != "</";
    const std::size_t endTag = atEndOfFile ? errorOffset : errorOffset - 2;
    const std::vector<OpenTag> open = openTagsBefore(text, atEndOfFile ? text.size() : endTag);
    if (open.empty())
        source.fail(endTag, "not well-formed XML: </" + endTagNameAt(text, errorOffset) +
                                "> closes no open element");
    const OpenTag& unclosed = open.back();
    if (atEndOfFile)
        source.fail(unclosed.offset,
                    "not well-formed XML: <" + unclosed.name + "> is not closed before the end of the file");
    source.fail(unclosed.offset, "not well-formed XML: <" + unclosed.name + "> is not closed before </" +
                                     endTagNameAt(text, errorOffset) + "> at " + where(source, endTag));
}

// pugixml's own descriptions ("Error parsing start element tag") in words
// for someone who edits a case file by hand.
std::string describe(pugi::xml_parse_status status) {
    switch (status) {
        case pugi::status_out_of_memory: return "not enough memory to read this file";
        case pugi::status_unrecognized_tag:
            return "'<' does not start a valid tag (a literal < in text is written &lt;)";
        case pugi::status_bad_pi: return "malformed XML declaration or processing instruction (<?...?>)";
        case pugi::status_bad_comment: return "malformed comment (write it as <!-- ... -->)";
        case pugi::status_bad_cdata: return "malformed CDATA section";
        case pugi::status_bad_doctype: return "malformed <!DOCTYPE> declaration";
        case pugi::status_bad_pcdata: return "malformed text";
        case pugi::status_bad_start_element: return "malformed start tag";
        case pugi::status_bad_attribute: return "malformed attribute (write attributes as name=\"value\")";
        case pugi::status_bad_end_element: return "malformed end tag";
        case pugi::status_no_document_element: return "no root element; expected <case-file>";
        default: return "cannot parse the XML";
    }
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i])) return false;
    }
    return true;
}

void checkEncodingOfBytes(const SourceText& source) {
    const std::string_view text = source.original();
    if (text.empty()) source.fail(0, "the file is empty; a case file holds a <case-file> element");
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
        source.fail(0, "the file is UTF-16 text; case files are UTF-8");
    if (const auto problem = findNonXmlCharacter(text)) {
        if (problem->what.starts_with("invalid UTF-8"))
            source.fail(problem->offset, "the file is not UTF-8 text: " + problem->what + "; case files are UTF-8");
        source.fail(problem->offset, problem->what);
    }
}

void checkDocumentLevel(const pugi::xml_document& doc, const SourceText& source) {
    bool seenRoot = false;
    for (pugi::xml_node node : doc.children()) {
        if (node.type() == pugi::node_declaration) {
            const std::string_view version = node.attribute("version").value();
            if (version.empty())
                source.fail(source.offsetOf(node), "the XML declaration has no version; write it as "
                                                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            if (version != "1.0")
                source.fail(source.offsetOf(node), "XML version '" + std::string(version) +
                                                       "' is not supported; case files are XML 1.0");
            const pugi::xml_attribute encoding = node.attribute("encoding");
            if (encoding && !equalsIgnoringCase(encoding.value(), "UTF-8"))
                source.fail(source.offsetOf(encoding, node), "the file declares encoding '" +
                                                                 std::string(encoding.value()) +
                                                                 "'; case files are UTF-8");
        } else if (node.type() == pugi::node_doctype) {
            const std::size_t start = source.original().rfind("<!", source.offsetOf(node));
            source.fail(start == std::string_view::npos ? 0 : start,
                        "a case file has no <!DOCTYPE> declaration; remove it");
        } else if (node.type() == pugi::node_element) {
            if (seenRoot)
                source.fail(source.offsetOf(node), "a second root element <" + std::string(node.name()) +
                                                       ">; a case file has one, <case-file>");
            seenRoot = true;
        }
    }
}

}  // namespace

void parseXml(pugi::xml_document& doc, SourceText& source) {
    checkEncodingOfBytes(source);
    checkNestingDepth(source);
    const pugi::xml_parse_result result =
        doc.load_buffer_inplace(source.parseBuffer(), source.parseBufferSize(), kParseOptions, pugi::encoding_utf8);
    if (!result) {
        const auto offset = static_cast<std::size_t>(result.offset);
        if (result.status == pugi::status_end_element_mismatch) failMismatch(source, offset);
        if (result.status == pugi::status_no_document_element) source.fail(0, describe(result.status));
        // pugixml reports a bad tag just after its '<'; the '<' is what to fix.
        const bool afterLessThan = result.status == pugi::status_unrecognized_tag && offset > 0 &&
                                   source.original()[offset - 1] == '<';
        source.fail(afterLessThan ? offset - 1 : offset, "not well-formed XML: " + describe(result.status));
    }
    checkDocumentLevel(doc, source);
}

}  // namespace cg::exchange
