#pragma once
// The New Case / Case Details dialog (forms/case_dialog.xrc): the head of a
// case. The reference can only be chosen for a new case. Closing a case
// records its closing date and outcome (settled in full or in part, impasse,
// withdrawn), which the practice report counts.
#include <optional>

#include <wx/dialog.h>

#include "domain/case.h"

class wxCheckBox;
class wxChoice;
class wxDatePickerCtrl;
class wxStaticText;
class wxTextCtrl;

namespace cg::app {

class CaseDialog : public wxDialog {
public:
    CaseDialog(wxWindow* parent, const domain::Case& head, bool isNew);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;
    const domain::Case& head() const { return m_head; }

private:
    domain::Case fromWindow() const;
    bool recheck();

    domain::Case m_head;
    bool m_isNew;
    wxTextCtrl* m_reference = nullptr;
    wxTextCtrl* m_title = nullptr;
    wxChoice* m_status = nullptr;
    wxTextCtrl* m_mediator = nullptr;
    wxTextCtrl* m_governingLaw = nullptr;
    wxTextCtrl* m_jurisdiction = nullptr;
    wxTextCtrl* m_currency = nullptr;
    wxDatePickerCtrl* m_openedOn = nullptr;
    wxCheckBox* m_closed = nullptr;
    wxDatePickerCtrl* m_closedOn = nullptr;
    wxChoice* m_outcome = nullptr;
    wxTextCtrl* m_summary = nullptr;
    wxStaticText* m_message = nullptr;
    wxWindow* m_ok = nullptr;
};

std::optional<domain::Case> runCaseDialog(wxWindow* parent, const domain::Case& initial, bool isNew);

}  // namespace cg::app
