#include "app/party_dialog.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/enum_choice.h"
#include "app/inline_check.h"
#include "app/prompts.h"
#include "app/record_pickers.h"
#include "domain/validation.h"

namespace cg::app {

PartyDialog::PartyDialog(wxWindow* parent, const domain::Party& party) : m_party(party) {
    wxXmlResource::Get()->LoadDialog(this, parent, "PartyDialog");
    SetTitle(party.no ? wxString::Format(_("Party %lld"), static_cast<long long>(party.no)) : _("New party"));
    m_name = formControl<wxTextCtrl>(this, "name");
    m_kind = formControl<wxChoice>(this, "kind");
    m_role = formControl<wxChoice>(this, "role");
    m_sector = formControl<wxTextCtrl>(this, "sector");
    m_representative = formControl<wxTextCtrl>(this, "representative");
    m_counsel = formControl<wxTextCtrl>(this, "counsel");
    m_signatoryName = formControl<wxTextCtrl>(this, "signatory_name");
    m_signatoryTitle = formControl<wxTextCtrl>(this, "signatory_title");
    m_address = formControl<wxTextCtrl>(this, "address");
    m_agreementSigned = formControl<wxCheckBox>(this, "agreement_signed");
    m_agreementSignedOn = formControl<wxDatePickerCtrl>(this, "agreement_signed_on");
    m_message = formControl<wxStaticText>(this, "message");
    m_ok = formControl<wxWindow>(this, "wxID_OK");
    fillChoice<domain::PartyKind>(m_kind);
    fillChoice<domain::PartyRole>(m_role);

    for (wxTextCtrl* text : {m_name, m_sector, m_representative, m_counsel, m_signatoryName, m_signatoryTitle, m_address})
        text->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { recheck(); });
    for (wxChoice* choice : {m_kind, m_role}) choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { recheck(); });
    m_agreementSigned->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
        m_agreementSignedOn->Enable(m_agreementSigned->GetValue());
        recheck();
    });
    m_agreementSignedOn->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { recheck(); });
    m_name->SetFocus();
    GetSizer()->SetSizeHints(this);
}

bool PartyDialog::TransferDataToWindow() {
    m_name->ChangeValue(toWx(m_party.name));
    selectChoice(m_kind, m_party.kind);
    selectChoice(m_role, m_party.role);
    m_sector->ChangeValue(toWx(m_party.sector));
    m_representative->ChangeValue(toWx(m_party.representative));
    m_counsel->ChangeValue(toWx(m_party.counsel));
    m_signatoryName->ChangeValue(toWx(m_party.signatoryName));
    m_signatoryTitle->ChangeValue(toWx(m_party.signatoryTitle));
    m_address->ChangeValue(toWx(m_party.address));
    m_agreementSigned->SetValue(m_party.agreementSignedOn.has_value());
    m_agreementSignedOn->SetValue(toDateTime(m_party.agreementSignedOn.value_or(domain::Date::today())));
    m_agreementSignedOn->Enable(m_party.agreementSignedOn.has_value());
    recheck();
    return true;
}

bool PartyDialog::TransferDataFromWindow() {
    if (!recheck()) return false;
    m_party = fromWindow();
    return true;
}

domain::Party PartyDialog::fromWindow() const {
    domain::Party p = m_party;
    p.name = fromWx(m_name->GetValue().Strip(wxString::both));
    p.kind = choiceValue<domain::PartyKind>(m_kind);
    p.role = choiceValue<domain::PartyRole>(m_role);
    p.sector = fromWx(m_sector->GetValue().Strip(wxString::both));
    p.representative = fromWx(m_representative->GetValue().Strip(wxString::both));
    p.counsel = fromWx(m_counsel->GetValue().Strip(wxString::both));
    p.signatoryName = fromWx(m_signatoryName->GetValue().Strip(wxString::both));
    p.signatoryTitle = fromWx(m_signatoryTitle->GetValue().Strip(wxString::both));
    p.address = fromWx(m_address->GetValue().Strip(wxString::both));
    p.agreementSignedOn = m_agreementSigned->GetValue()
                              ? std::optional<domain::Date>(fromDateTime(m_agreementSignedOn->GetValue()))
                              : std::nullopt;
    return p;
}

bool PartyDialog::recheck() {
    return checkInline(m_ok, m_message, [this] {
        domain::Party p = fromWindow();
        if (p.no == 0) p.no = 1;  // the store numbers a new party; the rules want a number
        domain::validate(p);
    });
}

std::optional<domain::Party> runPartyDialog(wxWindow* parent, const domain::Party& initial,
                                            const domain::CaseRecord&) {
    PartyDialog dialog(parent, initial);
    if (prompts().showModal(dialog) != wxID_OK) return std::nullopt;
    return dialog.party();
}

}  // namespace cg::app
