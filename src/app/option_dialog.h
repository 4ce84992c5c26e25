#pragma once
// Add / Edit Settlement Option (forms/option_dialog.xrc): a possible term, its
// amount, who pays whom, its status, (picked) the interests it satisfies,
// when it is due and, for a payment in parts, its instalments. The domain's
// rule that instalments add up to the amount is checked as the list changes.
#include <vector>

#include "app/claim_dialog.h"

class wxDatePickerCtrl;
class wxListCtrl;

namespace cg::app {

class OptionDialog : public RecordFormDialog<domain::SettlementOption> {
public:
    OptionDialog(wxWindow* parent, const domain::SettlementOption& option, const domain::CaseRecord& caseRecord);

private:
    // An instalment as typed: the amount is read in the term's currency when
    // the form is checked, so changing the currency re-reads every line.
    struct InstalmentLine {
        domain::Date dueOn;
        wxString amount;
    };

    domain::SettlementOption fromWindow() const override;
    void toWindow(const domain::SettlementOption& option) override;
    void addInstalment();
    void removeInstalment();
    void showInstalments();

    ClaimDialog::Items m_interestItems;
    std::vector<InstalmentLine> m_instalmentLines;
    wxChoice* m_kind;
    wxChoice* m_status;
    wxTextCtrl* m_description;
    wxTextCtrl* m_amount;
    wxTextCtrl* m_currency;
    wxChoice* m_payer;
    wxChoice* m_payee;
    wxCheckListBox* m_interests;
    wxCheckBox* m_dueKnown;
    wxDatePickerCtrl* m_dueOn;
    wxListCtrl* m_instalments;
    wxDatePickerCtrl* m_instalmentDue;
    wxTextCtrl* m_instalmentAmount;
};

}  // namespace cg::app
