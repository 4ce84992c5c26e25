#pragma once
// The calendar (forms/calendar_window.xrc, View > Calendar): the sessions of
// every case in one week, with previous / this / next week, and the export
// of every session as an iCalendar file for the mediator's own calendar
// program. Double-clicking a session opens its case in the main window.
#include <functional>
#include <string>

#include <wx/frame.h>

#include "domain/calendar.h"
#include "domain/record_no.h"

class wxStaticText;

namespace cg::store {
class Database;
}

namespace cg::app {

class WeekView;

class CalendarWindow : public wxFrame {
public:
    CalendarWindow(wxWindow* parent, store::Database& db);

    // Shows the week `day` falls in; reports a store error and keeps the
    // week it showed.
    void showWeek(domain::Date day);
    void reload();  // the same week again, after a change
    // Every session of every case as .ics at path; false (reported) on error.
    bool exportCalendar(const std::string& path);
    WeekView& week() { return *m_week; }

    // The case to open, with the session to select in it.
    std::function<void(const std::string& caseReference, domain::RecordNo sessionNo)> onOpenCase;

private:
    void onExport();

    store::Database& m_db;
    WeekView* m_week = nullptr;
    wxStaticText* m_weekLabel = nullptr;
};

}  // namespace cg::app
