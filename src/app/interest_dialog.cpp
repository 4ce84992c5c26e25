#include "app/interest_dialog.h"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/enum_choice.h"
#include "app/inline_check.h"
#include "app/prompts.h"
#include "domain/validation.h"

namespace cg::app {

InterestDialog::InterestDialog(wxWindow* parent, const domain::Interest& interest,
                               const std::vector<domain::Party>& parties)
    : m_interest(interest), m_parties(parties) {
    wxXmlResource::Get()->LoadDialog(this, parent, "InterestDialog");
    SetTitle(interest.no ? wxString::Format(_("Interest %lld"), static_cast<long long>(interest.no))
                         : _("New interest"));
    m_party = formControl<wxChoice>(this, "party");
    m_category = formControl<wxChoice>(this, "category");
    m_priority = formControl<wxSpinCtrl>(this, "priority");
    m_visibility = formControl<wxChoice>(this, "visibility");
    m_description = formControl<wxTextCtrl>(this, "description");
    m_message = formControl<wxStaticText>(this, "message");
    m_ok = formControl<wxWindow>(this, "wxID_OK");

    for (const domain::Party& p : m_parties)
        m_party->Append(wxString::Format("%lld  %s", static_cast<long long>(p.no), toWx(p.name)));
    fillChoice<domain::InterestCategory>(m_category);
    fillChoice<domain::Visibility>(m_visibility);
    m_priority->SetRange(domain::Interest::kHighestPriority, domain::Interest::kLowestPriority);

    m_description->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { recheck(); });
    m_priority->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent&) { recheck(); });
    for (wxChoice* choice : {m_party, m_category, m_visibility})
        choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { recheck(); });
    GetSizer()->SetSizeHints(this);
}

bool InterestDialog::TransferDataToWindow() {
    m_party->SetSelection(wxNOT_FOUND);
    for (std::size_t i = 0; i < m_parties.size(); ++i)
        if (m_parties[i].no == m_interest.partyNo) m_party->SetSelection(static_cast<int>(i));
    selectChoice(m_category, m_interest.category);
    m_priority->SetValue(m_interest.priority);
    selectChoice(m_visibility, m_interest.visibility);
    m_description->ChangeValue(toWx(m_interest.description));
    recheck();
    return true;
}

bool InterestDialog::TransferDataFromWindow() {
    if (!recheck()) return false;
    m_interest = fromWindow();
    return true;
}

domain::Interest InterestDialog::fromWindow() const {
    domain::Interest i = m_interest;
    const int party = m_party->GetSelection();
    i.partyNo = party >= 0 && party < static_cast<int>(m_parties.size()) ? m_parties[party].no : 0;
    i.category = choiceValue<domain::InterestCategory>(m_category);
    i.priority = m_priority->GetValue();
    i.visibility = choiceValue<domain::Visibility>(m_visibility);
    i.description = fromWx(m_description->GetValue().Strip(wxString::both));
    return i;
}

bool InterestDialog::recheck() {
    return checkInline(m_ok, m_message, [this] {
        domain::Interest i = fromWindow();
        if (i.partyNo == 0) throw domain::ValidationError(_("Choose whose interest this is.").utf8_string());
        if (i.no == 0) i.no = 1;  // the store numbers a new interest; the rules want a number
        domain::RecordIndex index;
        for (const domain::Party& p : m_parties) index.parties.insert(p.no);
        domain::validate(i, index);
    });
}

std::optional<domain::Interest> runInterestDialog(wxWindow* parent, const domain::Interest& initial,
                                                  const domain::CaseRecord& record) {
    InterestDialog dialog(parent, initial, record.parties);
    if (prompts().showModal(dialog) != wxID_OK) return std::nullopt;
    return dialog.interest();
}

}  // namespace cg::app
