#pragma once
// Small builders for template tests: a template around a body whose first
// line is line 4 of the text (so a test can say where an error must be), a
// clause library in a scoped temporary directory, and walks over the
// resulting tree.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "domain/documents/document_template.h"
#include "exchange/import_error.h"
#include "exchange/templates/document_template_reader.h"
#include "support/temp_dir.h"

namespace cg::testing {

namespace dd = domain::documents;

inline const std::filesystem::path kReportsDir = std::filesystem::path(CG_SOURCE_DIR) / "reports";
inline const std::filesystem::path kShippedClauses = kReportsDir / "clauses";

inline constexpr int kFirstBodyLine = 4;

inline std::string templateWithBody(const std::string& body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<document-template xmlns=\"urn:commonground:document-template:1\" name=\"test\" title=\"Test\">\n"
           "<body>\n" +
           body + "\n</body>\n</document-template>\n";
}

inline std::string clauseFile(const std::string& name, const std::string& content) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<standard-clause xmlns=\"urn:commonground:document-template:1\" name=\"" +
           name + "\">\n" + content + "\n</standard-clause>\n";
}

// A clause library of its own for each test.
class ClauseLibrary {
public:
    ClauseLibrary& with(const std::string& name, const std::string& content) {
        writeBytes(m_dir.file(name + ".xml"), clauseFile(name, content));
        return *this;
    }
    std::filesystem::path path() const { return m_dir.path(); }
    std::string fileOf(const std::string& name) const { return (m_dir.path() / (name + ".xml")).string(); }

private:
    ScopedTempDir m_dir;
};

inline dd::DocumentTemplate readTemplate(const std::string& xml, const std::filesystem::path& clauses = {}) {
    return exchange::readDocumentTemplateText(xml, "test.xml", clauses);
}

// The error reading `xml` gives; fails the test if it reads.
inline exchange::ImportError readError(const std::string& xml, const std::filesystem::path& clauses = {}) {
    try {
        exchange::readDocumentTemplateText(xml, "test.xml", clauses);
    } catch (const exchange::ImportError& e) {
        return e;
    }
    BOOST_FAIL("the template was read without an error");
    throw;  // not reached
}

inline bool mentions(const exchange::ImportError& e, const std::string& part) {
    const bool found = e.problem().find(part) != std::string::npos;
    if (!found) BOOST_TEST_MESSAGE("message was: " << e.what());
    return found;
}

// Every node of the tree, depth first, with the branches of conditions,
// repetitions and their <empty> parts.
inline void collectNodes(const dd::TemplateNodes& nodes, std::vector<const dd::TemplateNode*>& out) {
    for (const dd::TemplateNode& node : nodes) {
        out.push_back(&node);
        std::visit(
            [&](const auto& n) {
                using T = std::decay_t<decltype(n)>;
                if constexpr (std::is_same_v<T, dd::SectionNode> || std::is_same_v<T, dd::ClauseNode>) {
                    collectNodes(n.children, out);
                } else if constexpr (std::is_same_v<T, dd::RepeatNode>) {
                    collectNodes(n.children, out);
                    collectNodes(n.whenEmpty, out);
                } else if constexpr (std::is_same_v<T, dd::ConditionalNode>) {
                    collectNodes(n.then, out);
                    collectNodes(n.otherwise, out);
                }
            },
            node.content);
    }
}

inline std::vector<const dd::TemplateNode*> allNodes(const dd::TemplateNodes& nodes) {
    std::vector<const dd::TemplateNode*> out;
    collectNodes(nodes, out);
    return out;
}

inline std::string plainText(const dd::TemplateText& text) {
    std::string out;
    for (const dd::TextPiece& piece : text) {
        if (const auto* s = std::get_if<std::string>(&piece.content)) out += *s;
        else out += "{" + std::get<dd::FieldRef>(piece.content).path + "}";
    }
    return out;
}

// Section titles in document order, conditional sections included.
inline std::vector<std::string> sectionTitles(const dd::DocumentTemplate& t) {
    std::vector<std::string> titles;
    for (const auto* node : allNodes(t.body))
        if (const auto* s = std::get_if<dd::SectionNode>(&node->content)) titles.push_back(plainText(s->title));
    return titles;
}

// Every field used anywhere in the body (text, titles, tables, conditions).
inline std::vector<std::string> fieldsUsed(const dd::DocumentTemplate& t) {
    std::vector<std::string> fields;
    const auto addText = [&](const dd::TemplateText& text) {
        for (const auto& piece : text)
            if (const auto* f = std::get_if<dd::FieldRef>(&piece.content)) fields.push_back(f->path);
    };
    for (const auto* node : allNodes(t.body)) {
        if (const auto* p = std::get_if<dd::ParagraphNode>(&node->content)) addText(p->text);
        if (const auto* s = std::get_if<dd::SectionNode>(&node->content)) addText(s->title);
        if (const auto* c = std::get_if<dd::ClauseNode>(&node->content)) addText(c->title);
        if (const auto* tb = std::get_if<dd::TableNode>(&node->content))
            for (const auto& column : tb->columns) addText(column.cell);
        if (const auto* c = std::get_if<dd::ConditionalNode>(&node->content))
            if (c->condition.field) fields.push_back(c->condition.field->path);
    }
    return fields;
}

template <typename T>
const T& onlyNode(const dd::TemplateNodes& nodes) {
    BOOST_TEST_REQUIRE(nodes.size() == 1u);
    const T* node = std::get_if<T>(&nodes.front().content);
    BOOST_TEST_REQUIRE(node != nullptr);
    return *node;
}

}  // namespace cg::testing
