#include "app/time_entry_dialog.h"

#include <wx/datectrl.h>

#include "app/enum_choice.h"
#include "app/record_pickers.h"
#include "app/wx_text.h"

namespace cg::app {

namespace {

wxString sessionLabel(const domain::MediationSession& session) {
    return wxString::Format("%lld  %s %s", static_cast<long long>(session.no), vocabularyLabel(session.kind),
                            toWx(session.startedAt.toString().substr(0, 10)));
}

}  // namespace

TimeEntryDialog::TimeEntryDialog(wxWindow* parent, const domain::TimeEntry& entry,
                                 const domain::CaseRecord& caseRecord)
    : RecordFormDialog(parent, "TimeEntryDialog", entry, caseRecord),
      m_workedOn(formControl<wxDatePickerCtrl>(this, "worked_on")),
      m_minutes(formControl<wxSpinCtrl>(this, "minutes")),
      m_activity(formControl<wxChoice>(this, "activity")),
      m_session(formControl<wxChoice>(this, "session")),
      m_mediator(formControl<wxTextCtrl>(this, "mediator")),
      m_billable(formControl<wxCheckBox>(this, "billable")),
      m_description(formControl<wxTextCtrl>(this, "description")) {
    fillChoice<domain::TimeActivity>(m_activity);
    m_session->Append(_("(none)"));
    for (const auto& session : caseRecord.sessions) m_session->Append(sessionLabel(session));
    m_minutes->SetRange(1, 24 * 60);
    m_minutes->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent& event) {
        recheck();
        event.Skip();
    });
    m_mediator->SetHint(toWx(caseRecord.head.mediator));
    fitForm();
}

void TimeEntryDialog::toWindow(const domain::TimeEntry& entry) {
    const bool blank = entry.no == 0 && entry.minutes == 0;
    m_workedOn->SetValue(toDateTime(blank ? domain::Date::today() : entry.workedOn));
    m_minutes->SetValue(blank ? 60 : entry.minutes);
    selectChoice(m_activity, entry.activity);
    m_session->SetSelection(0);
    const auto& sessions = caseRecord().sessions;
    for (std::size_t i = 0; i < sessions.size(); ++i)
        if (entry.sessionNo && sessions[i].no == *entry.sessionNo) m_session->SetSelection(static_cast<int>(i) + 1);
    m_mediator->ChangeValue(toWx(entry.mediator));
    m_billable->SetValue(entry.billable);
    m_description->ChangeValue(toWx(entry.description));
}

domain::TimeEntry TimeEntryDialog::fromWindow() const {
    domain::TimeEntry entry = record();
    entry.workedOn = fromDateTime(m_workedOn->GetValue());
    entry.minutes = m_minutes->GetValue();
    entry.activity = choiceValue<domain::TimeActivity>(m_activity);
    const int session = m_session->GetSelection() - 1;
    entry.sessionNo = session >= 0 && session < static_cast<int>(caseRecord().sessions.size())
                          ? domain::OptionalNo(caseRecord().sessions[static_cast<std::size_t>(session)].no)
                          : std::nullopt;
    entry.mediator = fromWx(m_mediator->GetValue().Strip(wxString::both));
    entry.billable = m_billable->GetValue();
    entry.description = fromWx(m_description->GetValue().Strip(wxString::both));
    return entry;
}

}  // namespace cg::app
