#pragma once
// Add / Edit Contract Clause (forms/clause_dialog.xrc): where the clause is,
// what kind it is, which party it obligates, which security controls it
// covers and its text; for a limitation-of-liability clause, its cap (a fixed
// amount, or monthly fees × look-back months × multiplier, with carve-outs),
// checked by the domain's rules as it is typed.
#include <wx/panel.h>

#include "app/control_picker.h"
#include "app/record_form_dialog.h"

namespace cg::app {

class ClauseDialog : public RecordFormDialog<domain::ContractClause> {
public:
    ClauseDialog(wxWindow* parent, const domain::ContractClause& clause, const domain::CaseRecord& caseRecord);

private:
    domain::ContractClause fromWindow() const override;
    void toWindow(const domain::ContractClause& clause) override;
    std::optional<domain::LiabilityCap> capFromWindow() const;
    void showCapFields();

    wxChoice* m_source;
    wxTextCtrl* m_document;
    wxTextCtrl* m_section;
    wxChoice* m_kind;
    wxChoice* m_obligated;
    ControlPickerField m_controls;
    wxTextCtrl* m_text;
    wxPanel* m_capPanel;
    wxChoice* m_capBasis;  // no cap, fixed amount, fees look-back
    wxTextCtrl* m_capAmount;
    wxTextCtrl* m_capMonthlyFees;
    wxTextCtrl* m_capCurrency;
    wxSpinCtrl* m_capLookback;
    wxSpinCtrl* m_capMultiplier;
    wxTextCtrl* m_capCarveOuts;
    wxStaticText* m_capResult;
};

}  // namespace cg::app
