#pragma once
// Add / Edit Blame Claim (forms/claim_dialog.xrc): who blames whom, on what
// basis, for how much, and (picked from lists) the facts and clauses it rests
// on and the interests it touches.
#include "app/record_form_dialog.h"

namespace cg::app {

class ClaimDialog : public RecordFormDialog<domain::BlameClaim> {
public:
    using Items = std::vector<std::pair<domain::RecordNo, wxString>>;
    ClaimDialog(wxWindow* parent, const domain::BlameClaim& claim, const domain::CaseRecord& caseRecord);

private:
    domain::BlameClaim fromWindow() const override;
    void toWindow(const domain::BlameClaim& claim) override;

    Items m_factItems, m_clauseItems, m_interestItems;
    wxChoice* m_accuser;
    wxChoice* m_accused;
    wxChoice* m_basis;
    wxTextCtrl* m_allegation;
    wxTextCtrl* m_position;
    wxTextCtrl* m_amount;
    wxTextCtrl* m_currency;
    wxCheckListBox* m_facts;
    wxCheckListBox* m_clauses;
    wxCheckListBox* m_interests;
};

// Labels for the check lists, shared with the option dialog.
ClaimDialog::Items factItems(const domain::CaseRecord& record);
ClaimDialog::Items clauseItems(const domain::CaseRecord& record);
ClaimDialog::Items interestItems(const domain::CaseRecord& record);

}  // namespace cg::app
