#include "app/case_list_panel.h"

#include <wx/choice.h>
#include <wx/config.h>
#include <wx/dataview.h>
#include <wx/listbox.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "app/enum_choice.h"
#include "app/inline_check.h"
#include "app/sections.h"
#include "store/record_repository.h"

namespace cg::app {

namespace {
constexpr const char* kRecentKey = "/RecentCases";
constexpr int kRecentCount = 6;

std::vector<std::string> recentCases() {
    std::vector<std::string> refs;
    wxConfigBase* config = wxConfigBase::Get();
    for (int i = 0; i < kRecentCount; ++i) {
        wxString ref;
        if (config->Read(wxString::Format("%s/%d", kRecentKey, i), &ref) && !ref.empty()) refs.push_back(fromWx(ref));
    }
    return refs;
}
}  // namespace

CaseListPanel::CaseListPanel(wxWindow* parent, store::Database& db) : m_db(db) {
    wxXmlResource::Get()->LoadPanel(this, parent, "CaseListPanel");
    m_search = formControl<wxSearchCtrl>(this, "search");
    m_status = formControl<wxChoice>(this, "status_filter");
    m_cases = formControl<wxDataViewListCtrl>(this, "cases");
    m_recent = formControl<wxListBox>(this, "recent");
    m_count = formControl<wxStaticText>(this, "count");

    m_status->Append(_("All statuses"));
    for (std::string_view name : domain::allNames<domain::CaseStatus>()) m_status->Append(vocabularyLabel(name));
    m_status->SetSelection(0);
    m_search->SetDescriptiveText(_("Reference, title or party"));

    const int sortable = wxDATAVIEW_COL_SORTABLE | wxDATAVIEW_COL_RESIZABLE;
    m_cases->AppendTextColumn(_("Reference"), wxDATAVIEW_CELL_INERT, FromDIP(130), wxALIGN_LEFT, sortable);
    m_cases->AppendTextColumn(_("Title"), wxDATAVIEW_CELL_INERT, FromDIP(330), wxALIGN_LEFT, sortable);
    m_cases->AppendTextColumn(_("Status"), wxDATAVIEW_CELL_INERT, FromDIP(80), wxALIGN_LEFT, sortable);
    m_cases->AppendTextColumn(_("Opened"), wxDATAVIEW_CELL_INERT, FromDIP(95), wxALIGN_LEFT, sortable);
    m_cases->AppendTextColumn(_("Parties"), wxDATAVIEW_CELL_INERT, FromDIP(330), wxALIGN_LEFT, sortable);
    m_cases->AppendTextColumn(_("Mediator"), wxDATAVIEW_CELL_INERT, FromDIP(160), wxALIGN_LEFT, sortable);

    m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { applyFilter(); });
    m_search->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) { setSearch({}); });
    m_status->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { applyFilter(); });
    m_cases->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) {
        if (onOpen && !selectedReference().empty()) onOpen(selectedReference());
    });
    m_recent->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent& event) {
        if (onOpen) onOpen(fromWx(event.GetString()));
    });
}

void CaseListPanel::refresh() {
    const std::string selected = selectedReference();
    m_entries.clear();
    store::PartyRepository parties(m_db);
    for (store::CaseSummary& summary : store::CaseRepository(m_db).list()) {
        Entry entry{std::move(summary), {}, {}};
        for (const domain::Party& p : parties.list(entry.summary.reference))
            entry.parties << (entry.parties.empty() ? "" : ", ") << toWx(p.name);
        entry.haystack = (toWx(entry.summary.reference) + "\n" + toWx(entry.summary.title) + "\n" + entry.parties).Lower();
        m_entries.push_back(std::move(entry));
    }
    applyFilter();
    if (!selected.empty()) select(selected);
    showRecent();
}

void CaseListPanel::applyFilter() {
    const wxString needle = m_search->GetValue().Strip(wxString::both).Lower();
    const int status = m_status->GetSelection();
    const auto statuses = domain::allValues<domain::CaseStatus>();
    m_cases->Freeze();
    m_cases->DeleteAllItems();
    for (const Entry& e : m_entries) {
        if (!needle.empty() && !e.haystack.Contains(needle)) continue;
        if (status > 0 && e.summary.status != statuses[static_cast<std::size_t>(status) - 1]) continue;
        wxVector<wxVariant> row;
        row.push_back(toWx(e.summary.reference));
        row.push_back(toWx(e.summary.title));
        row.push_back(nameOf(e.summary.status));
        row.push_back(toWx(e.summary.openedOn.toString()));
        row.push_back(e.parties);
        row.push_back(toWx(e.summary.mediator));
        m_cases->AppendItem(row);
    }
    m_cases->Thaw();
    m_count->SetLabelText(wxString::Format(_("%u of %zu cases"), shownCount(), m_entries.size()));
}

void CaseListPanel::showRecent() {
    m_recent->Clear();
    for (const std::string& ref : recentCases())
        for (const Entry& e : m_entries)
            if (e.summary.reference == ref) m_recent->Append(toWx(ref));
}

std::string CaseListPanel::selectedReference() const {
    const int row = m_cases->GetSelectedRow();
    return row == wxNOT_FOUND ? std::string() : fromWx(m_cases->GetTextValue(static_cast<unsigned>(row), 0));
}

void CaseListPanel::select(const std::string& reference) {
    for (unsigned row = 0; row < shownCount(); ++row)
        if (fromWx(m_cases->GetTextValue(row, 0)) == reference) {
            m_cases->SelectRow(row);
            m_cases->EnsureVisible(m_cases->RowToItem(static_cast<int>(row)));
        }
}

unsigned CaseListPanel::shownCount() const { return static_cast<unsigned>(m_cases->GetItemCount()); }

void CaseListPanel::setSearch(const wxString& text) {
    m_search->ChangeValue(text);
    applyFilter();
}

void CaseListPanel::rememberRecent(const std::string& reference) {
    std::vector<std::string> refs = recentCases();
    std::erase(refs, reference);
    refs.insert(refs.begin(), reference);
    if (refs.size() > static_cast<std::size_t>(kRecentCount)) refs.resize(kRecentCount);
    wxConfigBase* config = wxConfigBase::Get();
    config->DeleteGroup(kRecentKey);
    for (std::size_t i = 0; i < refs.size(); ++i)
        config->Write(wxString::Format("%s/%zu", kRecentKey, i), toWx(refs[i]));
    config->Flush();
}

}  // namespace cg::app
