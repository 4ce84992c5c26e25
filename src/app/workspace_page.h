#pragma once
// A page of the case workspace after Drafts that shows a view derived from
// the records (the worksheet, the responsibility matrix, the exposure, the
// deadlines, the interest map) rather than a list of one kind of record. The
// workspace appends each page's title to the navigator, shows the page when it
// is picked and calls refresh() whenever the case, its records or the
// audience change.
#include <functional>
#include <string>

#include <wx/panel.h>

#include "domain/record_no.h"

namespace cg::app {

class WorkspacePage : public wxPanel {
public:
    // Subclasses create the window (wxPanel::Create or an XRC LoadPanel).
    WorkspacePage() = default;

    virtual wxString title() const = 0;
    // The open case, its records or the audience changed: redraw from the
    // workspace context (the page keeps a reference to it).
    virtual void refresh() = 0;

    // Set by the workspace: show a record in its section ("interest", 4).
    std::function<void(const std::string& kind, domain::RecordNo no)> onOpenRecord;
};

}  // namespace cg::app
