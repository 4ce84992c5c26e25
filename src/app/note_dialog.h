#pragma once
// Add Note (forms/note_dialog.xrc): one note in a session, and who may see
// it. A caucus note starts as party-and-mediator: confidential to the caucus
// party and the mediator.
#include <optional>

#include <wx/dialog.h>

#include "domain/case_record.h"

class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace cg::app {

class NoteDialog : public wxDialog {
public:
    NoteDialog(wxWindow* parent, const domain::MediationSession& session, const domain::CaseRecord& caseRecord);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;
    // The session with the new note appended.
    const domain::MediationSession& session() const { return m_session; }

private:
    domain::MediationSession withNote() const;
    bool recheck();

    domain::MediationSession m_session;
    const domain::CaseRecord& m_case;
    wxChoice* m_visibility;
    wxTextCtrl* m_text;
    wxStaticText* m_message;
    wxWindow* m_ok;
};

std::optional<domain::MediationSession> runNoteDialog(wxWindow* parent, const domain::MediationSession& session,
                                                      const domain::CaseRecord& caseRecord);

}  // namespace cg::app
