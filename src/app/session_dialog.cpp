#include "app/session_dialog.h"

#include <wx/datectrl.h>
#include <wx/tokenzr.h>

#include "app/enum_choice.h"
#include "app/record_pickers.h"

namespace cg::app {

SessionDialog::SessionDialog(wxWindow* parent, const domain::MediationSession& session,
                             const domain::CaseRecord& caseRecord)
    : RecordFormDialog(parent, "SessionDialog", session, caseRecord),
      m_kind(formControl<wxChoice>(this, "kind")),
      m_caucusParty(formControl<wxChoice>(this, "caucus_party")),
      m_startedOn(formControl<wxDatePickerCtrl>(this, "started_on")),
      m_startedAt(formControl<wxTextCtrl>(this, "started_at")),
      m_plannedMinutes(formControl<wxSpinCtrl>(this, "planned_minutes")),
      m_location(formControl<wxTextCtrl>(this, "location")),
      m_videoLink(formControl<wxTextCtrl>(this, "video_link")),
      m_participants(formControl<wxTextCtrl>(this, "participants")) {
    m_plannedMinutes->SetRange(0, 24 * 60);
    m_plannedMinutes->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent& event) {
        recheck();
        event.Skip();
    });
    m_videoLink->SetHint("https://");
    fillChoice<domain::SessionKind>(m_kind);
    fillPartyChoice(m_caucusParty, caseRecord.parties, true);
    m_kind->Bind(wxEVT_CHOICE, [this](wxCommandEvent& event) {
        m_caucusParty->Enable(choiceValue<domain::SessionKind>(m_kind) == domain::SessionKind::Caucus);
        event.Skip();
    });
    fitForm();
}

void SessionDialog::toWindow(const domain::MediationSession& session) {
    selectChoice(m_kind, session.kind);
    selectParty(m_caucusParty, caseRecord().parties, session.caucusPartyNo, true);
    m_caucusParty->Enable(session.kind == domain::SessionKind::Caucus);
    const domain::Instant started = session.no ? session.startedAt : domain::Instant::now();
    m_startedOn->SetValue(toDateTime(started.date()));
    m_startedAt->ChangeValue(toWx(started.toString().substr(11, 5)));
    m_plannedMinutes->SetValue(session.plannedMinutes.value_or(session.no ? 0 : 120));
    m_location->ChangeValue(toWx(session.location));
    m_videoLink->ChangeValue(toWx(session.videoLink));
    wxString participants;
    for (const auto& p : session.participants) participants << toWx(p) << "\n";
    m_participants->ChangeValue(participants);
}

domain::MediationSession SessionDialog::fromWindow() const {
    domain::MediationSession session = record();
    session.kind = choiceValue<domain::SessionKind>(m_kind);
    session.caucusPartyNo = session.kind == domain::SessionKind::Caucus
                                ? chosenParty(m_caucusParty, caseRecord().parties, true)
                                : std::nullopt;
    const std::string time = fromWx(m_startedAt->GetValue().Strip(wxString::both));
    session.startedAt = domain::Instant::parse(fromDateTime(m_startedOn->GetValue()).toString() + "T" + time + "Z");
    const int minutes = m_plannedMinutes->GetValue();
    session.plannedMinutes = minutes > 0 ? std::optional<int>(minutes) : std::nullopt;
    session.location = fromWx(m_location->GetValue().Strip(wxString::both));
    session.videoLink = fromWx(m_videoLink->GetValue().Strip(wxString::both));
    session.participants.clear();
    wxStringTokenizer lines(m_participants->GetValue(), "\n");
    while (lines.HasMoreTokens()) {
        const wxString name = lines.GetNextToken().Strip(wxString::both);
        if (!name.empty()) session.participants.push_back(fromWx(name));
    }
    return session;
}

}  // namespace cg::app
