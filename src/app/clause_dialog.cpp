#include "app/clause_dialog.h"

#include "app/enum_choice.h"
#include "app/record_pickers.h"
#include "app/reference_catalogs.h"
#include "app/wx_text.h"
#include "domain/errors.h"

namespace cg::app {

ClauseDialog::ClauseDialog(wxWindow* parent, const domain::ContractClause& clause,
                           const domain::CaseRecord& caseRecord)
    : RecordFormDialog(parent, "ClauseDialog", clause, caseRecord),
      m_source(formControl<wxChoice>(this, "source")),
      m_document(formControl<wxTextCtrl>(this, "document_title")),
      m_section(formControl<wxTextCtrl>(this, "section")),
      m_kind(formControl<wxChoice>(this, "kind")),
      m_obligated(formControl<wxChoice>(this, "obligated_party")),
      m_controls(this, "covered_controls", "pick_controls", "covered_control_names",
                 referenceCatalogs().catalogs.controls, true),
      m_text(formControl<wxTextCtrl>(this, "text")),
      m_capPanel(formControl<wxPanel>(this, "cap_panel")),
      m_capBasis(formControl<wxChoice>(this, "cap_basis")),
      m_capAmount(formControl<wxTextCtrl>(this, "cap_amount")),
      m_capMonthlyFees(formControl<wxTextCtrl>(this, "cap_monthly_fees")),
      m_capCurrency(formControl<wxTextCtrl>(this, "cap_currency")),
      m_capLookback(formControl<wxSpinCtrl>(this, "cap_lookback_months")),
      m_capMultiplier(formControl<wxSpinCtrl>(this, "cap_multiplier_percent")),
      m_capCarveOuts(formControl<wxTextCtrl>(this, "cap_carve_outs")),
      m_capResult(formControl<wxStaticText>(this, "cap_result")) {
    fillChoice<domain::SourceDocument>(m_source);
    fillChoice<domain::ClauseKind>(m_kind);
    fillPartyChoice(m_obligated, caseRecord.parties, true);
    // The spin controls report through their own event, not wxEVT_TEXT.
    for (wxSpinCtrl* spin : {m_capLookback, m_capMultiplier})
        spin->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent& event) {
            recheck();
            showCapFields();
            event.Skip();
        });
    Bind(wxEVT_CHOICE, [this](wxCommandEvent& event) {
        showCapFields();
        event.Skip();
    });
    Bind(wxEVT_TEXT, [this](wxCommandEvent& event) {
        showCapFields();
        event.Skip();
    });
    fitForm();
}

void ClauseDialog::showCapFields() {
    const bool limitation = choiceValue<domain::ClauseKind>(m_kind) == domain::ClauseKind::LimitationOfLiability;
    const int basis = m_capBasis->GetSelection();
    m_capAmount->Enable(basis == 1);
    for (wxWindow* fees : std::initializer_list<wxWindow*>{m_capMonthlyFees, m_capLookback, m_capMultiplier})
        fees->Enable(basis == 2);
    m_capCurrency->Enable(basis != 0);
    m_capCarveOuts->Enable(basis != 0);
    wxString result;
    try {
        if (const auto cap = capFromWindow()) result = toWx(cap->amount().display());
    } catch (const std::exception&) {
        // The rule's message is shown under the fields by the inline check.
    }
    m_capResult->SetLabelText(result);
    if (m_capPanel->IsShown() != limitation) {
        m_capPanel->Show(limitation);
        GetSizer()->SetSizeHints(this);
        Layout();
    }
}

std::optional<domain::LiabilityCap> ClauseDialog::capFromWindow() const {
    if (choiceValue<domain::ClauseKind>(m_kind) != domain::ClauseKind::LimitationOfLiability) return std::nullopt;
    const int basis = m_capBasis->GetSelection();
    if (basis <= 0) return std::nullopt;
    domain::LiabilityCap cap = record().cap.value_or(domain::LiabilityCap{});
    const wxString currency = m_capCurrency->GetValue();
    if (basis == 1) {
        cap.basis = domain::CapBasis::FixedAmount;
        const auto amount = readMoney(m_capAmount->GetValue(), currency);
        if (!amount) throw domain::ValidationError(_("Enter the amount of the cap.").utf8_string());
        cap.fixedAmount = *amount;
    } else {
        cap.basis = domain::CapBasis::FeesLookback;
        const auto fees = readMoney(m_capMonthlyFees->GetValue(), currency);
        if (!fees) throw domain::ValidationError(_("Enter the monthly fees the cap is counted from.").utf8_string());
        cap.monthlyFees = *fees;
        cap.lookbackMonths = m_capLookback->GetValue();
        cap.multiplierPercent = m_capMultiplier->GetValue();
    }
    cap.carveOuts.clear();
    for (wxString carveOut : wxSplit(m_capCarveOuts->GetValue(), ';', '\0'))
        if (!carveOut.Trim(true).Trim(false).empty()) cap.carveOuts.push_back(fromWx(carveOut));
    return cap;
}

void ClauseDialog::toWindow(const domain::ContractClause& clause) {
    selectChoice(m_source, clause.source);
    m_document->ChangeValue(toWx(clause.documentTitle));
    m_section->ChangeValue(toWx(clause.section));
    selectChoice(m_kind, clause.kind);
    selectParty(m_obligated, caseRecord().parties, clause.obligatedPartyNo, true);
    m_controls.setKeys(clause.coveredControls);
    m_text->ChangeValue(toWx(clause.text));
    const auto& cap = clause.cap;
    m_capBasis->SetSelection(!cap ? 0 : cap->basis == domain::CapBasis::FixedAmount ? 1 : 2);
    if (cap) {
        const domain::Money& money = cap->basis == domain::CapBasis::FixedAmount ? cap->fixedAmount : cap->monthlyFees;
        if (cap->basis == domain::CapBasis::FixedAmount) m_capAmount->ChangeValue(toWx(cap->fixedAmount.amountText()));
        else m_capMonthlyFees->ChangeValue(toWx(cap->monthlyFees.amountText()));
        m_capCurrency->ChangeValue(toWx(money.currency()));
        m_capLookback->SetValue(cap->lookbackMonths);
        m_capMultiplier->SetValue(cap->multiplierPercent);
        wxString carveOuts;
        for (const auto& c : cap->carveOuts) carveOuts << (carveOuts.empty() ? "" : "; ") << toWx(c);
        m_capCarveOuts->ChangeValue(carveOuts);
    }
    showCapFields();
}

domain::ContractClause ClauseDialog::fromWindow() const {
    domain::ContractClause clause = record();
    clause.source = choiceValue<domain::SourceDocument>(m_source);
    clause.documentTitle = fromWx(m_document->GetValue().Strip(wxString::both));
    clause.section = fromWx(m_section->GetValue().Strip(wxString::both));
    clause.kind = choiceValue<domain::ClauseKind>(m_kind);
    clause.obligatedPartyNo = chosenParty(m_obligated, caseRecord().parties, true);
    clause.coveredControls = m_controls.keys();
    clause.text = fromWx(m_text->GetValue());
    clause.cap = capFromWindow();
    return clause;
}

}  // namespace cg::app
