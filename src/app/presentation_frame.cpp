#include "app/presentation_frame.h"

#include <algorithm>

#include <wx/display.h>
#include <wx/sizer.h>

#include "app/map_canvas.h"
#include "app/wx_text.h"
#include "domain/common_ground/interest_map.h"

namespace cg::app {

namespace {

// The width the map is laid out at: smaller than the workspace's 1600, so
// fitting it to a screen enlarges cards and text.
constexpr double kPresentedWidth = 1000;

}  // namespace

PresentationFrame::PresentationFrame(wxWindow* parent, const domain::CaseRecord& record,
                                     const domain::Audience& audience)
    : wxFrame(parent, wxID_ANY,
              _("Interest map") + toWx(" — ") + toWx(audience.describe(record)), wxDefaultPosition,
              wxDefaultSize, wxDEFAULT_FRAME_STYLE | wxFRAME_NO_TASKBAR),
      m_audience(audience) {
    m_canvas = new MapCanvas(this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_canvas, 1, wxEXPAND);
    SetSizer(sizer);

    const int display = std::max(0, wxDisplay::GetFromWindow(parent ? parent : this));
    const wxRect screen = wxDisplay(static_cast<unsigned>(display)).GetGeometry();
    const double aspect = screen.width > 0 ? static_cast<double>(screen.height) / screen.width : 0.7;
    m_canvas->setLayout(
        domain::layoutInterestMap(record, audience, kPresentedWidth, kPresentedWidth * aspect));

    // Fitted on every resize: the full-screen switch arrives as one.
    m_canvas->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] { m_canvas->zoomToFit(); });
    });
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_ESCAPE)
            leave();
        else
            event.Skip();
    });
    SetSize(screen);
    ShowFullScreen(true, wxFULLSCREEN_ALL);
    m_canvas->SetFocus();
    m_canvas->zoomToFit();
}

void PresentationFrame::leave() {
    if (IsFullScreen()) ShowFullScreen(false);
    Close(true);
}

}  // namespace cg::app
