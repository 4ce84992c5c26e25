#pragma once
// Add / Edit Alternative (forms/alternative_dialog.xrc): a party's best or
// worst alternative to a negotiated agreement (BATNA / WATNA), what it is
// worth to the party, how likely, and who may see it (never everyone).
#include "app/record_form_dialog.h"

namespace cg::app {

class AlternativeDialog : public RecordFormDialog<domain::Alternative> {
public:
    AlternativeDialog(wxWindow* parent, const domain::Alternative& alternative, const domain::CaseRecord& caseRecord);

private:
    domain::Alternative fromWindow() const override;
    void toWindow(const domain::Alternative& alternative) override;

    wxChoice* m_party;
    wxChoice* m_kind;
    wxTextCtrl* m_description;
    wxTextCtrl* m_value;
    wxTextCtrl* m_currency;
    wxSpinCtrl* m_likelihood;
    wxChoice* m_visibility;
};

}  // namespace cg::app
