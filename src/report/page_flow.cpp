#include "report/page_flow.h"

#include <algorithm>

#include "report/typography.h"

namespace cg::report {

using domain::documents::PaperSize;
using typography::kPointsPerMm;

PageFlow::PageFlow(const domain::documents::PageSetup& setup) {
    // ISO 216 A4 is 210 × 297 mm; US Letter is 8.5 × 11 in.
    if (setup.paper == PaperSize::Letter) {
        m_pageWidth = 612;
        m_pageHeight = 792;
    } else {
        m_pageWidth = 210 * kPointsPerMm;
        m_pageHeight = 297 * kPointsPerMm;
    }
    m_left = setup.marginLeftMm * kPointsPerMm;
    m_right = m_pageWidth - setup.marginRightMm * kPointsPerMm;
    m_top = setup.marginTopMm * kPointsPerMm;
    m_bottom = m_pageHeight - setup.marginBottomMm * kPointsPerMm;
    if (m_right - m_left < 72 || m_bottom - m_top < 144)
        throw std::invalid_argument("the page margins leave too little room for text: at least "
                                    "25 mm across and 50 mm down are needed");
    m_y = m_top;
    m_pages.emplace_back();
}

void PageFlow::newPage() {
    m_pages.emplace_back();
    m_y = m_top;
}

void PageFlow::addSpace(double heightPt) {
    if (atTopOfPage()) return;
    m_y = std::min(m_y + heightPt, m_bottom);
}

}  // namespace cg::report
