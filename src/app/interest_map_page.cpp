#include "app/interest_map_page.h"

#include "app/workspace_page.h"

namespace cg::app {

WorkspacePage* makeInterestMapPage(wxWindow*, WorkspaceContext&) { return nullptr; }

}  // namespace cg::app
