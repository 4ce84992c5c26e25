#include "app/week_view.h"

#include <algorithm>
#include <chrono>

#include <wx/dcbuffer.h>
#include <wx/intl.h>
#include <wx/settings.h>

#include "app/vocabulary_labels.h"
#include "app/wx_text.h"

namespace cg::app {

namespace {

using namespace std::chrono;

int minutesOfDay(const domain::Instant& at) {
    const auto since = at.time() - floor<days>(at.time());
    return static_cast<int>(duration_cast<minutes>(since).count());
}

int dayIndex(const domain::Date& monday, const domain::Instant& at) {
    return static_cast<int>((at.date().days() - monday.days()).count());
}

wxString hhmm(const domain::Instant& at) {
    const int m = minutesOfDay(at);
    return wxString::Format("%02d:%02d", m / 60, m % 60);
}

// The summary is the calendar file's English ("CG-2026-0001 caucus with
// Bright Smile Dental"); the screen says the same in the interface language.
bool isCaucus(const domain::practice::CalendarEvent& e) {
    return e.summary.find(" caucus") != std::string::npos;
}

wxString kindText(const domain::practice::CalendarEvent& e) {
    if (!isCaucus(e)) return _("joint session");
    const std::string mark = " caucus with ";
    const auto at = e.summary.find(mark);
    if (at == std::string::npos) return vocabularyLabel(domain::SessionKind::Caucus);
    return wxString::Format(_("caucus with %s"), toWx(e.summary.substr(at + mark.size())));
}

wxString dayHeading(const domain::Date& date) {
    static const char* const kDays[] = {wxTRANSLATE("Mon"), wxTRANSLATE("Tue"), wxTRANSLATE("Wed"),
                                        wxTRANSLATE("Thu"), wxTRANSLATE("Fri"), wxTRANSLATE("Sat"),
                                        wxTRANSLATE("Sun")};
    const unsigned weekday = std::chrono::weekday(date.days()).iso_encoding();  // 1 = Monday
    return wxGetTranslation(kDays[weekday - 1]) + " " + toWx(date.toString());
}

}  // namespace

WeekView::WeekView(wxWindow* parent) : wxScrolledWindow(parent, wxID_ANY) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetScrollRate(0, FromDIP(10));
    SetMinSize(FromDIP(wxSize(700, 360)));
    Bind(wxEVT_PAINT, &WeekView::onPaint, this);
    Bind(wxEVT_LEFT_DCLICK, &WeekView::onDoubleClick, this);
    // The whole of a block's text, for blocks too narrow to show it.
    Bind(wxEVT_MOTION, [this](wxMouseEvent& event) {
        const int at = eventAt(CalcUnscrolledPosition(event.GetPosition()));
        wxString tip;
        if (at >= 0) {
            const auto& e = m_events[static_cast<std::size_t>(at)];
            tip << hhmm(e.start) << L"\u2013" << hhmm(e.end) << "  " << toWx(e.caseReference) << " " << kindText(e)
                << "\n" << toWx(e.caseTitle);
            if (!e.location.empty()) tip << "\n" << toWx(e.location);
            if (!e.url.empty()) tip << "\n" << toWx(e.url);
        }
        if (GetToolTipText() != tip) SetToolTip(tip);
        event.Skip();
    });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        Refresh();
        event.Skip();
    });
}

void WeekView::showWeek(domain::Date monday, std::vector<domain::practice::CalendarEvent> events) {
    m_monday = monday;
    m_events = std::move(events);
    fitHours();
    SetVirtualSize(-1, headerHeight() + (m_lastHour - m_firstHour) * hourHeight() + FromDIP(4));
    Refresh();
}

void WeekView::fitHours() {
    m_firstHour = 8;
    m_lastHour = 19;
    for (const auto& e : m_events) {
        const int day = dayIndex(m_monday, e.start);
        if (day < 0 || day > 6) continue;
        m_firstHour = std::min(m_firstHour, minutesOfDay(e.start) / 60);
        const int endMinutes = e.end.date() == e.start.date() ? minutesOfDay(e.end) : 24 * 60;
        m_lastHour = std::max(m_lastHour, (endMinutes + 59) / 60);
    }
    m_lastHour = std::min(m_lastHour, 24);
}

int WeekView::columnWidth() const {
    return std::max(FromDIP(60), (GetClientSize().x - gutterWidth()) / 7);
}

wxRect WeekView::blockRect(std::size_t i) const {
    if (i >= m_events.size()) return {};
    const auto& e = m_events[i];
    const int day = dayIndex(m_monday, e.start);
    if (day < 0 || day > 6) return {};
    const int start = minutesOfDay(e.start);
    const int end = e.end.date() == e.start.date() ? std::max(minutesOfDay(e.end), start + 15) : 24 * 60;
    const int top = headerHeight() + (start - m_firstHour * 60) * hourHeight() / 60;
    const int bottom = headerHeight() + (end - m_firstHour * 60) * hourHeight() / 60;
    const int left = gutterWidth() + day * columnWidth() + FromDIP(2);
    return {left, top, columnWidth() - FromDIP(4), std::max(bottom - top, FromDIP(18))};
}

wxArrayString WeekView::blockLines(std::size_t i) const {
    wxArrayString lines;
    if (i >= m_events.size()) return lines;
    const auto& e = m_events[i];
    const wxString kind = kindText(e);
    // A block too short for four lines keeps the kind (a caucus names its
    // party) by putting the start and the reference on one line.
    if (blockRect(i).height < 3 * GetCharHeight() + FromDIP(8)) {
        lines.Add(hhmm(e.start) + " " + toWx(e.caseReference));
        lines.Add(kind);
        return lines;
    }
    lines.Add(hhmm(e.start) + L"\u2013" + hhmm(e.end));
    lines.Add(toWx(e.caseReference));
    lines.Add(kind);
    if (!e.location.empty()) lines.Add(toWx(e.location));
    return lines;
}

int WeekView::eventAt(const wxPoint& point) const {
    for (std::size_t i = m_events.size(); i-- > 0;)
        if (blockRect(i).Contains(point)) return static_cast<int>(i);
    return -1;
}

void WeekView::onPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    DoPrepareDC(dc);
    const wxColour background = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);
    const wxColour text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    const wxColour grid(210, 210, 210);
    dc.SetBackground(wxBrush(background));
    dc.Clear();
    dc.SetFont(GetFont());
    const int width = columnWidth();
    const int height = headerHeight() + (m_lastHour - m_firstHour) * hourHeight();
    const domain::Date today = domain::Date::today();

    for (int day = 0; day < 7; ++day) {
        const int x = gutterWidth() + day * width;
        const domain::Date date = m_monday.plusDays(day);
        if (date == today) {
            dc.SetPen(*wxTRANSPARENT_PEN);
            dc.SetBrush(wxBrush(wxColour(255, 248, 220)));
            dc.DrawRectangle(x, 0, width, height);
        }
        dc.SetTextForeground(text);
        dc.DrawText(dayHeading(date), x + FromDIP(6), FromDIP(6));
        dc.SetPen(wxPen(grid));
        dc.DrawLine(x, 0, x, height);
    }
    for (int hour = m_firstHour; hour <= m_lastHour; ++hour) {
        const int y = headerHeight() + (hour - m_firstHour) * hourHeight();
        dc.SetPen(wxPen(grid));
        dc.DrawLine(gutterWidth(), y, gutterWidth() + 7 * width, y);
        if (hour < m_lastHour) {
            dc.SetTextForeground(wxColour(110, 110, 110));
            dc.DrawText(wxString::Format("%02d:00", hour), FromDIP(6), y + FromDIP(2));
        }
    }

    const int lineHeight = dc.GetCharHeight();
    for (std::size_t i = 0; i < m_events.size(); ++i) {
        const wxRect block = blockRect(i);
        if (block.IsEmpty()) continue;
        const bool caucus = isCaucus(m_events[i]);
        dc.SetPen(wxPen(caucus ? wxColour(150, 90, 20) : wxColour(30, 90, 160)));
        dc.SetBrush(wxBrush(caucus ? wxColour(253, 232, 200) : wxColour(214, 230, 250)));
        dc.DrawRoundedRectangle(block, FromDIP(4));
        dc.SetTextForeground(*wxBLACK);
        dc.SetClippingRegion(block.Deflate(FromDIP(4), FromDIP(2)));
        int y = block.y + FromDIP(3);
        for (const wxString& line : blockLines(i)) {
            if (y + lineHeight > block.GetBottom() + lineHeight / 2) break;
            dc.DrawText(line, block.x + FromDIP(5), y);
            y += lineHeight;
        }
        dc.DestroyClippingRegion();
    }
}

void WeekView::onDoubleClick(wxMouseEvent& event) {
    const wxPoint point = CalcUnscrolledPosition(event.GetPosition());
    const int at = eventAt(point);
    if (at < 0 || !onOpenCase) return;
    const auto& e = m_events[static_cast<std::size_t>(at)];
    onOpenCase(e.caseReference, e.sessionNo);
}

}  // namespace cg::app
