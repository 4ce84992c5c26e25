#pragma once
// Start / Edit Session (forms/session_dialog.xrc): a joint session with all
// parties or a caucus with one, when it starts (sessions are booked ahead),
// for how long, where or by which video link, who takes part. Its notes are
// kept as they are; they are added one by one with the NoteDialog.
#include "app/record_form_dialog.h"

class wxDatePickerCtrl;

namespace cg::app {

class SessionDialog : public RecordFormDialog<domain::MediationSession> {
public:
    SessionDialog(wxWindow* parent, const domain::MediationSession& session, const domain::CaseRecord& caseRecord);

private:
    domain::MediationSession fromWindow() const override;
    void toWindow(const domain::MediationSession& session) override;

    wxChoice* m_kind;
    wxChoice* m_caucusParty;
    wxDatePickerCtrl* m_startedOn;
    wxTextCtrl* m_startedAt;
    wxSpinCtrl* m_plannedMinutes;
    wxTextCtrl* m_location;
    wxTextCtrl* m_videoLink;
    wxTextCtrl* m_participants;
};

}  // namespace cg::app
