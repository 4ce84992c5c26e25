#pragma once
// Add / Edit Expense (forms/expense_dialog.xrc): money spent for the case,
// split between the parties like the fees unless charged to one of them.
#include "app/record_form_dialog.h"

class wxDatePickerCtrl;

namespace cg::app {

class ExpenseDialog : public RecordFormDialog<domain::Expense> {
public:
    ExpenseDialog(wxWindow* parent, const domain::Expense& expense, const domain::CaseRecord& caseRecord);

private:
    domain::Expense fromWindow() const override;
    void toWindow(const domain::Expense& expense) override;

    wxDatePickerCtrl* m_incurredOn;
    wxTextCtrl* m_description;
    wxTextCtrl* m_amount;
    wxTextCtrl* m_currency;
    wxChoice* m_chargedTo;
};

}  // namespace cg::app
