#pragma once
// Add / Edit Fact (forms/fact_dialog.xrc): a dated fact about the incident,
// when it occurred (or is estimated to have) and was discovered, the data it
// exposed, who asserts it and whether it is agreed.
#include "app/control_picker.h"
#include "app/record_form_dialog.h"

class wxDatePickerCtrl;

namespace cg::app {

class FactDialog : public RecordFormDialog<domain::BreachFact> {
public:
    FactDialog(wxWindow* parent, const domain::BreachFact& fact, const domain::CaseRecord& caseRecord);

private:
    domain::BreachFact fromWindow() const override;
    void toWindow(const domain::BreachFact& fact) override;

    wxChoice* m_category;
    wxTextCtrl* m_description;
    wxDatePickerCtrl* m_occurred;
    wxCheckBox* m_estimated;
    wxCheckBox* m_discoveredKnown;
    wxDatePickerCtrl* m_discovered;
    wxCheckListBox* m_dataTypes;
    wxTextCtrl* m_records;
    ControlPickerField m_failedControl;
    wxChoice* m_assertedBy;
    wxChoice* m_standing;
};

}  // namespace cg::app
