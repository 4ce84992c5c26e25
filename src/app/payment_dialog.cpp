#include "app/payment_dialog.h"

#include <wx/datectrl.h>

#include "app/record_pickers.h"
#include "app/wx_text.h"

namespace cg::app {

PaymentDialog::PaymentDialog(wxWindow* parent, const domain::Payment& payment, const domain::CaseRecord& caseRecord)
    : RecordFormDialog(parent, "PaymentDialog", payment, caseRecord),
      m_party(formControl<wxChoice>(this, "party")),
      m_receivedOn(formControl<wxDatePickerCtrl>(this, "received_on")),
      m_amount(formControl<wxTextCtrl>(this, "amount")),
      m_currency(formControl<wxTextCtrl>(this, "currency")),
      m_reference(formControl<wxTextCtrl>(this, "reference")) {
    fillPartyChoice(m_party, caseRecord.parties, false);
    fitForm();
}

void PaymentDialog::toWindow(const domain::Payment& payment) {
    const bool blank = payment.no == 0 && payment.amount.isZero();
    selectParty(m_party, caseRecord().parties, payment.partyNo ? domain::OptionalNo(payment.partyNo) : std::nullopt,
                false);
    m_receivedOn->SetValue(toDateTime(blank ? domain::Date::today() : payment.receivedOn));
    m_amount->ChangeValue(blank ? wxString() : toWx(payment.amount.amountText()));
    m_currency->ChangeValue(toWx(blank ? caseRecord().head.currency : payment.amount.currency()));
    m_reference->ChangeValue(toWx(payment.reference));
}

domain::Payment PaymentDialog::fromWindow() const {
    domain::Payment payment = record();
    const domain::OptionalNo party = chosenParty(m_party, caseRecord().parties, false);
    if (!party) throw domain::ValidationError(_("Choose which party paid.").utf8_string());
    payment.partyNo = *party;
    payment.receivedOn = fromDateTime(m_receivedOn->GetValue());
    const auto amount = readMoney(m_amount->GetValue(), m_currency->GetValue());
    if (!amount) throw domain::ValidationError(_("Give the amount received.").utf8_string());
    payment.amount = *amount;
    payment.reference = fromWx(m_reference->GetValue().Strip(wxString::both));
    return payment;
}

}  // namespace cg::app
