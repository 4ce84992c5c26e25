#pragma once
// Add / Edit Time Entry (forms/time_entry_dialog.xrc): when and how long the
// mediator worked on the case, on what, in or for which session, and whether
// the time is billed.
#include "app/record_form_dialog.h"

class wxDatePickerCtrl;

namespace cg::app {

class TimeEntryDialog : public RecordFormDialog<domain::TimeEntry> {
public:
    TimeEntryDialog(wxWindow* parent, const domain::TimeEntry& entry, const domain::CaseRecord& caseRecord);

private:
    domain::TimeEntry fromWindow() const override;
    void toWindow(const domain::TimeEntry& entry) override;

    wxDatePickerCtrl* m_workedOn;
    wxSpinCtrl* m_minutes;
    wxChoice* m_activity;
    wxChoice* m_session;
    wxTextCtrl* m_mediator;
    wxCheckBox* m_billable;
    wxTextCtrl* m_description;
};

}  // namespace cg::app
