#pragma once
// The Deadlines page of the workspace (forms/deadlines_page.xrc): every
// breach-notification deadline the reference catalogs give for the case, with
// its status (met, missed, due in N days, overdue) as of today or a day the
// mediator picks.
#include "app/workspace_page.h"
#include "domain/calendar.h"

class wxDatePickerCtrl;
class wxHtmlWindow;

namespace cg::app {

struct LoadedCatalogs;
struct WorkspaceContext;

class DeadlinesPage : public WorkspacePage {
public:
    // catalogs: referenceCatalogs() in the program; tests may pass others.
    DeadlinesPage(wxWindow* parent, WorkspaceContext& context, const LoadedCatalogs& catalogs);

    wxString title() const override;
    void refresh() override;

    void setAsOf(const domain::Date& day);
    wxString shownText() const;

private:
    WorkspaceContext& m_context;
    const LoadedCatalogs& m_catalogs;
    wxDatePickerCtrl* m_asOf = nullptr;
    wxHtmlWindow* m_view = nullptr;
};

}  // namespace cg::app
