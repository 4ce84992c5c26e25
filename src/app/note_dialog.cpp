#include "app/note_dialog.h"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/enum_choice.h"
#include "app/inline_check.h"
#include "app/prompts.h"
#include "domain/validation.h"

namespace cg::app {

NoteDialog::NoteDialog(wxWindow* parent, const domain::MediationSession& session,
                       const domain::CaseRecord& caseRecord)
    : m_session(session), m_case(caseRecord) {
    wxXmlResource::Get()->LoadDialog(this, parent, "NoteDialog");
    SetTitle(wxString::Format(_("Note in %s session %lld"), vocabularyLabel(session.kind),
                              static_cast<long long>(session.no)));
    m_visibility = formControl<wxChoice>(this, "visibility");
    m_text = formControl<wxTextCtrl>(this, "text");
    m_message = formControl<wxStaticText>(this, "message");
    m_ok = formControl<wxWindow>(this, "wxID_OK");
    fillChoice<domain::Visibility>(m_visibility);
    m_text->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { recheck(); });
    m_visibility->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { recheck(); });
    GetSizer()->SetSizeHints(this);
}

bool NoteDialog::TransferDataToWindow() {
    selectChoice(m_visibility, m_session.kind == domain::SessionKind::Caucus ? domain::Visibility::PartyAndMediator
                                                                            : domain::Visibility::Everyone);
    m_text->ChangeValue({});
    recheck();
    return true;
}

bool NoteDialog::TransferDataFromWindow() {
    if (!recheck()) return false;
    m_session = withNote();
    return true;
}

domain::MediationSession NoteDialog::withNote() const {
    domain::MediationSession s = m_session;
    domain::SessionNote note;
    note.no = domain::nextNo(s.notes);
    note.writtenAt = domain::Instant::now();
    note.visibility = choiceValue<domain::Visibility>(m_visibility);
    note.text = fromWx(m_text->GetValue().Strip(wxString::trailing));
    if (note.text.empty()) throw domain::ValidationError(_("Write the note.").utf8_string());
    s.notes.push_back(note);
    return s;
}

bool NoteDialog::recheck() {
    return checkInline(m_ok, m_message,
                       [this] { domain::validate(withNote(), domain::RecordIndex::of(m_case)); });
}

std::optional<domain::MediationSession> runNoteDialog(wxWindow* parent, const domain::MediationSession& session,
                                                      const domain::CaseRecord& caseRecord) {
    NoteDialog dialog(parent, session, caseRecord);
    if (prompts().showModal(dialog) != wxID_OK) return std::nullopt;
    return dialog.session();
}

}  // namespace cg::app
