#pragma once
// Builds documents for the report tests:
// DocumentBuilder("Settlement").heading("1", "Definitions").paragraph("…")…
#include <string>

#include "domain/documents/document.h"

namespace cg::testing {

namespace docs = domain::documents;

class DocumentBuilder {
public:
    explicit DocumentBuilder(std::string title = "Settlement agreement") {
        m_document.info.title = std::move(title);
        m_document.info.author = "Dr. Ingrid Størseth";
        m_document.info.subject = "Settlement agreement — draft 3";
        m_document.info.keywords = "mediation, cyber incident";
        m_document.info.createdAt = domain::Instant::parse("2026-03-14T09:30:00Z");
        m_document.running.headerLeft = "CG-2026-0001";
        m_document.running.headerRight = m_document.info.title;
        m_document.running.footer = "Draft 3 — for discussion — not legal advice";
    }

    DocumentBuilder& heading(std::string number, std::string text, int level = 1, bool inOutline = true) {
        m_document.blocks.push_back(docs::Heading{level, std::move(number), {{std::move(text)}}, inOutline});
        return *this;
    }
    DocumentBuilder& paragraph(std::string text, std::string number = "", int indentLevel = 0,
                               docs::Alignment alignment = docs::Alignment::Justified) {
        docs::Paragraph p;
        p.number = std::move(number);
        p.text = {{std::move(text)}};
        p.indentLevel = indentLevel;
        p.alignment = alignment;
        m_document.blocks.push_back(std::move(p));
        return *this;
    }
    DocumentBuilder& richParagraph(docs::RichText text) {
        docs::Paragraph p;
        p.text = std::move(text);
        m_document.blocks.push_back(std::move(p));
        return *this;
    }
    DocumentBuilder& keptParagraph(std::string text) {
        paragraph(std::move(text));
        std::get<docs::Paragraph>(m_document.blocks.back()).keepWithNext = true;
        return *this;
    }
    DocumentBuilder& table(docs::Table table) {
        m_document.blocks.push_back(std::move(table));
        return *this;
    }
    DocumentBuilder& signatures(std::vector<std::string> parties) {
        docs::SignatureBlocks blocks;
        for (auto& party : parties)
            blocks.blocks.push_back({"For and on behalf of", std::move(party), "", "Managing Director", true});
        m_document.blocks.push_back(std::move(blocks));
        return *this;
    }
    DocumentBuilder& spacer(double mm) {
        m_document.blocks.push_back(docs::Spacer{mm});
        return *this;
    }
    DocumentBuilder& pageBreak() {
        m_document.blocks.push_back(docs::PageBreak{});
        return *this;
    }
    DocumentBuilder& block(docs::Block b) {
        m_document.blocks.push_back(std::move(b));
        return *this;
    }
    DocumentBuilder& watermark(std::string text) {
        m_document.watermark = std::move(text);
        return *this;
    }
    docs::Document& document() { return m_document; }
    docs::Document build() const { return m_document; }

private:
    docs::Document m_document;
};

// Ordinary contract prose, n words, numbered so a test can find each word.
inline std::string numberedWords(const std::string& stem, int count) {
    std::string text;
    for (int i = 1; i <= count; ++i) text += (i > 1 ? " " : "") + stem + std::to_string(i);
    return text;
}

}  // namespace cg::testing
