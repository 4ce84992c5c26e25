#pragma once
// The pages being filled and the cursor on the current one: where the text
// area is, how much room is left and when to start a new page. The block
// layouts ask it for room and hand it their items.
#include "domain/documents/document.h"
#include "report/laid_out_document.h"

namespace cg::report {

class PageFlow {
public:
    explicit PageFlow(const domain::documents::PageSetup& setup);

    double pageWidth() const { return m_pageWidth; }
    double pageHeight() const { return m_pageHeight; }
    double left() const { return m_left; }
    double right() const { return m_right; }
    double top() const { return m_top; }
    double bottom() const { return m_bottom; }
    double measure() const { return m_right - m_left; }
    double bodyHeight() const { return m_bottom - m_top; }

    double y() const { return m_y; }
    double remaining() const { return m_bottom - m_y; }
    bool atTopOfPage() const { return m_y <= m_top + 0.01; }
    std::size_t pageIndex() const { return m_pages.size() - 1; }

    void newPage();
    void advance(double heightPt) { m_y += heightPt; }
    // Space between blocks; none at the top of a page.
    void addSpace(double heightPt);
    void add(PageItem item) { m_pages.back().items.push_back(std::move(item)); }

    std::vector<LaidOutPage> takePages() { return std::move(m_pages); }

private:
    double m_pageWidth;
    double m_pageHeight;
    double m_left, m_right, m_top, m_bottom;
    double m_y;
    std::vector<LaidOutPage> m_pages;
};

}  // namespace cg::report
