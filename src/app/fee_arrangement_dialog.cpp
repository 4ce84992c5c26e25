#include "app/fee_arrangement_dialog.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/enum_choice.h"
#include "app/inline_check.h"
#include "app/prompts.h"
#include "app/record_pickers.h"
#include "domain/practice/fees.h"
#include "domain/practice/share_text.h"
#include "domain/validation.h"

namespace cg::app {

std::optional<int> readPercent(const wxString& text) {
    // People type "33,33" and "60 %" too.
    wxString value = text.Strip(wxString::both);
    if (value.EndsWith("%")) value = value.Left(value.length() - 1).Strip(wxString::trailing);
    value.Replace(",", ".");
    std::string problem;
    return domain::practice::parsePercent(fromWx(value), problem);
}

wxString percentText(int basisPoints) { return toWx(domain::practice::percentNumber(basisPoints)); }

FeeArrangementDialog::FeeArrangementDialog(wxWindow* parent, const domain::CaseRecord& record)
    : m_record(record), m_fees(record.head.fees) {
    wxXmlResource::Get()->LoadDialog(this, parent, "FeeArrangementDialog");
    SetTitle(wxString::Format(_("Fee arrangement for %s"), toWx(record.head.reference)));
    m_basis = formControl<wxChoice>(this, "basis");
    m_amount = formControl<wxTextCtrl>(this, "amount");
    m_amountUnit = formControl<wxStaticText>(this, "amount_unit");
    m_equalSplit = formControl<wxCheckBox>(this, "equal_split");
    m_total = formControl<wxStaticText>(this, "total");
    m_message = formControl<wxStaticText>(this, "message");
    m_ok = formControl<wxWindow>(this, "wxID_OK");
    fillChoice<domain::FeeBasis>(m_basis);

    auto* shares = formControl<wxPanel>(this, "shares");
    wxSizer* grid = shares->GetSizer();
    for (const domain::Party& party : record.parties) {
        grid->Add(new wxStaticText(shares, wxID_ANY, wxString::Format("%lld  %s", static_cast<long long>(party.no),
                                                                      toWx(party.name))),
                  0, wxALIGN_CENTER_VERTICAL);
        // Named like a form's control ("share_2"), so scripts and tests find it as one.
        const wxString name = wxString::Format("share_%lld", static_cast<long long>(party.no));
        auto* share = new wxTextCtrl(shares, wxXmlResource::GetXRCID(name), {}, wxDefaultPosition,
                                     FromDIP(wxSize(80, -1)), 0, wxDefaultValidator, name);
        grid->Add(share, 0, wxALIGN_CENTER_VERTICAL);
        grid->Add(new wxStaticText(shares, wxID_ANY, "%"), 0, wxALIGN_CENTER_VERTICAL);
        share->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { recheck(); });
        m_shares.push_back(share);
    }
    if (record.parties.empty())
        grid->Add(new wxStaticText(shares, wxID_ANY, _("Add the parties first; the fees are split between them.")));

    m_amount->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { recheck(); });
    m_basis->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { recheck(); });
    // The fields show the equal split while it applies; an own split starts
    // from it, so it adds up until the mediator changes it.
    m_equalSplit->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { recheck(); });
    GetSizer()->SetSizeHints(this);
}

bool FeeArrangementDialog::TransferDataToWindow() {
    selectChoice(m_basis, m_fees.basis);
    const domain::Money& amount = m_fees.basis == domain::FeeBasis::Hourly ? m_fees.hourlyRate : m_fees.fixedFee;
    m_amount->ChangeValue(amount.isZero() ? wxString() : toWx(amount.amountText()));
    m_equalSplit->SetValue(m_fees.shares.empty());
    for (std::size_t i = 0; i < m_shares.size(); ++i)
        for (const auto& share : m_fees.shares)
            if (share.partyNo == m_record.parties[i].no) m_shares[i]->ChangeValue(percentText(share.basisPoints));
    recheck();
    return true;
}

bool FeeArrangementDialog::TransferDataFromWindow() {
    if (!recheck()) return false;
    m_fees = fromWindow();
    return true;
}

domain::FeeArrangement FeeArrangementDialog::fromWindow() const {
    domain::FeeArrangement fees = m_fees;
    fees.basis = choiceValue<domain::FeeBasis>(m_basis);
    const auto amount = readMoney(m_amount->GetValue(), toWx(m_record.head.currency));
    const domain::Money value = amount ? *amount : domain::Money(0, m_record.head.currency);
    if (fees.basis == domain::FeeBasis::Hourly) fees.hourlyRate = value;
    else fees.fixedFee = value;
    fees.shares.clear();
    if (m_equalSplit->GetValue()) return fees;
    for (std::size_t i = 0; i < m_shares.size(); ++i) {
        const wxString text = m_shares[i]->GetValue().Strip(wxString::both);
        if (text.empty()) continue;  // pays no part
        const auto points = readPercent(text);
        if (!points)
            throw domain::ValidationError(
                wxString::Format(_(L"%s\u2019s share \u201c%s\u201d is not a percentage such as 50 or 33.33."),
                                 toWx(m_record.parties[i].name), text)
                    .utf8_string());
        fees.shares.push_back({m_record.parties[i].no, *points});
    }
    return fees;
}

void FeeArrangementDialog::showTotal() {
    const bool own = !m_equalSplit->GetValue();
    for (wxTextCtrl* share : m_shares) share->Enable(own);
    const bool hourly = choiceValue<domain::FeeBasis>(m_basis) == domain::FeeBasis::Hourly;
    m_amountUnit->SetLabelText(wxString::Format(hourly ? _("%s per hour") : _("%s for the whole mediation"),
                                                toWx(m_record.head.currency)));
    if (!own) {
        domain::CaseRecord equal = m_record;
        equal.head.fees.shares.clear();
        const auto split = domain::practice::effectiveShares(equal);
        for (std::size_t i = 0; i < m_shares.size(); ++i) {
            wxString text;
            for (const auto& share : split)
                if (share.partyNo == m_record.parties[i].no) text = percentText(share.basisPoints);
            m_shares[i]->ChangeValue(text);
        }
        m_total->SetLabelText(_("Equal shares between the claimants and the respondents."));
    } else {
        int total = 0;
        bool readable = true;
        for (wxTextCtrl* share : m_shares) {
            const wxString text = share->GetValue().Strip(wxString::both);
            if (text.empty()) continue;
            const auto points = readPercent(text);
            if (points) total += *points;
            else readable = false;
        }
        if (!readable) m_total->SetLabelText(wxString());
        else if (total == domain::FeeShare::kWhole) m_total->SetLabelText(wxString(L"\u2714 ") + _(L"Adds up to 100 %."));
        else
            m_total->SetLabelText(wxString::Format(_(L"Adds up to %s %%; the shares must add up to 100 %%."),
                                                   percentText(total)));
    }
    Layout();
}

bool FeeArrangementDialog::recheck() {
    showTotal();
    return checkInline(m_ok, m_message, [this] {
        domain::Case head = m_record.head;
        head.fees = fromWindow();
        domain::validate(head);
        domain::validate(head.fees, domain::RecordIndex::of(m_record));
    });
}

std::optional<domain::FeeArrangement> runFeeArrangementDialog(wxWindow* parent, const domain::CaseRecord& record) {
    FeeArrangementDialog dialog(parent, record);
    if (prompts().showModal(dialog) != wxID_OK) return std::nullopt;
    return dialog.fees();
}

}  // namespace cg::app
