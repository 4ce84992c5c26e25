#pragma once
// The interest map as SVG 1.1 (issue 4): plain text generation from the
// layout the domain computed, so the app and the PDF handout can draw the
// same picture from the same layout. PNG needs a rasteriser and comes with
// the GUI/report layer.
#include <string>

#include "domain/common_ground/interest_map.h"

namespace cg::cli {

// A standalone SVG document (UTF-8, with the XML declaration). All text is
// XML-escaped; the layout must come from a case already filtered for its
// audience (layoutInterestMap(record, audience, …) does that).
std::string renderInterestMapSvg(const domain::InterestMapLayout& layout);

// & < > " ' as entities; characters XML 1.0 forbids (C0 controls other than
// tab, LF, CR) dropped.
std::string xmlEscape(const std::string& text);

// At most maxChars characters (not bytes: names carry accents, Greek and
// Cyrillic), ending in "…" when shortened.
std::string shortenText(const std::string& text, std::size_t maxChars);

}  // namespace cg::cli
