#pragma once
// The interest-map handout (issue 5; DESIGN.md "The interest map"): the map
// the app shows, filtered for the one audience that receives it, followed by
// the same content as text: each party's interests, the interests the
// parties share, and the options on the table with the interests they serve.
// The case goes through visibleTo() before anything is read from it, so a
// party's handout holds no other party's confidential interests and nothing
// mediator-only, in any block, the map included.
#include "domain/common_ground/audience.h"
#include "domain/documents/document.h"

namespace cg::domain::documents {

// The canvas the map is laid out on: portrait and small, so that on paper the
// report scales it up as far as the page allows and the cards stay readable
// (the 1600 x 1100 canvas of the screen and the SVG printed its card text at
// about 3 pt). The layout grows it when the cards need more room.
inline constexpr double kHandoutMapWidth = 820;
inline constexpr double kHandoutMapHeight = 1000;

// NotFound when a party audience names a party the case does not have.
Document interestMapHandout(const CaseRecord& record, const Audience& audience, Date date,
                            PaperSize paper = PaperSize::A4);

}  // namespace cg::domain::documents
