#pragma once
// One week of sessions drawn as a calendar: seven day columns from Monday,
// hour rows, and each session a block with its time, case reference and
// kind (a caucus names its party). Double-clicking a block reports the case.
#include <functional>
#include <string>
#include <vector>

#include <wx/scrolwin.h>

#include "domain/practice/calendar_events.h"

namespace cg::app {

class WeekView : public wxScrolledWindow {
public:
    explicit WeekView(wxWindow* parent);

    void showWeek(domain::Date monday, std::vector<domain::practice::CalendarEvent> events);
    domain::Date monday() const { return m_monday; }
    const std::vector<domain::practice::CalendarEvent>& events() const { return m_events; }

    // Where event i is drawn, in unscrolled window coordinates (for hit
    // tests and the GUI tests); an empty rectangle if it is not in the week.
    wxRect blockRect(std::size_t i) const;
    // The lines written in event i's block.
    wxArrayString blockLines(std::size_t i) const;
    // The event under a point in unscrolled coordinates, or -1.
    int eventAt(const wxPoint& point) const;

    std::function<void(const std::string& caseReference, domain::RecordNo sessionNo)> onOpenCase;

private:
    void onPaint(wxPaintEvent& event);
    void onDoubleClick(wxMouseEvent& event);
    void fitHours();
    int columnWidth() const;
    int hourHeight() const { return FromDIP(44); }
    int headerHeight() const { return FromDIP(28); }
    int gutterWidth() const { return FromDIP(52); }

    domain::Date m_monday;
    std::vector<domain::practice::CalendarEvent> m_events;
    int m_firstHour = 8;   // widened to show every event of the week
    int m_lastHour = 19;   // exclusive
};

}  // namespace cg::app
