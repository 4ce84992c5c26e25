#include "domain/documents/handouts/document_writer.h"

namespace cg::domain::documents {

void DocumentWriter::title(const std::string& text) { heading(1, "", text); }

void DocumentWriter::section(const std::string& text) {
    ++m_section;
    m_subsection = 0;
    heading(1, std::to_string(m_section), text);
}

void DocumentWriter::subsection(const std::string& text) {
    ++m_subsection;
    heading(2, std::to_string(m_section) + "." + std::to_string(m_subsection), text);
}

void DocumentWriter::heading(int level, std::string number, const std::string& text) {
    Heading h;
    h.level = level;
    h.number = std::move(number);
    h.text = {{text, TextStyle::Bold}};
    m_document.blocks.emplace_back(std::move(h));
}

void DocumentWriter::paragraph(const std::string& text) {
    paragraph(RichText{{text, TextStyle::Regular}});
}

void DocumentWriter::paragraph(RichText text) {
    Paragraph p;
    p.text = std::move(text);
    p.alignment = Alignment::Left;
    m_document.blocks.emplace_back(std::move(p));
}

void DocumentWriter::labelled(const std::string& label, const std::string& text) {
    paragraph(RichText{{label + ": ", TextStyle::Bold}, {text, TextStyle::Regular}});
}

void DocumentWriter::note(const std::string& text) {
    paragraph(RichText{{text, TextStyle::Italic}});
}

void DocumentWriter::table(Table table, const std::string& whenEmpty) {
    if (table.rows.empty()) {
        paragraph(whenEmpty);
        return;
    }
    m_document.blocks.emplace_back(std::move(table));
}

void DocumentWriter::figure(MapFigure figure) { m_document.blocks.emplace_back(std::move(figure)); }

void DocumentWriter::spacer(double heightMm) { m_document.blocks.emplace_back(Spacer{heightMm}); }

}  // namespace cg::domain::documents
