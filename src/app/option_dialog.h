#pragma once
// Add / Edit Settlement Option (forms/option_dialog.xrc): a possible term, its
// amount, who pays whom, its status, and (picked) the interests it satisfies.
#include "app/claim_dialog.h"

namespace cg::app {

class OptionDialog : public RecordFormDialog<domain::SettlementOption> {
public:
    OptionDialog(wxWindow* parent, const domain::SettlementOption& option, const domain::CaseRecord& caseRecord);

private:
    domain::SettlementOption fromWindow() const override;
    void toWindow(const domain::SettlementOption& option) override;

    ClaimDialog::Items m_interestItems;
    wxChoice* m_kind;
    wxChoice* m_status;
    wxTextCtrl* m_description;
    wxTextCtrl* m_amount;
    wxTextCtrl* m_currency;
    wxChoice* m_payer;
    wxChoice* m_payee;
    wxCheckListBox* m_interests;
};

}  // namespace cg::app
