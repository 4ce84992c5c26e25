#pragma once
// The small chart on the Exposure page: one claimant–respondent pair's offers
// over time drawn against the zone of possible agreement (or the gap where
// there is none), the claimant's low expectation and the respondent's high
// exposure as dashed lines. Amounts scale from zero so the distances read
// true.
#include <optional>
#include <vector>

#include <wx/window.h>

#include "domain/common_ground/exposure.h"

namespace cg::app {

class OfferChart : public wxWindow {
public:
    OfferChart(wxWindow* parent, wxWindowID id = wxID_ANY);

    // Nothing to draw: pair == nullopt.
    void show(std::optional<domain::PairExposure> pair, std::vector<domain::OfferPoint> offers);

    // The offers with an amount between the pair's two parties, as drawn.
    std::size_t plottedOffers() const { return m_plotted.size(); }

private:
    void onPaint();

    std::optional<domain::PairExposure> m_pair;
    std::vector<domain::OfferPoint> m_plotted;
};

// "1.2M", "350k", "900": short enough for an axis.
wxString compactAmount(std::int64_t minorUnits, int digits);

}  // namespace cg::app
