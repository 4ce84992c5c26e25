#pragma once
// The Interest map page of the case workspace: the map drawn from the
// domain's layout, with zoom, pan, dragging cards, double-click to open the
// record, PNG/SVG export and a presentation mode for a joint session.
#include "app/workspace_context.h"

class wxWindow;

namespace cg::app {

class WorkspacePage;

WorkspacePage* makeInterestMapPage(wxWindow* parent, WorkspaceContext& context);

}  // namespace cg::app
