#include "app/fact_timeline.h"

#include <algorithm>

#include <wx/dcbuffer.h>
#include <wx/settings.h>

#include "app/vocabulary_labels.h"
#include "app/wx_text.h"
#include "domain/calendar.h"
#include "domain/enum_names.h"

namespace cg::app {

namespace {

wxColour colourOf(domain::FactCategory category) {
    switch (category) {
        case domain::FactCategory::Event: return {0x35, 0x5C, 0xA8};
        case domain::FactCategory::ControlFailure: return {0xC0, 0x39, 0x2B};
        case domain::FactCategory::RecommendationMade: return {0x27, 0x8E, 0x5E};
        case domain::FactCategory::RecommendationDeclined: return {0xD3, 0x84, 0x1A};
        case domain::FactCategory::Notification: return {0x7D, 0x3C, 0x98};
        case domain::FactCategory::Loss: return {0x5D, 0x5D, 0x5D};
    }
    return *wxBLACK;
}

long long dayOf(const domain::Date& date) { return date.days().time_since_epoch().count(); }

wxString dateText(long long day) {
    return toWx(domain::Date(std::chrono::sys_days(std::chrono::days(day))).toString());
}

}  // namespace

FactTimeline::FactTimeline(wxWindow* parent) : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_THEME, "timeline") {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetMinSize(FromDIP(wxSize(230, -1)));
    Bind(wxEVT_PAINT, &FactTimeline::onPaint, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        Refresh();
        event.Skip();
    });
}

void FactTimeline::showFacts(const std::vector<const domain::BreachFact*>& facts) {
    m_marks.clear();
    for (const domain::BreachFact* f : facts) {
        m_marks.push_back({dayOf(f->occurredOn), f->category, false});
        if (f->discoveredOn) m_marks.push_back({dayOf(*f->discoveredOn), f->category, true});
    }
    m_first = m_last = 0;
    if (!m_marks.empty()) {
        const auto [lo, hi] = std::minmax_element(m_marks.begin(), m_marks.end(),
                                                  [](const Mark& a, const Mark& b) { return a.day < b.day; });
        m_first = lo->day;
        m_last = hi->day;
    }
    Refresh();
}

void FactTimeline::onPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
    dc.Clear();
    dc.SetTextForeground(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
    dc.SetFont(GetFont().Smaller());
    const wxSize size = GetClientSize();
    const int margin = FromDIP(12), legendHeight = FromDIP(6 * 16 + 24);
    const int top = margin + FromDIP(18), bottom = size.y - legendHeight - margin;
    const int axis = FromDIP(88);
    dc.DrawText(_("Timeline"), margin, margin - FromDIP(4));
    if (m_marks.empty() || bottom <= top) {
        dc.DrawText(_("No facts yet."), margin, top + FromDIP(8));
        return;
    }
    const double span = std::max<long long>(1, m_last - m_first);
    auto yOf = [&](long long day) { return top + static_cast<int>((day - m_first) / span * (bottom - top)); };

    dc.SetPen(wxPen(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT)));
    dc.DrawLine(axis, top, axis, bottom);
    const int ticks = std::clamp((bottom - top) / FromDIP(60), 1, 12);
    for (int i = 0; i <= ticks; ++i) {
        const long long day = m_first + static_cast<long long>(span * i / ticks);
        const int y = yOf(day);
        dc.DrawLine(axis - FromDIP(4), y, axis, y);
        dc.DrawText(dateText(day), margin, y - dc.GetCharHeight() / 2);
    }
    const int length = FromDIP(40);
    for (const Mark& m : m_marks) {
        const int y = yOf(m.day);
        const wxColour colour = colourOf(m.category);
        if (m.discovered) {
            dc.SetPen(wxPen(colour, 1));
            dc.SetBrush(*wxTRANSPARENT_BRUSH);
            dc.DrawCircle(axis + length + FromDIP(10), y, FromDIP(4));
        } else {
            dc.SetPen(wxPen(colour, 2));
            dc.DrawLine(axis + FromDIP(2), y, axis + length, y);
        }
    }
    int y = bottom + margin;
    for (domain::FactCategory category : domain::allValues<domain::FactCategory>()) {
        dc.SetPen(wxPen(colourOf(category), 3));
        dc.DrawLine(margin, y + FromDIP(7), margin + FromDIP(18), y + FromDIP(7));
        dc.DrawText(vocabularyLabel(category), margin + FromDIP(24), y);
        y += FromDIP(16);
    }
    dc.SetPen(wxPen(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT), 1));
    dc.SetBrush(*wxTRANSPARENT_BRUSH);
    dc.DrawCircle(margin + FromDIP(9), y + FromDIP(7), FromDIP(4));
    dc.DrawText(_("discovered"), margin + FromDIP(24), y);
}

}  // namespace cg::app
