#include "app/fees_summary_panel.h"

#include <wx/button.h>
#include <wx/cmdproc.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "app/fee_arrangement_dialog.h"
#include "app/inline_check.h"
#include "app/prompts.h"
#include "app/record_commands.h"
#include "app/sections.h"
#include "domain/practice/fees.h"

namespace cg::app {

wxString arrangementText(const domain::CaseRecord& record) {
    const domain::FeeArrangement& fees = record.head.fees;
    wxString text = fees.basis == domain::FeeBasis::Hourly
                        ? wxString::Format(_("Hourly, %s per hour"), toWx(fees.hourlyRate.display()))
                        : wxString::Format(_("Fixed fee of %s"), toWx(fees.fixedFee.display()));
    text << "; " << (fees.shares.empty() ? _("split equally between claimants and respondents")
                                         : _("split as agreed"));
    return text;
}

FeesSummaryPanel::FeesSummaryPanel(wxWindow* parent, WorkspaceContext& context) : m_context(context) {
    wxXmlResource::Get()->LoadPanel(this, parent, "FeesSummaryPanel");
    m_arrangement = formControl<wxStaticText>(this, "arrangement");
    m_accounts = formControl<wxListCtrl>(this, "accounts");
    auto* heading = formControl<wxStaticText>(this, "accounts_heading");
    heading->SetFont(heading->GetFont().Bold());
    const struct {
        wxString title;
        int width;
        wxListColumnFormat align;
    } columns[] = {{_("Party"), 240, wxLIST_FORMAT_LEFT},    {_("Share"), 80, wxLIST_FORMAT_RIGHT},
                   {_("Invoiced"), 150, wxLIST_FORMAT_RIGHT}, {_("Paid"), 150, wxLIST_FORMAT_RIGHT},
                   {_("Balance"), 150, wxLIST_FORMAT_RIGHT}};
    for (const auto& c : columns) m_accounts->AppendColumn(c.title, c.align, FromDIP(c.width));
    formControl<wxButton>(this, "edit_fees")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { editArrangement(); });
}

void FeesSummaryPanel::refresh() {
    const domain::CaseRecord& record = m_context.record;
    m_accounts->DeleteAllItems();
    if (m_context.caseRef.empty()) return;
    m_arrangement->SetLabelText(arrangementText(record));
    try {
        for (const auto& account : domain::practice::partyAccounts(record)) {
            const long row = m_accounts->InsertItem(m_accounts->GetItemCount(), partyLabel(record, account.partyNo));
            m_accounts->SetItem(row, 1, percentText(account.basisPoints) + " %");
            m_accounts->SetItem(row, 2, toWx(account.invoiced.display()));
            m_accounts->SetItem(row, 3, toWx(account.paid.display()));
            m_accounts->SetItem(row, 4, account.credit.isZero()
                                            ? toWx(account.balance.display())
                                            : wxString::Format(_("in credit %s"), toWx(account.credit.display())));
        }
    } catch (const std::exception& e) {
        // A case whose records disagree (an old split naming a party since
        // removed) still opens; the summary says what is wrong instead.
        m_arrangement->SetLabelText(arrangementText(record) + "\n" + toWx(e.what()));
    }
    Layout();
}

void FeesSummaryPanel::editArrangement() {
    if (m_context.caseRef.empty()) return;
    auto fees = runFeeArrangementDialog(this, m_context.record);
    if (!fees) return;
    domain::Case after = m_context.record.head;
    after.fees = *fees;
    m_context.commands.Submit(new CaseHeadChange(m_context.db, m_context.listener, m_context.record.head, after,
                                                     m_context.stamps.head.version));
}

}  // namespace cg::app
