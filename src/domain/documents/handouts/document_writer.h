#pragma once
// Appends blocks to a document and numbers its headings as it goes
// ("1", "1.1", "2" …), so the builders say what comes next and never count.
// A list with nothing in it becomes a sentence ("No losses recorded."): an
// empty table with only its header row reads like a rendering fault.
#include <string>
#include <vector>

#include "domain/documents/document.h"

namespace cg::domain::documents {

class DocumentWriter {
public:
    explicit DocumentWriter(Document& document) : m_document(document) {}

    // The unnumbered title at the top of the first page.
    void title(const std::string& text);
    // A numbered section ("2 Shared interests") and a subsection ("2.1 …").
    void section(const std::string& text);
    void subsection(const std::string& text);

    void paragraph(const std::string& text);
    void paragraph(RichText text);
    // "Label: text" with the label in bold, for the facts of a record.
    void labelled(const std::string& label, const std::string& text);
    // A remark in italics: a definition, an assumption, a caveat.
    void note(const std::string& text);

    // The table, or `whenEmpty` as a paragraph when it has no rows.
    void table(Table table, const std::string& whenEmpty);
    void figure(MapFigure figure);
    void spacer(double heightMm = 6);

private:
    void heading(int level, std::string number, const std::string& text);

    Document& m_document;
    int m_section = 0;
    int m_subsection = 0;
};

}  // namespace cg::domain::documents
