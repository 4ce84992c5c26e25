#pragma once
// Add / Edit Participant (forms/participant_dialog.xrc): someone other than a
// party who takes part in the mediation, their role, the party they attend
// for (none for a co-mediator or a neutral expert) and their e-mail address.
#include "app/record_form_dialog.h"

namespace cg::app {

class ParticipantDialog : public RecordFormDialog<domain::Participant> {
public:
    ParticipantDialog(wxWindow* parent, const domain::Participant& participant, const domain::CaseRecord& caseRecord);

private:
    domain::Participant fromWindow() const override;
    void toWindow(const domain::Participant& participant) override;

    wxTextCtrl* m_name;
    wxTextCtrl* m_organisation;
    wxChoice* m_role;
    wxChoice* m_party;
    wxTextCtrl* m_email;
};

}  // namespace cg::app
