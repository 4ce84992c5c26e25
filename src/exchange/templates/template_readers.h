#pragma once
// The readers for the parts of a template, and what each needs to know
// about where it stands: which repetitions enclose it (for the fields it may
// use), how deep its clause is (for numbering), and which clause-library
// files are being included (for cycles).
#include <filesystem>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "domain/documents/document_template.h"
#include "exchange/source_text.h"

namespace cg::exchange::templates {

// Section "3", clause "3.1", clause in clause "(a)", one deeper "(i)": the
// numbering has no fourth clause level.
inline constexpr int kMaxClauseDepth = 3;

struct BlockContext {
    const SourceText* source = nullptr;
    std::filesystem::path clauseLibraryDir;
    std::vector<domain::documents::Collection> repetitions;  // outermost first
    std::vector<std::string> includedNames;                  // clause names being included, for cycles
    bool inSection = false;
    int clauseDepth = 0;

    BlockContext within(const SourceText& file) const {
        BlockContext c = *this;
        c.source = &file;
        return c;
    }
};

// Running text: literal text, <b>, <i> and <field name="…"/>. Whitespace is
// collapsed as in HTML and trimmed at both ends.
domain::documents::TemplateText readInlineText(pugi::xml_node node, const BlockContext& context);

// <if …> / <unless …>: the condition its attributes state.
domain::documents::Condition readCondition(pugi::xml_node node, const BlockContext& context);

// The block content of `parent`, skipping the children named in `handledByCaller`
// (a section's <title>, a repetition's <empty>, a condition's <else>).
domain::documents::TemplateNodes readBlocks(pugi::xml_node parent, const BlockContext& context,
                                            std::initializer_list<std::string_view> handledByCaller = {});

// <include clause="name"/>: the nodes of clauseLibraryDir/name.xml, read in this context.
domain::documents::TemplateNodes includeClause(pugi::xml_node include, const BlockContext& context);

// <page paper margin-…/>.
domain::documents::PageSetup readPageSetup(pugi::xml_node page, const SourceText& source);

}  // namespace cg::exchange::templates
