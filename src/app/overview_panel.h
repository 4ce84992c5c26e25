#pragma once
// The Overview section of the workspace (forms/overview_panel.xrc): the case
// head and how many records of each kind it holds, with "Edit case details".
#include <wx/panel.h>

#include "domain/case.h"

class wxStaticText;
class wxTextCtrl;

namespace cg::app {

struct WorkspaceContext;

// "settled in full; 91 days from intake to close", or "open".
wxString outcomeText(const domain::Case& head);

class OverviewPanel : public wxPanel {
public:
    OverviewPanel(wxWindow* parent, WorkspaceContext& context);

    // Shows the context's record as it is now.
    void refresh();

private:
    void onEditCase();
    void wrapTitle();

    WorkspaceContext& m_context;
    wxStaticText* m_reference = nullptr;
    wxStaticText* m_title = nullptr;
    wxStaticText* m_status = nullptr;
    wxStaticText* m_mediator = nullptr;
    wxStaticText* m_law = nullptr;
    wxStaticText* m_opened = nullptr;
    wxStaticText* m_outcome = nullptr;
    wxStaticText* m_counts = nullptr;
    wxTextCtrl* m_summary = nullptr;
};

}  // namespace cg::app
