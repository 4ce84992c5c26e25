#pragma once
// The interest map for a joint session: full screen, in large type, for the
// audience the mediator chose (the mediator alone, all parties, or one
// party), drawn from the case filtered for that audience so nothing
// confidential reaches the shared screen. Esc leaves. The map is laid out
// for the screen's shape and fitted to it, so its text comes out about half
// as large again as on the workspace page.
#include <wx/frame.h>

#include "domain/case_record.h"
#include "domain/common_ground/audience.h"

namespace cg::app {

class MapCanvas;

class PresentationFrame : public wxFrame {
public:
    PresentationFrame(wxWindow* parent, const domain::CaseRecord& record, const domain::Audience& audience);

    const domain::Audience& audience() const { return m_audience; }
    MapCanvas& canvas() { return *m_canvas; }
    // Leaves full screen and closes the frame, as Esc does.
    void leave();

private:
    domain::Audience m_audience;
    MapCanvas* m_canvas = nullptr;
};

}  // namespace cg::app
