#include "app/inline_check.h"

#include <wx/stattext.h>

#include "app/wx_text.h"
#include "domain/errors.h"

namespace cg::app {

bool checkInline(wxWindow* okButton, wxStaticText* message, const std::function<void()>& check) {
    wxString problem;
    try {
        check();
    } catch (const domain::Error& e) {
        problem = toWx(e.what());
        const int colon = problem.Find(": ");
        if (colon != wxNOT_FOUND && colon < 40) problem = problem.Mid(colon + 2);
        if (!problem.empty()) problem[0] = wxToupper(problem[0]);
    }
    if (message->GetLabelText() != problem) {
        message->SetLabelText(problem);
        message->GetParent()->Layout();
    }
    okButton->Enable(problem.empty());
    return problem.empty();
}

}  // namespace cg::app
