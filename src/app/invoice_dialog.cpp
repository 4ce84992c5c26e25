#include "app/invoice_dialog.h"

#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "app/inline_check.h"
#include "app/record_pickers.h"
#include "app/wx_text.h"

namespace cg::app {

InvoiceDialog::InvoiceDialog(wxWindow* parent, const domain::CaseRecord& record,
                             std::vector<domain::RecordNo> payers)
    : m_payers(std::move(payers)) {
    wxXmlResource::Get()->LoadDialog(this, parent, "InvoiceDialog");
    SetTitle(wxString::Format(_("Invoice for case %s"), toWx(record.head.reference)));
    m_party = formControl<wxChoice>(this, "party");
    m_issuedOnPicker = formControl<wxDatePickerCtrl>(this, "issued_on");
    for (domain::RecordNo no : m_payers) {
        const domain::Party* party = record.findParty(no);
        m_party->Append(wxString::Format("%lld  %s", static_cast<long long>(no), party ? toWx(party->name) : wxString()));
    }
    if (!m_payers.empty()) m_party->SetSelection(0);
    m_issuedOnPicker->SetValue(toDateTime(domain::Date::today()));
    formControl<wxWindow>(this, "wxID_OK")->Enable(!m_payers.empty());
    GetSizer()->SetSizeHints(this);
}

bool InvoiceDialog::TransferDataFromWindow() {
    const int at = m_party->GetSelection();
    if (at < 0 || at >= static_cast<int>(m_payers.size())) return false;
    m_partyNo = m_payers[static_cast<std::size_t>(at)];
    m_issuedOn = fromDateTime(m_issuedOnPicker->GetValue());
    return true;
}

}  // namespace cg::app
