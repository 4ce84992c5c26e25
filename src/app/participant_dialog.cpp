#include "app/participant_dialog.h"

#include "app/enum_choice.h"
#include "app/record_pickers.h"
#include "app/wx_text.h"

namespace cg::app {

ParticipantDialog::ParticipantDialog(wxWindow* parent, const domain::Participant& participant,
                                     const domain::CaseRecord& caseRecord)
    : RecordFormDialog(parent, "ParticipantDialog", participant, caseRecord),
      m_name(formControl<wxTextCtrl>(this, "name")),
      m_organisation(formControl<wxTextCtrl>(this, "organisation")),
      m_role(formControl<wxChoice>(this, "role")),
      m_party(formControl<wxChoice>(this, "party")),
      m_email(formControl<wxTextCtrl>(this, "email")) {
    fillChoice<domain::ParticipantRole>(m_role);
    fillPartyChoice(m_party, caseRecord.parties, true);
    m_name->SetFocus();
    fitForm();
}

void ParticipantDialog::toWindow(const domain::Participant& participant) {
    m_name->ChangeValue(toWx(participant.name));
    m_organisation->ChangeValue(toWx(participant.organisation));
    selectChoice(m_role, participant.role);
    selectParty(m_party, caseRecord().parties, participant.partyNo, true);
    m_email->ChangeValue(toWx(participant.email));
}

domain::Participant ParticipantDialog::fromWindow() const {
    domain::Participant participant = record();
    participant.name = fromWx(m_name->GetValue().Strip(wxString::both));
    participant.organisation = fromWx(m_organisation->GetValue().Strip(wxString::both));
    participant.role = choiceValue<domain::ParticipantRole>(m_role);
    participant.partyNo = chosenParty(m_party, caseRecord().parties, true);
    participant.email = fromWx(m_email->GetValue().Strip(wxString::both));
    return participant;
}

}  // namespace cg::app
