#pragma once
// The Fee Arrangement dialog (forms/fee_arrangement_dialog.xrc): hourly rate
// or fixed fee, and each party's share in per cent. The running total is
// shown as the shares are typed, and OK stays disabled until the split adds
// up to exactly 100 % (domain::validate(FeeArrangement)).
#include <optional>
#include <vector>

#include <wx/dialog.h>

#include "domain/case_record.h"

class wxCheckBox;
class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace cg::app {

class FeeArrangementDialog : public wxDialog {
public:
    FeeArrangementDialog(wxWindow* parent, const domain::CaseRecord& record);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;
    const domain::FeeArrangement& fees() const { return m_fees; }

private:
    domain::FeeArrangement fromWindow() const;
    bool recheck();
    void showTotal();

    const domain::CaseRecord& m_record;
    domain::FeeArrangement m_fees;
    wxChoice* m_basis = nullptr;
    wxTextCtrl* m_amount = nullptr;
    wxStaticText* m_amountUnit = nullptr;
    wxCheckBox* m_equalSplit = nullptr;
    std::vector<wxTextCtrl*> m_shares;  // one per party, in the case's order
    wxStaticText* m_total = nullptr;
    wxStaticText* m_message = nullptr;
    wxWindow* m_ok = nullptr;
};

// Reads "33.33", "33,33 %" or "50" as basis points; nothing when it is not
// a percentage with at most two decimals.
std::optional<int> readPercent(const wxString& text);
// 3333 → "33.33", 5000 → "50".
wxString percentText(int basisPoints);

// Shows the dialog (through prompts()); the new arrangement, or nothing.
std::optional<domain::FeeArrangement> runFeeArrangementDialog(wxWindow* parent, const domain::CaseRecord& record);

}  // namespace cg::app
