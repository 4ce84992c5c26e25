#pragma once
// The interest map as SVG 1.1 (issue 4): plain text generated from the layout
// the domain computed, the same picture the app's canvas and the PDF handout
// draw. The CLI's `map --out FILE.svg`, the app's Export SVG and the PNG
// export (interest_map_png.h, which rasterises this text) all start here.
#include <string>

#include "domain/common_ground/interest_map.h"

namespace cg::report {

// A standalone SVG document (UTF-8, with the XML declaration). All text is
// XML-escaped; the layout must come from a case already filtered for its
// audience (layoutInterestMap(record, audience, …) does that).
std::string interestMapSvg(const domain::InterestMapLayout& layout);

// & < > " ' as entities; characters XML 1.0 forbids (C0 controls other than
// tab, LF, CR) dropped.
std::string xmlEscape(const std::string& text);

// At most maxChars characters (not bytes: names carry accents, Greek and
// Cyrillic), ending in "…" when shortened.
std::string shortenText(const std::string& text, std::size_t maxChars);

}  // namespace cg::report
