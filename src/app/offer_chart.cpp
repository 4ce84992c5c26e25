#include "app/offer_chart.h"

#include <algorithm>
#include <cmath>

#include <wx/dcbuffer.h>
#include <wx/intl.h>
#include <wx/settings.h>

#include "app/wx_text.h"

namespace cg::app {

namespace {

// The Okabe–Ito orange and blue, as the interest map uses them: the claimant
// and the respondent stay apart for colour-blind readers too.
const wxColour kClaimant(0xE6, 0x9F, 0x00);
const wxColour kRespondent(0x00, 0x72, 0xB2);
const wxColour kZone(0xDD, 0xF1, 0xE6);
const wxColour kGap(0xFB, 0xE3, 0xE3);
const wxColour kAxis(0x9a, 0xa0, 0xa6);
const wxColour kText(0x3c, 0x40, 0x43);

// A round axis step (1, 2 or 5 × a power of ten) of at least `rough`.
std::int64_t niceStep(std::int64_t rough) {
    std::int64_t power = 1;
    while (power * 10 <= rough) power *= 10;
    for (const std::int64_t factor : {1, 2, 5, 10})
        if (power * factor >= rough) return std::max<std::int64_t>(1, power * factor);
    return power * 10;
}

double major(std::int64_t minorUnits, int digits) { return static_cast<double>(minorUnits) / std::pow(10.0, digits); }

}  // namespace

wxString compactAmount(std::int64_t minorUnits, int digits) {
    const double value = major(minorUnits, digits);
    if (std::abs(value) >= 1e6) return wxString::Format("%.1fM", value / 1e6);
    if (std::abs(value) >= 1e3) return wxString::Format("%.0fk", value / 1e3);
    return wxString::Format("%.0f", value);
}

OfferChart::OfferChart(wxWindow* parent, wxWindowID id)
    : wxWindow(parent, id, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetMinSize(FromDIP(wxSize(300, 200)));
    Bind(wxEVT_PAINT, [this](wxPaintEvent&) { onPaint(); });
}

void OfferChart::show(std::optional<domain::PairExposure> pair, std::vector<domain::OfferPoint> offers) {
    m_pair = std::move(pair);
    m_plotted.clear();
    if (m_pair)
        for (auto& o : offers) {
            const bool between = (o.fromPartyNo == m_pair->claimantNo && o.toPartyNo == m_pair->respondentNo) ||
                                 (o.fromPartyNo == m_pair->respondentNo && o.toPartyNo == m_pair->claimantNo);
            if (between && o.amount) m_plotted.push_back(std::move(o));
        }
    Refresh();
}

void OfferChart::onPaint() {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    dc.SetFont(GetFont());
    dc.SetTextForeground(kText);
    const wxSize size = GetClientSize();
    if (!m_pair) {
        dc.DrawText(_("No claimant and respondent to chart: record a blame claim."), FromDIP(12), FromDIP(12));
        return;
    }
    const domain::PairExposure& p = *m_pair;
    const int digits = domain::minorUnitDigits(p.claimantRange.low.currency());

    std::int64_t highest = std::max({p.claimantRange.high.minorUnits(), p.respondentRange.high.minorUnits(),
                                     p.claimantRange.low.minorUnits(), std::int64_t{1}});
    for (const auto& o : m_plotted) highest = std::max(highest, o.amount->minorUnits());
    const std::int64_t step = niceStep(highest / 4);
    const std::int64_t top = step * ((highest + step - 1) / step);

    const int left = FromDIP(64), right = FromDIP(16), upper = FromDIP(26), lower = FromDIP(24);
    const wxRect plot(left, upper, std::max(10, size.x - left - right), std::max(10, size.y - upper - lower));
    const auto yOf = [&](std::int64_t amount) {
        return plot.GetBottom() - static_cast<int>(static_cast<double>(amount) / static_cast<double>(top) * plot.height);
    };

    // The zone (or the gap) as a band across the whole time axis.
    const std::int64_t claimantLow = p.claimantRange.low.minorUnits();
    const std::int64_t respondentHigh = p.respondentRange.high.minorUnits();
    const std::int64_t bandLow = std::min(claimantLow, respondentHigh), bandHigh = std::max(claimantLow, respondentHigh);
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(wxBrush(p.zoneExists ? kZone : kGap));
    dc.DrawRectangle(plot.x, yOf(bandHigh), plot.width, std::max(FromDIP(3), yOf(bandLow) - yOf(bandHigh)));

    // Axes and amount ticks.
    dc.SetPen(wxPen(kAxis));
    dc.DrawLine(plot.GetLeft(), plot.GetTop(), plot.GetLeft(), plot.GetBottom());
    dc.DrawLine(plot.GetLeft(), plot.GetBottom(), plot.GetRight(), plot.GetBottom());
    for (std::int64_t amount = 0; amount <= top; amount += step) {
        const wxString label = compactAmount(amount, digits);
        const wxSize extent = dc.GetTextExtent(label);
        dc.DrawText(label, plot.GetLeft() - extent.x - FromDIP(6), yOf(amount) - extent.y / 2);
    }

    // The two reference lines.
    const auto dashed = [&](std::int64_t amount, const wxColour& colour) {
        dc.SetPen(wxPen(colour, FromDIP(1), wxPENSTYLE_SHORT_DASH));
        dc.DrawLine(plot.GetLeft(), yOf(amount), plot.GetRight(), yOf(amount));
    };
    dashed(claimantLow, kClaimant);
    dashed(respondentHigh, kRespondent);

    // Legend above the plot.
    wxString legend = p.zoneExists ? _("green band: zone of possible agreement") : _("red band: gap, no zone");
    legend << "   " << _("orange: claimant (dashed: its low expectation)") << "   "
           << _("blue: respondent (dashed: its high exposure)");
    dc.DrawText(legend, plot.GetLeft(), FromDIP(4));

    if (m_plotted.empty()) {
        dc.DrawText(_("No offers with an amount between these two parties yet."), plot.GetLeft() + FromDIP(8),
                    plot.GetTop() + FromDIP(8));
        return;
    }
    // Offers come in bursts (a session day, then weeks of nothing), so they are
    // spaced by turn, each labelled with its day, rather than by the clock.
    const int inset = FromDIP(24);
    const int turns = static_cast<int>(m_plotted.size());
    const auto xAt = [&](int turn) {
        if (turns == 1) return plot.GetLeft() + plot.width / 2;
        return plot.GetLeft() + inset + turn * (plot.width - 2 * inset) / (turns - 1);
    };
    std::vector<int> xs;
    for (int i = 0; i < turns; ++i) xs.push_back(xAt(i));
    const auto xOf = [&](const domain::OfferPoint& o) { return xs[static_cast<std::size_t>(&o - m_plotted.data())]; };
    for (const bool fromClaimant : {true, false}) {
        const wxColour colour = fromClaimant ? kClaimant : kRespondent;
        std::optional<wxPoint> previous;
        for (const auto& o : m_plotted) {
            if ((o.fromPartyNo == p.claimantNo) != fromClaimant) continue;
            const wxPoint at(xOf(o), yOf(o.amount->minorUnits()));
            dc.SetPen(wxPen(colour, FromDIP(2)));
            if (previous) dc.DrawLine(*previous, at);
            dc.SetBrush(wxBrush(colour));
            dc.DrawCircle(at, FromDIP(4));
            previous = at;
        }
    }
    dc.SetTextForeground(kText);
    std::string previousDay;
    for (int i = 0; i < turns; ++i) {
        // The day once per run of offers made on it.
        const std::string day = m_plotted[static_cast<std::size_t>(i)].madeAt.toString().substr(0, 10);
        if (day == previousDay) continue;
        previousDay = day;
        const wxString label = toWx(day);
        const int x = std::clamp(xs[static_cast<std::size_t>(i)] - dc.GetTextExtent(label).x / 2, plot.GetLeft(),
                                 plot.GetRight() - dc.GetTextExtent(label).x);
        dc.DrawText(label, x, plot.GetBottom() + FromDIP(4));
    }
}

}  // namespace cg::app
