#include "app/clause_dialog.h"

#include "app/enum_choice.h"
#include "app/record_pickers.h"

namespace cg::app {

ClauseDialog::ClauseDialog(wxWindow* parent, const domain::ContractClause& clause,
                           const domain::CaseRecord& caseRecord)
    : RecordFormDialog(parent, "ClauseDialog", clause, caseRecord),
      m_source(formControl<wxChoice>(this, "source")),
      m_document(formControl<wxTextCtrl>(this, "document_title")),
      m_section(formControl<wxTextCtrl>(this, "section")),
      m_kind(formControl<wxChoice>(this, "kind")),
      m_obligated(formControl<wxChoice>(this, "obligated_party")),
      m_controls(formControl<wxTextCtrl>(this, "covered_controls")),
      m_text(formControl<wxTextCtrl>(this, "text")) {
    fillChoice<domain::SourceDocument>(m_source);
    fillChoice<domain::ClauseKind>(m_kind);
    fillPartyChoice(m_obligated, caseRecord.parties, true);
    fitForm();
}

void ClauseDialog::toWindow(const domain::ContractClause& clause) {
    selectChoice(m_source, clause.source);
    m_document->ChangeValue(toWx(clause.documentTitle));
    m_section->ChangeValue(toWx(clause.section));
    selectChoice(m_kind, clause.kind);
    selectParty(m_obligated, caseRecord().parties, clause.obligatedPartyNo, true);
    wxString controls;
    for (const auto& c : clause.coveredControls) controls << (controls.empty() ? "" : "; ") << toWx(c);
    m_controls->ChangeValue(controls);
    m_text->ChangeValue(toWx(clause.text));
}

domain::ContractClause ClauseDialog::fromWindow() const {
    domain::ContractClause clause = record();
    clause.source = choiceValue<domain::SourceDocument>(m_source);
    clause.documentTitle = fromWx(m_document->GetValue().Strip(wxString::both));
    clause.section = fromWx(m_section->GetValue().Strip(wxString::both));
    clause.kind = choiceValue<domain::ClauseKind>(m_kind);
    clause.obligatedPartyNo = chosenParty(m_obligated, caseRecord().parties, true);
    // Controls are framework references ("CIS 6.3; NIST PR.AA"), separated by semicolons.
    clause.coveredControls.clear();
    for (wxString control : wxSplit(m_controls->GetValue(), ';', '\0'))
        if (!control.Trim(true).Trim(false).empty()) clause.coveredControls.push_back(fromWx(control));
    clause.text = fromWx(m_text->GetValue());
    return clause;
}

}  // namespace cg::app
