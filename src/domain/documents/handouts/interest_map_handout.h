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

// The canvas the map is laid out on, as in the CLI's SVG; the layout grows it
// when the cards need room, and the report scales it to the text width.
inline constexpr double kHandoutMapWidth = 1600;
inline constexpr double kHandoutMapHeight = 1100;

// NotFound when a party audience names a party the case does not have.
Document interestMapHandout(const CaseRecord& record, const Audience& audience, Date date,
                            PaperSize paper = PaperSize::A4);

}  // namespace cg::domain::documents
