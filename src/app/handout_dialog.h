#pragma once
// The interest-map handout's questions (forms/handout_dialog.xrc): whom it is
// for and an optional PDF password. While the screen is shown to the parties
// the mediator's own copy is not offered: its confidential interests would
// be listed for everyone watching to read.
#include <optional>
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "domain/common_ground/audience.h"

class wxChoice;
class wxTextCtrl;

namespace cg::app {

class HandoutDialog : public wxDialog {
public:
    HandoutDialog(wxWindow* parent, const domain::CaseRecord& record, bool offerMediator);

    bool TransferDataFromWindow() override;
    const domain::Audience& audience() const { return m_audience; }
    const std::optional<std::string>& password() const { return m_password; }
    // The audiences in choice order (tests read what is offered).
    const std::vector<domain::Audience>& offered() const { return m_offered; }

private:
    std::vector<domain::Audience> m_offered;
    domain::Audience m_audience = domain::Audience::allParties();
    std::optional<std::string> m_password;
    wxChoice* m_choice = nullptr;
    wxTextCtrl* m_passwordText = nullptr;
};

}  // namespace cg::app
