// The block elements of a template body: sections, clauses, paragraphs,
// repetitions, conditions, tables, signature blocks, page breaks and
// includes. Each element is checked where it stands: a clause outside a
// section has no number to take, a field outside its repetition has no value.
#include <algorithm>
#include <string>

#include "domain/documents/field_catalogue.h"
#include "exchange/templates/template_element.h"
#include "exchange/templates/template_readers.h"

namespace cg::exchange::templates {

namespace dd = domain::documents;

namespace {

const char* const kBlockNames =
    "section, clause, p, repeat, if, unless, table, signatures, page-break, include";

std::string collectionList() {
    std::string names;
    for (auto n : dd::collectionNames()) names += (names.empty() ? "" : ", ") + std::string(n);
    return names;
}

dd::Collection readCollection(pugi::xml_node node, std::string_view attribute, const SourceText& source) {
    const std::string_view name = attributeOf(node, attribute);
    const auto collection = dd::parseCollection(name);
    if (!collection)
        failAt(source, node, attribute,
               tagOf(node) + ": unknown collection '" + std::string(name) + "' (expected one of: " +
                   collectionList() + ")");
    return *collection;
}

// A repetition inside another that binds the same variable (parties inside
// signing-parties) would hide the outer party: the template could no longer
// say which one it means.
void checkRepetitionAllowed(pugi::xml_node node, std::string_view attribute, dd::Collection over,
                            const BlockContext& context) {
    const SourceText& source = *context.source;
    if (const std::string problem = dd::checkRepetition(over, context.repetitions); !problem.empty())
        failAt(source, node, attribute, tagOf(node) + ": " + problem);
    for (dd::Collection outer : context.repetitions)
        if (dd::boundVariable(outer) == dd::boundVariable(over))
            failAt(source, node, attribute,
                   tagOf(node) + ": a repetition over " + std::string(dd::collectionName(over)) +
                       " inside one over " + std::string(dd::collectionName(outer)) + "; both bind '" +
                       std::string(dd::boundVariable(over)) + "', so the inner one would hide the outer");
}

dd::Alignment readAlignment(pugi::xml_node node, const SourceText& source, dd::Alignment absent) {
    if (!node.attribute("align")) return absent;
    const std::string_view value = attributeOf(node, "align");
    if (value == "justify") return dd::Alignment::Justified;
    if (value == "left") return dd::Alignment::Left;
    if (value == "centre") return dd::Alignment::Centred;
    if (value == "right") return dd::Alignment::Right;
    failAt(source, node, "align",
           tagOf(node) + ": align '" + std::string(value) + "' is not one of: justify, left, centre, right");
}

// The child `name` of `node`, which must be at most one and, when `first`,
// come before any other element (when not, after every other one).
pugi::xml_node placedChild(pugi::xml_node node, const char* name, bool first, const SourceText& source,
                           const std::string& rule) {
    pugi::xml_node found;
    std::vector<pugi::xml_node> elements;
    for (pugi::xml_node child : node.children())
        if (child.type() == pugi::node_element) elements.push_back(child);
    for (std::size_t i = 0; i < elements.size(); ++i) {
        if (std::string_view(elements[i].name()) != name) continue;
        if (found) failAt(source, elements[i], tagOf(node) + " has more than one <" + name + ">");
        found = elements[i];
        const bool inPlace = first ? i == 0 : i + 1 == elements.size();
        if (!inPlace) failAt(source, elements[i], "<" + std::string(name) + "> " + rule);
    }
    return found;
}

// A heading: title="plain text" or a <title> child that may hold fields.
dd::TemplateText readTitle(pugi::xml_node node, const BlockContext& context, bool required) {
    const SourceText& source = *context.source;
    const pugi::xml_node title = placedChild(node, "title", true, source, "must come first in " + tagOf(node));
    if (title && node.attribute("title"))
        failAt(source, title, tagOf(node) + " has both a title attribute and a <title>; keep one");
    if (title) {
        checkAttributes(source, title, {});
        dd::TemplateText text = readInlineText(title, context);
        if (text.empty()) failAt(source, title, "<title> is empty");
        return text;
    }
    const std::string text(attributeOf(node, "title"));
    if (isBlank(text)) {
        if (required || node.attribute("title"))
            failAt(source, node, "title", tagOf(node) + " needs a title (title=\"…\" or a <title> element)");
        return {};
    }
    return {dd::TextPiece{text, dd::TextStyle::Regular}};
}

dd::SectionNode readSection(pugi::xml_node node, const BlockContext& context) {
    const SourceText& source = *context.source;
    if (context.inSection)
        failAt(source, node, "a <section> inside a <section>: sections do not nest; use <clause> for the parts "
                             "of a section");
    checkAttributes(source, node, {"title", "numbered"});
    dd::SectionNode section;
    section.title = readTitle(node, context, true);
    section.numbered = flagOf(source, node, "numbered", true);
    BlockContext inner = context;
    inner.inSection = true;
    section.children = readBlocks(node, inner, {"title"});
    return section;
}

dd::ClauseNode readClause(pugi::xml_node node, const BlockContext& context) {
    const SourceText& source = *context.source;
    if (!context.inSection)
        failAt(source, node, "a <clause> outside any <section>: clauses are numbered within their section "
                             "(\"3.1\"); put it inside one");
    if (context.clauseDepth >= kMaxClauseDepth)
        failAt(source, node, "clauses nest at most " + std::to_string(kMaxClauseDepth) +
                                 " deep (\"3.1\", \"(a)\", \"(i)\"); this one is a fourth level");
    checkAttributes(source, node, {"title"});
    dd::ClauseNode clause;
    clause.title = readTitle(node, context, false);
    BlockContext inner = context;
    ++inner.clauseDepth;
    clause.children = readBlocks(node, inner, {"title"});
    if (clause.children.empty()) failAt(source, node, "<clause> is empty; give it at least one <p>");
    return clause;
}

dd::ParagraphNode readParagraph(pugi::xml_node node, const BlockContext& context) {
    const SourceText& source = *context.source;
    checkAttributes(source, node, {"align", "keep-with-next"});
    dd::ParagraphNode paragraph;
    paragraph.alignment = readAlignment(node, source, dd::Alignment::Justified);
    paragraph.keepWithNext = flagOf(source, node, "keep-with-next", false);
    paragraph.text = readInlineText(node, context);
    if (paragraph.text.empty()) failAt(source, node, "<p> is empty");
    return paragraph;
}

dd::RepeatNode readRepeat(pugi::xml_node node, const BlockContext& context) {
    const SourceText& source = *context.source;
    checkAttributes(source, node, {"over"}, {"over"});
    dd::RepeatNode repeat;
    repeat.over = readCollection(node, "over", source);
    repeat.where = locationOf(source, node);
    checkRepetitionAllowed(node, "over", repeat.over, context);
    BlockContext inner = context;
    inner.repetitions.push_back(repeat.over);
    repeat.children = readBlocks(node, inner, {"empty"});
    if (repeat.children.empty()) failAt(source, node, "<repeat> has nothing to repeat");
    if (const pugi::xml_node empty =
            placedChild(node, "empty", false, source, "must come last in <repeat>, after what is repeated")) {
        checkAttributes(source, empty, {});
        // Nothing is bound when the collection is empty.
        repeat.whenEmpty = readBlocks(empty, context);
    }
    return repeat;
}

dd::ConditionalNode readConditional(pugi::xml_node node, const BlockContext& context) {
    const SourceText& source = *context.source;
    dd::ConditionalNode conditional;
    conditional.condition = readCondition(node, context);
    conditional.then = readBlocks(node, context, {"else"});
    if (const pugi::xml_node otherwise =
            placedChild(node, "else", false, source, "must come last in " + tagOf(node))) {
        checkAttributes(source, otherwise, {});
        conditional.otherwise = readBlocks(otherwise, context);
        if (conditional.otherwise.empty()) failAt(source, otherwise, "<else> is empty; remove it");
    }
    if (conditional.then.empty()) failAt(source, node, tagOf(node) + " has no content before its <else>");
    return conditional;
}

double readWeight(pugi::xml_node column, const SourceText& source) {
    if (!column.attribute("weight")) return 1;
    const std::string text(attributeOf(column, "weight"));
    std::size_t used = 0;
    double weight = 0;
    try {
        weight = std::stod(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || !(weight > 0) || weight > 100)
        failAt(source, column, "weight",
               "<column>: weight '" + text + "' is not a number between 0 and 100 (its share of the width)");
    return weight;
}

dd::TableNode readTable(pugi::xml_node node, const BlockContext& context) {
    const SourceText& source = *context.source;
    checkAttributes(source, node, {"over", "caption"}, {"over"});
    dd::TableNode table;
    table.rows = readCollection(node, "over", source);
    table.caption = attributeOf(node, "caption");
    checkRepetitionAllowed(node, "over", table.rows, context);
    BlockContext row = context;
    row.repetitions.push_back(table.rows);
    for (pugi::xml_node child : node.children()) {
        if (isText(child) && !isBlank(child.value()))
            failAtText(source, child, "<table> holds <column> elements only; unexpected text '" +
                                          excerptOf(child.value()) + "'");
        if (child.type() != pugi::node_element) continue;
        if (std::string_view(child.name()) != "column")
            failAt(source, child, "unknown element " + tagOf(child) + " in <table> (expected column)");
        checkAttributes(source, child, {"header", "weight", "align"}, {"header"});
        dd::TemplateTableColumn column;
        column.header = attributeOf(child, "header");
        column.weight = readWeight(child, source);
        column.alignment = readAlignment(child, source, dd::Alignment::Left);
        column.cell = readInlineText(child, row);
        table.columns.push_back(std::move(column));
    }
    if (table.columns.empty()) failAt(source, node, "<table> has no <column>");
    return table;
}

dd::SignaturesNode readSignatures(pugi::xml_node node, const BlockContext& context) {
    const SourceText& source = *context.source;
    checkAttributes(source, node, {"over", "caption", "dated"});
    checkEmpty(source, node);
    dd::SignaturesNode signatures;
    if (node.attribute("over")) {
        signatures.over = readCollection(node, "over", source);
        if (dd::boundVariable(signatures.over) != "party")
            failAt(source, node, "over", "<signatures> are for parties: over is signing-parties or parties, not " +
                                             std::string(attributeOf(node, "over")));
    }
    signatures.caption = attributeOf(node, "caption");
    signatures.dated = flagOf(source, node, "dated", true);
    return signatures;
}

[[noreturn]] void failMisplaced(pugi::xml_node node, pugi::xml_node parent, const SourceText& source) {
    const std::string_view name = node.name();
    if (name == "else") failAt(source, node, "<else> outside <if> or <unless>: it goes last inside one");
    if (name == "empty") failAt(source, node, "<empty> outside <repeat>: it goes last inside one");
    if (name == "title") failAt(source, node, "<title> belongs first inside a <section> or <clause>");
    if (name == "b" || name == "i" || name == "field")
        failAt(source, node, tagOf(node) + " is running text: put it inside a <p>");
    failAt(source, node, "unknown element " + tagOf(node) + " in " + tagOf(parent) + " (expected one of: " +
                             kBlockNames + ")");
}

}  // namespace

dd::TemplateNodes readBlocks(pugi::xml_node parent, const BlockContext& context,
                             std::initializer_list<std::string_view> handledByCaller) {
    const SourceText& source = *context.source;
    dd::TemplateNodes nodes;
    for (pugi::xml_node child : parent.children()) {
        if (isText(child)) {
            if (!isBlank(child.value()))
                failAtText(source, child, "text directly inside " + tagOf(parent) + " ('" + excerptOf(child.value()) +
                                              "'); put running text in a <p>");
            continue;
        }
        if (child.type() != pugi::node_element) continue;  // comments
        const std::string_view name = child.name();
        if (std::find(handledByCaller.begin(), handledByCaller.end(), name) != handledByCaller.end()) continue;
        if (name == "include") {
            for (dd::TemplateNode& included : includeClause(child, context)) nodes.push_back(std::move(included));
            continue;
        }
        dd::TemplateNode node;
        node.where = locationOf(source, child);
        if (name == "section") node.content = readSection(child, context);
        else if (name == "clause") node.content = readClause(child, context);
        else if (name == "p") node.content = readParagraph(child, context);
        else if (name == "repeat") node.content = readRepeat(child, context);
        else if (name == "if" || name == "unless") node.content = readConditional(child, context);
        else if (name == "table") node.content = readTable(child, context);
        else if (name == "signatures") node.content = readSignatures(child, context);
        else if (name == "page-break") {
            checkAttributes(source, child, {});
            checkEmpty(source, child);
            node.content = dd::PageBreakNode{};
        } else {
            failMisplaced(child, parent, source);
        }
        nodes.push_back(std::move(node));
    }
    return nodes;
}

}  // namespace cg::exchange::templates
