#pragma once
// The interest map as a PNG picture (issue 4): the SVG of interest_map_svg.h
// rasterised with librsvg and cairo, set in the DejaVu fonts the PDFs embed,
// for a slide, an e-mail or a handout printed from a word processor.
#include <string>

#include "domain/common_ground/interest_map.h"
#include "domain/errors.h"

namespace cg::report {

// The picture could not be made (librsvg refused the SVG, cairo ran out of
// memory for the size asked); the message says which and why.
class MapImageError : public domain::Error {
public:
    using domain::Error::Error;
};

// Twice the layout's size: a map of the CLI's 1600 × 1100 units prints at
// about 270 dpi across an A4 page, sharp enough for a handout.
inline constexpr double kDefaultPngScale = 2.0;

// The PNG file's bytes, layout.width × scale by layout.height × scale pixels
// (rounded up), on white. Throws FontError when the DejaVu Sans files are
// missing, MapImageError for a scale outside (0, 8] or a failed rendering.
std::string interestMapPng(const domain::InterestMapLayout& layout, double scale = kDefaultPngScale);

}  // namespace cg::report
