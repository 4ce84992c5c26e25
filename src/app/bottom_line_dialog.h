#pragma once
// Add / Edit Bottom line (forms/bottom_line_dialog.xrc): what a party told
// the mediator in caucus it will pay at most or accept at least, on which
// day, in which caucus, and on what conditions. Only the mediator ever sees
// it; the Bottom lines section is empty while the screen is shared.
#include "app/record_form_dialog.h"

class wxDatePickerCtrl;

namespace cg::app {

class BottomLineDialog : public RecordFormDialog<domain::BottomLine> {
public:
    BottomLineDialog(wxWindow* parent, const domain::BottomLine& bottomLine, const domain::CaseRecord& caseRecord);

private:
    domain::BottomLine fromWindow() const override;
    void toWindow(const domain::BottomLine& bottomLine) override;

    wxChoice* m_party;
    wxChoice* m_stance;
    wxTextCtrl* m_amount;
    wxTextCtrl* m_currency;
    wxDatePickerCtrl* m_givenOn;
    wxChoice* m_session;
    wxTextCtrl* m_note;
    std::vector<domain::RecordNo> m_sessionNos;  // by choice position after "(none)"
};

}  // namespace cg::app
