#include "app/option_dialog.h"

#include "app/enum_choice.h"
#include "app/record_pickers.h"

namespace cg::app {

OptionDialog::OptionDialog(wxWindow* parent, const domain::SettlementOption& option,
                           const domain::CaseRecord& caseRecord)
    : RecordFormDialog(parent, "OptionDialog", option, caseRecord),
      m_interestItems(interestItems(caseRecord)),
      m_kind(formControl<wxChoice>(this, "kind")),
      m_status(formControl<wxChoice>(this, "status")),
      m_description(formControl<wxTextCtrl>(this, "description")),
      m_amount(formControl<wxTextCtrl>(this, "amount")),
      m_currency(formControl<wxTextCtrl>(this, "currency")),
      m_payer(formControl<wxChoice>(this, "payer")),
      m_payee(formControl<wxChoice>(this, "payee")),
      m_interests(formControl<wxCheckListBox>(this, "interests")) {
    fillChoice<domain::OptionKind>(m_kind);
    fillChoice<domain::OptionStatus>(m_status);
    fillPartyChoice(m_payer, caseRecord.parties, true);
    fillPartyChoice(m_payee, caseRecord.parties, true);
    fitForm();
}

void OptionDialog::toWindow(const domain::SettlementOption& option) {
    selectChoice(m_kind, option.kind);
    selectChoice(m_status, option.status);
    m_description->ChangeValue(toWx(option.description));
    m_amount->ChangeValue(amountText(option.amount));
    m_currency->ChangeValue(toWx(option.amount ? option.amount->currency() : caseRecord().head.currency));
    selectParty(m_payer, caseRecord().parties, option.payerNo, true);
    selectParty(m_payee, caseRecord().parties, option.payeeNo, true);
    fillCheckList(m_interests, m_interestItems, option.interestNos);
}

domain::SettlementOption OptionDialog::fromWindow() const {
    domain::SettlementOption option = record();
    option.kind = choiceValue<domain::OptionKind>(m_kind);
    option.status = choiceValue<domain::OptionStatus>(m_status);
    option.description = fromWx(m_description->GetValue().Strip(wxString::both));
    option.amount = readMoney(m_amount->GetValue(), m_currency->GetValue());
    option.payerNo = chosenParty(m_payer, caseRecord().parties, true);
    option.payeeNo = chosenParty(m_payee, caseRecord().parties, true);
    option.interestNos = checkedNumbers(m_interests, m_interestItems);
    return option;
}

}  // namespace cg::app
