#include "app/analysis_pages.h"

#include "app/deadlines_page.h"
#include "app/exposure_page.h"
#include "app/reference_catalogs.h"
#include "app/responsibility_page.h"
#include "app/worksheet_page.h"

namespace cg::app {

std::vector<WorkspacePage*> makeAnalysisPages(wxWindow* parent, WorkspaceContext& context) {
    return {new WorksheetPage(parent, context), new ResponsibilityPage(parent, context),
            new ExposurePage(parent, context, referenceCatalogs()), new DeadlinesPage(parent, context, referenceCatalogs())};
}

}  // namespace cg::app
