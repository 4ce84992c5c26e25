#pragma once
// Compare drafts (forms/draft_compare_dialog.xrc): two versions of the
// settlement agreement picked from the case's drafts, and the terms added,
// removed or changed between them, read from each version's term snapshot
// (domain::documents::compareDrafts), so edits made since do not blur it.
#include <wx/dialog.h>

#include "domain/case_record.h"

class wxChoice;
class wxListCtrl;
class wxStaticText;

namespace cg::app {

class DraftCompareDialog : public wxDialog {
public:
    // Starts with the latest version and the one before it (or `later` and
    // the version before it when given). The case needs two drafts.
    DraftCompareDialog(wxWindow* parent, const domain::CaseRecord& record, int later = 0);

    // The versions currently compared; the list shows their differences.
    void compare(int earlierVersion, int laterVersion);
    wxListCtrl& changes() { return *m_changes; }
    wxString message() const;

private:
    void onChoice();
    int versionAt(const wxChoice* choice) const;

    const domain::CaseRecord& m_record;
    wxChoice* m_earlier = nullptr;
    wxChoice* m_later = nullptr;
    wxListCtrl* m_changes = nullptr;
    wxStaticText* m_message = nullptr;
};

}  // namespace cg::app
