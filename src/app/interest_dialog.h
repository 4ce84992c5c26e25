#pragma once
// The Add / Edit Interest dialog (forms/interest_dialog.xrc): whose interest,
// its category, priority and visibility, and what the party needs. The party
// is picked from the case's parties, never typed.
#include <optional>

#include <wx/dialog.h>

#include "domain/case_record.h"

class wxChoice;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;

namespace cg::app {

class InterestDialog : public wxDialog {
public:
    InterestDialog(wxWindow* parent, const domain::Interest& interest, const std::vector<domain::Party>& parties);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;
    const domain::Interest& interest() const { return m_interest; }

private:
    domain::Interest fromWindow() const;
    bool recheck();

    domain::Interest m_interest;
    std::vector<domain::Party> m_parties;
    wxChoice* m_party = nullptr;
    wxChoice* m_category = nullptr;
    wxSpinCtrl* m_priority = nullptr;
    wxChoice* m_visibility = nullptr;
    wxTextCtrl* m_description = nullptr;
    wxStaticText* m_message = nullptr;
    wxWindow* m_ok = nullptr;
};

std::optional<domain::Interest> runInterestDialog(wxWindow* parent, const domain::Interest& initial,
                                                  const domain::CaseRecord& record);

}  // namespace cg::app
