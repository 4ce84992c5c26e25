#include <string>

#include "domain/documents/field_catalogue.h"
#include "exchange/templates/template_element.h"
#include "exchange/templates/template_readers.h"

namespace cg::exchange::templates {

using domain::documents::FieldRef;
using domain::documents::TemplateText;
using domain::documents::TextPiece;
using domain::documents::TextStyle;

namespace {

TextStyle withBold(TextStyle s) { return s == TextStyle::Italic || s == TextStyle::BoldItalic ? TextStyle::BoldItalic : TextStyle::Bold; }
TextStyle withItalic(TextStyle s) { return s == TextStyle::Bold || s == TextStyle::BoldItalic ? TextStyle::BoldItalic : TextStyle::Italic; }

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Line breaks and indentation in the file are layout of the XML, not of the
// document: any run of whitespace is one space.
std::string collapse(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (isSpace(c)) {
            space = true;
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    if (space) out += ' ';
    return out;
}

void readPieces(pugi::xml_node node, const BlockContext& context, TextStyle style, TemplateText& out) {
    const SourceText& source = *context.source;
    for (pugi::xml_node child : node.children()) {
        if (isText(child)) {
            out.push_back({collapse(child.value()), style});
            continue;
        }
        if (child.type() != pugi::node_element) continue;
        const std::string_view name = child.name();
        if (name == "b" || name == "i") {
            checkAttributes(source, child, {});
            readPieces(child, context, name == "b" ? withBold(style) : withItalic(style), out);
        } else if (name == "field") {
            checkAttributes(source, child, {"name", "blank"}, {"name"});
            checkEmpty(source, child);
            const std::string path(attributeOf(child, "name"));
            if (const std::string problem = domain::documents::checkField(path, context.repetitions); !problem.empty())
                failAt(source, child, "name", problem);
            FieldRef ref{path, locationOf(source, child), std::nullopt};
            if (child.attribute("blank")) ref.whenBlank = std::string(child.attribute("blank").value());
            out.push_back({ref, style});
        } else {
            failAt(source, child, "unknown element " + tagOf(child) + " in the text of " + tagOf(node) +
                                      " (running text holds only text, <b>, <i> and <field/>)");
        }
    }
}

bool isString(const TextPiece& p) { return std::holds_alternative<std::string>(p.content); }
std::string& stringOf(TextPiece& p) { return std::get<std::string>(p.content); }

// Joins neighbouring literal pieces of one style, drops doubled spaces across
// piece boundaries and trims the ends, so "Between <b> Acme </b>" reads as
// the author meant.
TemplateText tidy(TemplateText pieces) {
    TemplateText out;
    bool lastEndsInSpace = true;  // trims the start
    for (TextPiece& piece : pieces) {
        if (isString(piece)) {
            std::string& text = stringOf(piece);
            if (lastEndsInSpace && !text.empty() && text.front() == ' ') text.erase(0, 1);
            if (text.empty()) continue;
            lastEndsInSpace = text.back() == ' ';
            if (!out.empty() && isString(out.back()) && out.back().style == piece.style) {
                stringOf(out.back()) += text;
                continue;
            }
        } else {
            lastEndsInSpace = false;
        }
        out.push_back(std::move(piece));
    }
    if (!out.empty() && isString(out.back())) {
        std::string& text = stringOf(out.back());
        if (!text.empty() && text.back() == ' ') text.pop_back();
        if (text.empty()) out.pop_back();
    }
    return out;
}

}  // namespace

TemplateText readInlineText(pugi::xml_node node, const BlockContext& context) {
    TemplateText pieces;
    readPieces(node, context, TextStyle::Regular, pieces);
    return tidy(std::move(pieces));
}

}  // namespace cg::exchange::templates
