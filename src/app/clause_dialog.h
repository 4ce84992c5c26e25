#pragma once
// Add / Edit Contract Clause (forms/clause_dialog.xrc): where the clause is,
// what kind it is, which party it obligates, which security controls it
// covers and its text. A liability cap already on the clause is kept.
#include "app/record_form_dialog.h"

namespace cg::app {

class ClauseDialog : public RecordFormDialog<domain::ContractClause> {
public:
    ClauseDialog(wxWindow* parent, const domain::ContractClause& clause, const domain::CaseRecord& caseRecord);

private:
    domain::ContractClause fromWindow() const override;
    void toWindow(const domain::ContractClause& clause) override;

    wxChoice* m_source;
    wxTextCtrl* m_document;
    wxTextCtrl* m_section;
    wxChoice* m_kind;
    wxChoice* m_obligated;
    wxTextCtrl* m_controls;
    wxTextCtrl* m_text;
};

}  // namespace cg::app
