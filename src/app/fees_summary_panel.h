#pragma once
// Under the time entries of the Time & fees section
// (forms/fees_summary_panel.xrc): the fee arrangement in one line, the
// button that edits it, and each paying party's account as
// domain::practice::partyAccounts works it out.
#include <wx/panel.h>

#include "app/workspace_context.h"

class wxListCtrl;
class wxStaticText;

namespace cg::app {

class FeesSummaryPanel : public wxPanel {
public:
    FeesSummaryPanel(wxWindow* parent, WorkspaceContext& context);

    void refresh();
    void editArrangement();
    wxListCtrl& accounts() { return *m_accounts; }

private:
    WorkspaceContext& m_context;
    wxStaticText* m_arrangement = nullptr;
    wxListCtrl* m_accounts = nullptr;
};

// "Hourly, EUR 250.00 per hour; split 60 % / 40 %" for the one-line summary.
wxString arrangementText(const domain::CaseRecord& record);

}  // namespace cg::app
