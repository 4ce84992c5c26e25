#include "app/option_dialog.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/datectrl.h>
#include <wx/listctrl.h>

#include "app/enum_choice.h"
#include "app/record_pickers.h"

namespace cg::app {

OptionDialog::OptionDialog(wxWindow* parent, const domain::SettlementOption& option,
                           const domain::CaseRecord& caseRecord)
    : RecordFormDialog(parent, "OptionDialog", option, caseRecord),
      m_interestItems(interestItems(caseRecord)),
      m_kind(formControl<wxChoice>(this, "kind")),
      m_status(formControl<wxChoice>(this, "status")),
      m_description(formControl<wxTextCtrl>(this, "description")),
      m_amount(formControl<wxTextCtrl>(this, "amount")),
      m_currency(formControl<wxTextCtrl>(this, "currency")),
      m_payer(formControl<wxChoice>(this, "payer")),
      m_payee(formControl<wxChoice>(this, "payee")),
      m_interests(formControl<wxCheckListBox>(this, "interests")),
      m_dueKnown(formControl<wxCheckBox>(this, "due_known")),
      m_dueOn(formControl<wxDatePickerCtrl>(this, "due_on")),
      m_instalments(formControl<wxListCtrl>(this, "instalments")),
      m_instalmentDue(formControl<wxDatePickerCtrl>(this, "instalment_due")),
      m_instalmentAmount(formControl<wxTextCtrl>(this, "instalment_amount")) {
    fillChoice<domain::OptionKind>(m_kind);
    fillChoice<domain::OptionStatus>(m_status);
    fillPartyChoice(m_payer, caseRecord.parties, true);
    fillPartyChoice(m_payee, caseRecord.parties, true);
    m_instalments->AppendColumn(_("Due"), wxLIST_FORMAT_LEFT, FromDIP(120));
    m_instalments->AppendColumn(_("Amount"), wxLIST_FORMAT_RIGHT, FromDIP(160));
    m_dueKnown->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& event) {
        m_dueOn->Enable(m_dueKnown->IsChecked());
        event.Skip();
    });
    formControl<wxButton>(this, "add_instalment")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addInstalment(); });
    formControl<wxButton>(this, "remove_instalment")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        removeInstalment();
    });
    fitForm();
}

void OptionDialog::toWindow(const domain::SettlementOption& option) {
    selectChoice(m_kind, option.kind);
    selectChoice(m_status, option.status);
    m_description->ChangeValue(toWx(option.description));
    m_amount->ChangeValue(amountText(option.amount));
    m_currency->ChangeValue(toWx(option.amount ? option.amount->currency() : caseRecord().head.currency));
    selectParty(m_payer, caseRecord().parties, option.payerNo, true);
    selectParty(m_payee, caseRecord().parties, option.payeeNo, true);
    fillCheckList(m_interests, m_interestItems, option.interestNos);
    m_dueKnown->SetValue(option.dueOn.has_value());
    m_dueOn->SetValue(toDateTime(option.dueOn.value_or(domain::Date::today())));
    m_dueOn->Enable(option.dueOn.has_value());
    m_instalmentLines.clear();
    for (const domain::Instalment& i : option.instalments)
        m_instalmentLines.push_back({i.dueOn, amountText(i.amount)});
    m_instalmentDue->SetValue(toDateTime(domain::Date::today()));
    showInstalments();
}

domain::SettlementOption OptionDialog::fromWindow() const {
    domain::SettlementOption option = record();
    option.kind = choiceValue<domain::OptionKind>(m_kind);
    option.status = choiceValue<domain::OptionStatus>(m_status);
    option.description = fromWx(m_description->GetValue().Strip(wxString::both));
    option.amount = readMoney(m_amount->GetValue(), m_currency->GetValue());
    option.payerNo = chosenParty(m_payer, caseRecord().parties, true);
    option.payeeNo = chosenParty(m_payee, caseRecord().parties, true);
    option.interestNos =
        keepUnlisted(checkedNumbers(m_interests, m_interestItems), record().interestNos, m_interestItems);
    option.dueOn = m_dueKnown->IsChecked() ? std::optional(fromDateTime(m_dueOn->GetValue())) : std::nullopt;
    option.instalments.clear();
    for (const InstalmentLine& line : m_instalmentLines) {
        auto amount = readMoney(line.amount, m_currency->GetValue());
        if (amount) option.instalments.push_back({line.dueOn, *amount});
    }
    return option;
}

void OptionDialog::addInstalment() {
    const wxString amount = m_instalmentAmount->GetValue().Strip(wxString::both);
    if (amount.empty()) {
        m_instalmentAmount->SetFocus();
        return;
    }
    // Kept in date order, the order the rules (and the agreement) list them in.
    const domain::Date due = fromDateTime(m_instalmentDue->GetValue());
    auto at = std::find_if(m_instalmentLines.begin(), m_instalmentLines.end(),
                           [&](const InstalmentLine& line) { return due < line.dueOn; });
    m_instalmentLines.insert(at, {due, amount});
    m_instalmentAmount->ChangeValue({});
    showInstalments();
    recheck();
}

void OptionDialog::removeInstalment() {
    const long selected = m_instalments->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (selected < 0 || selected >= static_cast<long>(m_instalmentLines.size())) return;
    m_instalmentLines.erase(m_instalmentLines.begin() + selected);
    showInstalments();
    recheck();
}

void OptionDialog::showInstalments() {
    m_instalments->DeleteAllItems();
    for (const InstalmentLine& line : m_instalmentLines) {
        const long row = m_instalments->InsertItem(m_instalments->GetItemCount(), toWx(line.dueOn.toString()));
        m_instalments->SetItem(row, 1, line.amount);
    }
}

}  // namespace cg::app
