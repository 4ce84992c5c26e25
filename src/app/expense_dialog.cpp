#include "app/expense_dialog.h"

#include <wx/datectrl.h>

#include "app/record_pickers.h"
#include "app/wx_text.h"

namespace cg::app {

ExpenseDialog::ExpenseDialog(wxWindow* parent, const domain::Expense& expense, const domain::CaseRecord& caseRecord)
    : RecordFormDialog(parent, "ExpenseDialog", expense, caseRecord),
      m_incurredOn(formControl<wxDatePickerCtrl>(this, "incurred_on")),
      m_description(formControl<wxTextCtrl>(this, "description")),
      m_amount(formControl<wxTextCtrl>(this, "amount")),
      m_currency(formControl<wxTextCtrl>(this, "currency")),
      m_chargedTo(formControl<wxChoice>(this, "charged_to")) {
    fillPartyChoice(m_chargedTo, caseRecord.parties, true);
    // "(none)" here means shared, which is what the user needs to read.
    m_chargedTo->SetString(0, _("(shared like the fees)"));
    fitForm();
}

void ExpenseDialog::toWindow(const domain::Expense& expense) {
    const bool blank = expense.no == 0 && expense.amount.isZero();
    m_incurredOn->SetValue(toDateTime(blank ? domain::Date::today() : expense.incurredOn));
    m_description->ChangeValue(toWx(expense.description));
    m_amount->ChangeValue(blank ? wxString() : toWx(expense.amount.amountText()));
    m_currency->ChangeValue(toWx(blank ? caseRecord().head.currency : expense.amount.currency()));
    selectParty(m_chargedTo, caseRecord().parties, expense.chargedToPartyNo, true);
}

domain::Expense ExpenseDialog::fromWindow() const {
    domain::Expense expense = record();
    expense.incurredOn = fromDateTime(m_incurredOn->GetValue());
    expense.description = fromWx(m_description->GetValue().Strip(wxString::both));
    const auto amount = readMoney(m_amount->GetValue(), m_currency->GetValue());
    if (!amount) throw domain::ValidationError(_("Give the amount spent.").utf8_string());
    expense.amount = *amount;
    expense.chargedToPartyNo = chosenParty(m_chargedTo, caseRecord().parties, true);
    return expense;
}

}  // namespace cg::app
