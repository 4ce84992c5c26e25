#pragma once
// Headings and paragraphs: their lines worked out once for the measure,
// then placed on the pages. Paragraphs never leave a lone first line at the
// foot of a page or a lone last line at the head of the next; headings are
// never split.
#include <optional>

#include "report/page_flow.h"
#include "report/text_lines.h"

namespace cg::report {

class ParagraphLayout {
public:
    ParagraphLayout(const domain::documents::Paragraph& paragraph, const PageFlow& flow,
                    const FontBook& fonts);

    // The whole paragraph, with the space after it.
    double fullHeight() const;
    // The least that may start on a page without leaving an orphan.
    double minimumStart() const;
    void place(PageFlow& flow) const;

    std::size_t lineCount() const { return m_lines.size(); }

private:
    const domain::documents::Paragraph& m_paragraph;
    TypeSpec m_type;
    double m_textX = 0;
    double m_measure = 0;
    double m_numberX = 0;
    std::vector<TextLine> m_lines;
};

class HeadingLayout {
public:
    HeadingLayout(const domain::documents::Heading& heading, const PageFlow& flow,
                  const FontBook& fonts);

    double fullHeight() const;
    // Places the heading and returns its bookmark when it belongs in the outline.
    std::optional<OutlineEntry> place(PageFlow& flow) const;

private:
    const domain::documents::Heading& m_heading;
    TypeSpec m_type;
    double m_leading;
    double m_spaceBefore;
    double m_spaceAfter;
    double m_textX = 0;
    double m_measure = 0;
    double m_numberX = 0;
    std::vector<TextLine> m_lines;
};

// Where a block's text starts at an indent level, and where its hanging
// number goes: one step to the left, in the page margin at level 0. If the
// margin is too narrow for that, the text moves in by a step instead.
struct HangingIndent {
    double textX;
    double numberX;
};
HangingIndent hangingIndent(const PageFlow& flow, int indentLevel);

}  // namespace cg::report
