#pragma once
// Add / Edit Loss (forms/loss_dialog.xrc): a cost a party bears, estimated
// low to high in one currency, and whether it counts as direct or
// consequential damages.
#include "app/record_form_dialog.h"

namespace cg::app {

class LossDialog : public RecordFormDialog<domain::LossItem> {
public:
    LossDialog(wxWindow* parent, const domain::LossItem& loss, const domain::CaseRecord& caseRecord);

private:
    domain::LossItem fromWindow() const override;
    void toWindow(const domain::LossItem& loss) override;

    wxChoice* m_party;
    wxChoice* m_category;
    wxTextCtrl* m_description;
    wxTextCtrl* m_low;
    wxTextCtrl* m_high;
    wxTextCtrl* m_currency;
    wxChoice* m_damages;
};

}  // namespace cg::app
