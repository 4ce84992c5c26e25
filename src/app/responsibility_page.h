#pragma once
// The Responsibility page of the workspace (forms/responsibility_page.xrc):
// the failed controls named by the facts × the parties (who the contract made
// responsible, recommendations made and declined, agreed or disputed), and
// per blame claim the four negligence elements marked supported, disputed or
// missing.
#include "app/workspace_page.h"

class wxHtmlWindow;

namespace cg::app {

struct WorkspaceContext;

class ResponsibilityPage : public WorkspacePage {
public:
    ResponsibilityPage(wxWindow* parent, WorkspaceContext& context);

    wxString title() const override;
    void refresh() override;

    wxString shownText() const;

private:
    WorkspaceContext& m_context;
    wxHtmlWindow* m_view = nullptr;
};

}  // namespace cg::app
