#pragma once
// The start page (forms/case_list_panel.xrc): every case in the database,
// searchable by reference, title or party, filtered by status and sortable by
// any column, plus the cases opened most recently. Opening a case is the
// frame's business; this panel only says which.
#include <functional>
#include <string>
#include <vector>

#include <wx/panel.h>

#include "store/case_repository.h"

class wxChoice;
class wxDataViewListCtrl;
class wxListBox;
class wxSearchCtrl;
class wxStaticText;

namespace cg::app {

class CaseListPanel : public wxPanel {
public:
    CaseListPanel(wxWindow* parent, store::Database& db);

    // Reads the case list again from the store (after an import, a new case...).
    void refresh();
    std::string selectedReference() const;
    void select(const std::string& reference);
    unsigned shownCount() const;
    void setSearch(const wxString& text);

    std::function<void(const std::string& reference)> onOpen;

    // The recent list lives in wxConfig; most recent first.
    static void rememberRecent(const std::string& reference);

private:
    struct Entry {
        store::CaseSummary summary;
        wxString parties;    // "1 Müller Dental, 2 NetSecure MSP"
        wxString haystack;   // lower-case reference, title and party names
    };
    void applyFilter();
    void showRecent();

    store::Database& m_db;
    std::vector<Entry> m_entries;
    wxSearchCtrl* m_search = nullptr;
    wxChoice* m_status = nullptr;
    wxDataViewListCtrl* m_cases = nullptr;
    wxListBox* m_recent = nullptr;
    wxStaticText* m_count = nullptr;
};

}  // namespace cg::app
