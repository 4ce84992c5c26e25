#pragma once
// Add / Edit Offer (forms/offer_dialog.xrc): who offers what to whom, when,
// in which session, and which earlier offer it answers (a counter-offer).
#include "app/record_form_dialog.h"

class wxDatePickerCtrl;

namespace cg::app {

class OfferDialog : public RecordFormDialog<domain::Offer> {
public:
    OfferDialog(wxWindow* parent, const domain::Offer& offer, const domain::CaseRecord& caseRecord);

private:
    domain::Offer fromWindow() const override;
    void toWindow(const domain::Offer& offer) override;

    wxChoice* m_from;
    wxChoice* m_to;
    wxDatePickerCtrl* m_madeOn;
    wxTextCtrl* m_madeAt;
    wxChoice* m_session;
    wxChoice* m_respondsTo;
    wxTextCtrl* m_amount;
    wxTextCtrl* m_currency;
    wxChoice* m_status;
    wxTextCtrl* m_terms;
};

}  // namespace cg::app
