#pragma once
// Add / Edit Payment (forms/payment_dialog.xrc): money a party paid towards
// the mediator's invoice.
#include "app/record_form_dialog.h"

class wxDatePickerCtrl;

namespace cg::app {

class PaymentDialog : public RecordFormDialog<domain::Payment> {
public:
    PaymentDialog(wxWindow* parent, const domain::Payment& payment, const domain::CaseRecord& caseRecord);

private:
    domain::Payment fromWindow() const override;
    void toWindow(const domain::Payment& payment) override;

    wxChoice* m_party;
    wxDatePickerCtrl* m_receivedOn;
    wxTextCtrl* m_amount;
    wxTextCtrl* m_currency;
    wxTextCtrl* m_reference;
};

}  // namespace cg::app
