#pragma once
// Templates built in code for the evaluator tests (the XML reader is
// exchange's), and ways to read the evaluated document back as text.
#include <string>
#include <utility>
#include <vector>

#include "domain/documents/template_evaluation.h"

namespace cg::testing {

namespace docs = cg::domain::documents;

inline docs::TextPiece lit(std::string text, docs::TextStyle style = docs::TextStyle::Regular) {
    return {std::move(text), style};
}
inline docs::TextPiece fld(std::string path, int line = 0, docs::TextStyle style = docs::TextStyle::Regular) {
    return {docs::FieldRef{std::move(path), {"agreement.xml", line, 1}, std::nullopt}, style};
}
inline docs::TemplateNode node(auto content, int line = 0) {
    return {std::move(content), {"agreement.xml", line, 1}};
}
inline docs::TemplateNode para(docs::TemplateText text, int line = 0) {
    return node(docs::ParagraphNode{std::move(text)}, line);
}
inline docs::TemplateNode section(docs::TemplateText title, docs::TemplateNodes children, bool numbered = true) {
    return node(docs::SectionNode{std::move(title), numbered, std::move(children)});
}
inline docs::TemplateNode clause(docs::TemplateText title, docs::TemplateNodes children) {
    return node(docs::ClauseNode{std::move(title), std::move(children)});
}
inline docs::TemplateNode repeat(docs::Collection over, docs::TemplateNodes children, docs::TemplateNodes empty = {}) {
    return node(docs::RepeatNode{over, std::move(children), std::move(empty), {}});
}
inline docs::TemplateNode when(docs::Condition condition, docs::TemplateNodes then, docs::TemplateNodes otherwise = {}) {
    return node(docs::ConditionalNode{std::move(condition), std::move(then), std::move(otherwise)});
}
inline docs::Condition termAccepted(std::vector<domain::OptionKind> kinds) {
    docs::Condition c;
    c.kind = docs::Condition::Kind::TermAccepted;
    c.termKinds = std::move(kinds);
    return c;
}
inline docs::Condition fieldPresent(std::string path) {
    docs::Condition c;
    c.kind = docs::Condition::Kind::FieldPresent;
    c.field = docs::FieldRef{std::move(path), {}, std::nullopt};
    return c;
}
inline docs::Condition countAtLeast(docs::Collection collection, int count) {
    docs::Condition c;
    c.kind = docs::Condition::Kind::CountAtLeast;
    c.collection = collection;
    c.count = count;
    return c;
}
inline docs::Condition negated(docs::Condition c) {
    c.negated = true;
    return c;
}
inline docs::TemplateNode pageBreak() { return node(docs::PageBreakNode{}); }

inline docs::DocumentTemplate templateOf(docs::TemplateNodes body) {
    docs::DocumentTemplate t;
    t.name = "settlement-agreement";
    t.title = "Settlement Agreement and Mutual Release";
    t.body = std::move(body);
    return t;
}

inline docs::EvaluatedDocument evaluate(const docs::DocumentTemplate& t, const domain::CaseRecord& record,
                                        int version = 1) {
    return docs::evaluateTemplate(t, docs::DraftContext{record, version, domain::Date(2026, 11, 23), {}});
}

inline std::string plainText(const docs::RichText& text) {
    std::string result;
    for (const auto& run : text) result += run.text;
    return result;
}

// Each heading and paragraph as "number|text" ("3.1|Payment The …"), in order.
inline std::vector<std::string> lines(const docs::Document& document) {
    std::vector<std::string> result;
    for (const auto& block : document.blocks) {
        if (const auto* h = std::get_if<docs::Heading>(&block)) result.push_back(h->number + "|" + plainText(h->text));
        if (const auto* p = std::get_if<docs::Paragraph>(&block)) result.push_back(p->number + "|" + plainText(p->text));
    }
    return result;
}

template <typename B>
std::vector<const B*> blocksOf(const docs::Document& document) {
    std::vector<const B*> result;
    for (const auto& block : document.blocks)
        if (const auto* b = std::get_if<B>(&block)) result.push_back(b);
    return result;
}

// Every piece of text the document would print, block by block, including
// table cells, signature blocks, the running text and the metadata.
inline std::vector<std::string> allText(const docs::Document& document) {
    std::vector<std::string> result{document.info.title, document.info.subject, document.info.keywords,
                                    document.running.headerLeft, document.running.headerRight,
                                    document.running.footer};
    for (const auto& block : document.blocks) {
        if (const auto* h = std::get_if<docs::Heading>(&block)) result.push_back(plainText(h->text));
        if (const auto* p = std::get_if<docs::Paragraph>(&block)) result.push_back(plainText(p->text));
        if (const auto* t = std::get_if<docs::Table>(&block)) {
            result.push_back(t->caption);
            for (const auto& row : t->rows) result.insert(result.end(), row.begin(), row.end());
        }
        if (const auto* s = std::get_if<docs::SignatureBlocks>(&block))
            for (const auto& b : s->blocks) result.insert(result.end(), {b.caption, b.partyName, b.signatoryName, b.signatoryTitle});
    }
    return result;
}

}  // namespace cg::testing
