#pragma once
// Signature blocks, two to a row: caption, party, room to sign above a rule,
// then Name, Title and Date lines. A row is moved whole to the next page
// rather than split, so no party signs on a page apart from its name.
#include "report/page_flow.h"
#include "report/text_lines.h"

namespace cg::report {

class SignatureLayout {
public:
    SignatureLayout(const domain::documents::SignatureBlocks& blocks, const PageFlow& flow,
                    const FontBook& fonts);

    double firstRowHeight() const;
    void place(PageFlow& flow) const;

private:
    struct Field {
        std::string label;  // "Name:"
        std::vector<TextLine> lines;  // none: a blank line to fill in
    };
    struct PreparedBlock {
        std::vector<TextLine> caption;
        std::vector<TextLine> party;
        std::vector<Field> fields;
        double height = 0;
    };
    static double fieldHeight(const Field& field);
    double rowHeight(std::size_t row) const;
    void placeBlock(PageFlow& flow, const PreparedBlock& block, double x, double top) const;

    double m_left = 0;
    double m_blockWidth = 0;
    double m_gutter = 0;
    std::vector<PreparedBlock> m_blocks;
};

}  // namespace cg::report
