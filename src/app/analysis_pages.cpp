#include "app/analysis_pages.h"

#include "app/workspace_page.h"

namespace cg::app {

std::vector<WorkspacePage*> makeAnalysisPages(wxWindow*, WorkspaceContext&) { return {}; }

}  // namespace cg::app
