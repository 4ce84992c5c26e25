#pragma once
// Draws an interest map layout on a wxGraphicsContext in map units (the
// caller sets the zoom and scroll as a transform): the same order, colours
// and legend as the SVG (report/interest_map_svg.cpp), with measured text, so
// a card shows two lines of its interest and names never run out of their
// circles. Confidential interests (mediator mode) get a dashed border and a
// warning sign.
#include <set>

#include "domain/common_ground/interest_map.h"

class wxGraphicsContext;

namespace cg::app {

void paintInterestMap(wxGraphicsContext& gc, const domain::InterestMapLayout& layout,
                      const std::set<domain::RecordNo>& confidential);

}  // namespace cg::app
