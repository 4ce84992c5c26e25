#include "app/handout_dialog.h"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/inline_check.h"
#include "app/wx_text.h"

namespace cg::app {

HandoutDialog::HandoutDialog(wxWindow* parent, const domain::CaseRecord& record, bool offerMediator) {
    wxXmlResource::Get()->LoadDialog(this, parent, "HandoutDialog");
    m_choice = formControl<wxChoice>(this, "audience");
    m_passwordText = formControl<wxTextCtrl>(this, "password");
    m_offered.push_back(domain::Audience::allParties());
    m_choice->Append(_("All parties"));
    for (const auto& party : record.parties) {
        m_offered.push_back(domain::Audience::party(party.no));
        m_choice->Append(wxString::Format(_("%s only"), toWx(party.name)));
    }
    if (offerMediator) {
        m_offered.push_back(domain::Audience::mediator());
        m_choice->Append(_("The mediator (confidential working copy)"));
    }
    m_choice->SetSelection(0);
    GetSizer()->SetSizeHints(this);
}

bool HandoutDialog::TransferDataFromWindow() {
    const int at = m_choice->GetSelection();
    if (at == wxNOT_FOUND) return false;
    m_audience = m_offered[static_cast<std::size_t>(at)];
    const wxString password = m_passwordText->GetValue();
    m_password = password.empty() ? std::nullopt : std::optional(fromWx(password));
    return true;
}

}  // namespace cg::app
