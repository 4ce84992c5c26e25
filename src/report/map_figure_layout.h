#pragma once
// The interest map as vector graphics: the same layout the app's canvas and
// the SVG draw (report/interest_map_svg.cpp), scaled to the text width, or to
// the rest of the page when that is shorter, drawn in the same order and
// colours so the printed handout shows the picture the parties saw.
#include "report/page_flow.h"
#include "report/text_lines.h"

namespace cg::report {

class MapFigureLayout {
public:
    MapFigureLayout(const domain::documents::MapFigure& figure, const PageFlow& flow, const FontBook& fonts);

    // The smallest the figure may be drawn before it goes to a new page.
    double minimumStart() const;
    void place(PageFlow& flow) const;

private:
    double captionHeight() const;

    const domain::documents::MapFigure& m_figure;
    const FontBook& m_fonts;
    double m_measure;
    std::vector<TextLine> m_caption;
};

}  // namespace cg::report
