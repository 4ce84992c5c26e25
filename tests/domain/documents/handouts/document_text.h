#pragma once
// Reads a documents::Document back as text for the tests: every string of
// every block (headings, paragraphs, table captions, headers and cells,
// signature blocks, the map's title lines, node names, cards and labels),
// the running header and footer, the watermark and the metadata. std::visit
// over the Block variant makes a new kind of block a compile error here
// until the walk covers it, so no text can slip past the confidentiality test.
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "domain/documents/document.h"

namespace cg::testing {

inline std::string runsText(const domain::documents::RichText& text) {
    std::string result;
    for (const auto& run : text) result += run.text;
    return result;
}

inline std::vector<std::string> mapTexts(const domain::InterestMapLayout& layout) {
    std::vector<std::string> texts = {layout.caseReference, layout.caseTitle, layout.preparedFor};
    for (const auto& node : layout.nodes) texts.push_back(node.name);
    for (const auto& card : layout.cards) texts.push_back(card.text);
    for (const auto& label : layout.commonGround.labels) texts.push_back(label.text);
    return texts;
}

inline std::vector<std::string> everyText(const domain::documents::Document& document) {
    using namespace domain::documents;
    std::vector<std::string> texts = {document.info.title,         document.info.author,
                                      document.info.subject,       document.info.keywords,
                                      document.running.headerLeft, document.running.headerRight,
                                      document.running.footer,     document.running.pageLabel};
    if (document.watermark) texts.push_back(*document.watermark);
    for (const Block& block : document.blocks)
        std::visit(
            [&](const auto& b) {
                using B = std::decay_t<decltype(b)>;
                if constexpr (std::is_same_v<B, Heading>) {
                    texts.push_back(b.number);
                    texts.push_back(runsText(b.text));
                } else if constexpr (std::is_same_v<B, Paragraph>) {
                    texts.push_back(b.number);
                    texts.push_back(runsText(b.text));
                } else if constexpr (std::is_same_v<B, Table>) {
                    texts.push_back(b.caption);
                    for (const auto& c : b.columns) texts.push_back(c.header);
                    for (const auto& row : b.rows)
                        texts.insert(texts.end(), row.begin(), row.end());
                } else if constexpr (std::is_same_v<B, SignatureBlocks>) {
                    for (const auto& s : b.blocks)
                        texts.insert(texts.end(),
                                     {s.caption, s.partyName, s.signatoryName, s.signatoryTitle});
                } else if constexpr (std::is_same_v<B, MapFigure>) {
                    texts.push_back(b.caption);
                    const auto map = mapTexts(b.layout);
                    texts.insert(texts.end(), map.begin(), map.end());
                } else {
                    static_assert(std::is_same_v<B, PageBreak> || std::is_same_v<B, Spacer>,
                                  "a new kind of block: read its text here");
                }
            },
            block);
    return texts;
}

inline std::string allText(const domain::documents::Document& document) {
    std::string text;
    for (const auto& t : everyText(document)) text += t + "\n";
    return text;
}

inline bool contains(const domain::documents::Document& document, const std::string& needle) {
    return allText(document).find(needle) != std::string::npos;
}

template <typename B>
std::vector<const B*> blocksOf(const domain::documents::Document& document) {
    std::vector<const B*> result;
    for (const auto& block : document.blocks)
        if (const auto* b = std::get_if<B>(&block)) result.push_back(b);
    return result;
}

// The first table with a column of this header; null when there is none.
inline const domain::documents::Table* tableWithColumn(const domain::documents::Document& document,
                                                       const std::string& header) {
    for (const auto* table : blocksOf<domain::documents::Table>(document))
        for (const auto& column : table->columns)
            if (column.header == header) return table;
    return nullptr;
}

inline std::size_t columnIndex(const domain::documents::Table& table, const std::string& header) {
    for (std::size_t i = 0; i < table.columns.size(); ++i)
        if (table.columns[i].header == header) return i;
    return table.columns.size();
}

// True when some paragraph reads exactly `text`.
inline bool hasParagraph(const domain::documents::Document& document, const std::string& text) {
    for (const auto* p : blocksOf<domain::documents::Paragraph>(document))
        if (runsText(p->text) == text) return true;
    return false;
}

}  // namespace cg::testing
