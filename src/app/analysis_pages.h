#pragma once
// The workspace pages that turn the records into views for the negotiation:
// the shared-interest worksheet, the responsibility matrix, the exposure and
// the notification deadlines, in navigator order. Each is a WorkspacePage
// over the same WorkspaceContext, so it follows the "show to parties" mode.
#include <vector>

#include "app/workspace_context.h"

class wxWindow;

namespace cg::app {

class WorkspacePage;

std::vector<WorkspacePage*> makeAnalysisPages(wxWindow* parent, WorkspaceContext& context);

}  // namespace cg::app
