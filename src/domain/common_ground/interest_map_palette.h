#pragma once
// The colours of the interest categories on the map. They come from the
// Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008), chosen to
// stay distinguishable with the common forms of colour blindness (protanopia,
// deuteranopia, tritanopia): a mediator cannot know who in a joint session
// reads colour differently. Fixed per category so a printed handout and the
// screen agree.
#include <string_view>

#include "domain/vocabulary.h"

namespace cg::domain {

// "#RRGGBB"
constexpr std::string_view categoryColour(InterestCategory category) {
    switch (category) {
        case InterestCategory::Financial:
            return "#E69F00";  // orange
        case InterestCategory::Reputational:
            return "#CC79A7";  // reddish purple
        case InterestCategory::Regulatory:
            return "#0072B2";  // blue
        case InterestCategory::OperationalContinuity:
            return "#009E73";  // bluish green
        case InterestCategory::Relationship:
            return "#56B4E9";  // sky blue
        case InterestCategory::SecurityImprovement:
            return "#D55E00";  // vermillion
        case InterestCategory::Recognition:
            return "#F0E442";  // yellow
    }
    return "#000000";
}

}  // namespace cg::domain
