#include "app/record_pickers.h"

#include <algorithm>

#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/intl.h>

#include "app/audience.h"
#include "app/wx_text.h"

namespace cg::app {

void fillPartyChoice(wxChoice* choice, const std::vector<domain::Party>& parties, bool allowNone) {
    choice->Clear();
    if (allowNone) choice->Append(_("(none)"));
    for (const domain::Party& p : parties)
        choice->Append(wxString::Format("%lld  %s", static_cast<long long>(p.no), toWx(p.name)));
}

void selectParty(wxChoice* choice, const std::vector<domain::Party>& parties, domain::OptionalNo party,
                 bool allowNone) {
    const int offset = allowNone ? 1 : 0;
    choice->SetSelection(allowNone ? 0 : wxNOT_FOUND);
    for (std::size_t i = 0; i < parties.size(); ++i)
        if (party && parties[i].no == *party) choice->SetSelection(static_cast<int>(i) + offset);
}

domain::OptionalNo chosenParty(const wxChoice* choice, const std::vector<domain::Party>& parties, bool allowNone) {
    const int at = choice->GetSelection() - (allowNone ? 1 : 0);
    if (at < 0 || at >= static_cast<int>(parties.size())) return std::nullopt;
    return parties[static_cast<std::size_t>(at)].no;
}

void fillCheckList(wxCheckListBox* list, const std::vector<std::pair<domain::RecordNo, wxString>>& items,
                   const domain::RecordNos& checked) {
    list->Clear();
    for (const auto& [no, label] : items) {
        const int at = list->Append(wxString::Format("%lld  %s", static_cast<long long>(no), label));
        for (domain::RecordNo c : checked)
            if (c == no) list->Check(static_cast<unsigned>(at));
    }
}

domain::RecordNos checkedNumbers(const wxCheckListBox* list,
                                 const std::vector<std::pair<domain::RecordNo, wxString>>& items) {
    domain::RecordNos numbers;
    for (unsigned i = 0; i < list->GetCount() && i < items.size(); ++i)
        if (list->IsChecked(i)) numbers.push_back(items[i].first);
    return numbers;
}

domain::CaseRecord pickable(const domain::CaseRecord& record) {
    if (screenAudience() == Audience::Mediator) return record;
    return domain::visibleTo(record, domainAudience(screenAudience()));
}

domain::RecordNos keepUnlisted(domain::RecordNos checked, const domain::RecordNos& before,
                               const std::vector<std::pair<domain::RecordNo, wxString>>& listed) {
    for (domain::RecordNo no : before) {
        const bool wasListed = std::any_of(listed.begin(), listed.end(), [no](const auto& item) { return item.first == no; });
        if (!wasListed && std::find(checked.begin(), checked.end(), no) == checked.end()) checked.push_back(no);
    }
    std::sort(checked.begin(), checked.end());
    return checked;
}

std::optional<domain::Money> readMoney(const wxString& amount, const wxString& currency) {
    const wxString trimmed = amount.Strip(wxString::both);
    if (trimmed.empty()) return std::nullopt;
    return domain::Money::parse(fromWx(trimmed), fromWx(currency.Strip(wxString::both).Upper()));
}

wxString amountText(const std::optional<domain::Money>& money) {
    return money ? toWx(money->amountText()) : wxString();
}

wxDateTime toDateTime(const domain::Date& date) {
    const std::chrono::year_month_day ymd(date.days());
    return wxDateTime(static_cast<wxDateTime::wxDateTime_t>(static_cast<unsigned>(ymd.day())),
                      static_cast<wxDateTime::Month>(static_cast<unsigned>(ymd.month()) - 1),
                      static_cast<int>(ymd.year()));
}

domain::Date fromDateTime(const wxDateTime& when) {
    return domain::Date(when.GetYear(), static_cast<unsigned>(when.GetMonth()) + 1, when.GetDay());
}

}  // namespace cg::app
