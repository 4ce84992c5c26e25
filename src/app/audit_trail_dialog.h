#pragma once
// The open case's audit trail (forms/audit_trail_dialog.xrc), newest first:
// when, who, what was done to which record, and the change before → after,
// shortened in the list and in full below for the selected entry. A filter
// narrows it by who, record or change text. The line on top says whether
// the trail's seals still check out (Database::check's audit part), so an
// entry edited behind CommonGround's back is seen where the trail is read.
// Read-only: the trail is append-only.
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "store/audit_trail.h"

class wxListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace cg::store {
class Database;
}

namespace cg::app {

class AuditTrailDialog : public wxDialog {
public:
    AuditTrailDialog(wxWindow* parent, store::Database& db, const std::string& caseRef);

    // Shows only the entries whose who, record or change contains `text`
    // (any case); "" shows them all.
    void filter(const wxString& text);
    void select(long row);

    wxListCtrl& entries() { return *m_list; }
    // The line on top, as written before it was wrapped to the dialog's width.
    wxString sealsText() const;
    wxString details() const;
    // The entry shown in `row` of the list (after the filter).
    const store::AuditEntry& entryAt(long row) const;

private:
    void showSeals(store::Database& db, const std::string& caseRef);
    void showDetails();

    std::vector<store::AuditEntry> m_all;  // newest first
    std::vector<std::size_t> m_shown;      // indexes into m_all
    wxListCtrl* m_list = nullptr;
    wxTextCtrl* m_filter = nullptr;
    wxTextCtrl* m_details = nullptr;
    wxStaticText* m_seals = nullptr;
    wxStaticText* m_count = nullptr;
    wxString m_sealsText;
};

}  // namespace cg::app
