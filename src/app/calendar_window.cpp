#include "app/calendar_window.h"

#include <chrono>

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "app/inline_check.h"
#include "app/prompts.h"
#include "app/week_view.h"
#include "app/wx_text.h"
#include "exchange/icalendar_writer.h"
#include "store/practice_queries.h"

namespace cg::app {

namespace {

domain::Instant midnight(const domain::Date& day) {
    return domain::Instant(std::chrono::sys_seconds(std::chrono::duration_cast<std::chrono::seconds>(
        day.days().time_since_epoch())));
}

}  // namespace

CalendarWindow::CalendarWindow(wxWindow* parent, store::Database& db) : m_db(db) {
    wxXmlResource::Get()->LoadFrame(this, parent, "CalendarWindow");
    auto* panel = formControl<wxPanel>(this, "panel");
    m_weekLabel = formControl<wxStaticText>(this, "week_label");
    m_weekLabel->SetFont(m_weekLabel->GetFont().Bold().Scaled(1.2f));
    m_week = new WeekView(panel);
    wxXmlResource::Get()->AttachUnknownControl("week", m_week, panel);
    m_week->onOpenCase = [this](const std::string& reference, domain::RecordNo sessionNo) {
        if (onOpenCase) onOpenCase(reference, sessionNo);
    };
    formControl<wxButton>(this, "previous_week")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        showWeek(m_week->monday().plusDays(-7));
    });
    formControl<wxButton>(this, "next_week")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        showWeek(m_week->monday().plusDays(7));
    });
    formControl<wxButton>(this, "this_week")->Bind(wxEVT_BUTTON,
                                                   [this](wxCommandEvent&) { showWeek(domain::Date::today()); });
    formControl<wxButton>(this, "export_calendar")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onExport(); });
    CreateStatusBar();
    SetSize(FromDIP(wxSize(1100, 700)));
    showWeek(domain::Date::today());
}

void CalendarWindow::showWeek(domain::Date day) {
    const domain::Date monday = domain::practice::weekStart(day);
    try {
        auto events = store::scheduledSessions(m_db, midnight(monday), midnight(monday.plusDays(7)));
        m_week->showWeek(monday, std::move(events));
    } catch (const std::exception&) {
        reportCurrentError(this, _("Could not read the sessions for the calendar."));
        return;
    }
    const std::size_t count = m_week->events().size();
    m_weekLabel->SetLabelText(
        wxString::Format(_(L"Week of %s to %s"), toWx(monday.toString()), toWx(monday.plusDays(6).toString())) +
        L"  \u00b7  " + wxString::Format(wxPLURAL("%zu session", "%zu sessions", count), count));
    Layout();
}

void CalendarWindow::reload() { showWeek(m_week->monday()); }

bool CalendarWindow::exportCalendar(const std::string& path) {
    try {
        // Every session ever booked: the mediator's calendar program keeps
        // the past ones as a record and updates events by their stable UIDs.
        const auto events = store::scheduledSessions(m_db, domain::Instant(), midnight(domain::Date(2200, 1, 1)));
        exchange::writeICalendarFile(events, domain::Instant::now(), path);
        SetStatusText(wxString::Format(wxPLURAL("Exported %zu session to %s.", "Exported %zu sessions to %s.",
                                                events.size()),
                                       events.size(), toWx(path)));
        return true;
    } catch (const std::exception&) {
        reportCurrentError(this, wxString::Format(_("Could not export the calendar to %s."), toWx(path)));
        return false;
    }
}

void CalendarWindow::onExport() {
    wxFileDialog dialog(this, _(L"Export calendar"), {}, "commonground-sessions.ics",
                        _("iCalendar files (*.ics)|*.ics"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (prompts().showModal(dialog) != wxID_OK) return;
    exportCalendar(fromWx(dialog.GetPath()));
}

}  // namespace cg::app
