#include "report/overloaded.h"
#include "report/document_layout.h"

#include "report/map_figure_layout.h"
#include "report/paragraph_layout.h"
#include "report/running_text.h"
#include "report/signature_layout.h"
#include "report/table_layout.h"
#include "report/typography.h"

namespace cg::report {

using namespace domain::documents;
using typography::kPointsPerMm;

namespace {

class BlockFlow {
public:
    BlockFlow(const Document& document, const FontBook& fonts)
        : m_document(document), m_fonts(fonts), m_flow(document.page) {}

    LaidOutDocument run() {
        const auto& blocks = m_document.blocks;
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            keepWithFollowing(i);
            place(blocks[i]);
        }
        LaidOutDocument result;
        result.widthPt = m_flow.pageWidth();
        result.heightPt = m_flow.pageHeight();
        result.info = m_document.info;
        result.outline = std::move(m_outline);
        result.pages = m_flow.takePages();
        addRunningText(result.pages, m_document, m_flow, m_fonts);
        return result;
    }

private:
    static bool keepsWithNext(const Block& block) {
        if (std::holds_alternative<Heading>(block)) return true;
        if (const auto* p = std::get_if<Paragraph>(&block)) return p->keepWithNext;
        return false;
    }

    // A heading, or a chain of blocks each kept with the next, goes to a new
    // page unless it fits together with the start of the block after it.
    // A chain taller than a page cannot be kept together and is left to flow.
    void keepWithFollowing(std::size_t first) {
        const auto& blocks = m_document.blocks;
        if (!keepsWithNext(blocks[first]) || m_flow.atTopOfPage()) return;
        double needed = 0;
        std::size_t i = first;
        for (; i < blocks.size() && keepsWithNext(blocks[i]); ++i) needed += fullHeight(blocks[i]);
        if (i < blocks.size()) needed += minimumStart(blocks[i]);
        if (needed > m_flow.remaining() && needed <= m_flow.bodyHeight()) m_flow.newPage();
    }

    double fullHeight(const Block& block) const {
        if (const auto* h = std::get_if<Heading>(&block)) return HeadingLayout(*h, m_flow, m_fonts).fullHeight();
        if (const auto* p = std::get_if<Paragraph>(&block)) return ParagraphLayout(*p, m_flow, m_fonts).fullHeight();
        return minimumStart(block);
    }

    double minimumStart(const Block& block) const {
        return std::visit(
            Overloaded{
                [&](const Heading& h) { return HeadingLayout(h, m_flow, m_fonts).fullHeight(); },
                [&](const Paragraph& p) { return ParagraphLayout(p, m_flow, m_fonts).minimumStart(); },
                [&](const Table& t) { return TableLayout(t, m_flow, m_fonts).minimumStart(); },
                [&](const SignatureBlocks& s) { return SignatureLayout(s, m_flow, m_fonts).firstRowHeight(); },
                [&](const MapFigure& m) { return MapFigureLayout(m, m_flow, m_fonts).minimumStart(); },
                [&](const PageBreak&) { return 0.0; },
                [&](const Spacer& s) { return s.heightMm * kPointsPerMm; },
            },
            block);
    }

    void place(const Block& block) {
        std::visit(Overloaded{
                       [&](const Heading& h) {
                           if (auto entry = HeadingLayout(h, m_flow, m_fonts).place(m_flow))
                               m_outline.push_back(std::move(*entry));
                       },
                       [&](const Paragraph& p) { ParagraphLayout(p, m_flow, m_fonts).place(m_flow); },
                       [&](const Table& t) { TableLayout(t, m_flow, m_fonts).place(m_flow); },
                       [&](const SignatureBlocks& s) { SignatureLayout(s, m_flow, m_fonts).place(m_flow); },
                       [&](const MapFigure& m) { MapFigureLayout(m, m_flow, m_fonts).place(m_flow); },
                       [&](const PageBreak&) {
                           if (!m_flow.atTopOfPage()) m_flow.newPage();
                       },
                       [&](const Spacer& s) { m_flow.addSpace(s.heightMm * kPointsPerMm); },
                   },
                   block);
    }

    const Document& m_document;
    const FontBook& m_fonts;
    PageFlow m_flow;
    std::vector<OutlineEntry> m_outline;
};

}  // namespace

LaidOutDocument layOut(const Document& document, const FontBook& fonts) {
    return BlockFlow(document, fonts).run();
}

}  // namespace cg::report
