#pragma once
// The Interest map page of the case workspace (forms/interest_map_page.xrc):
// the map drawn from the domain's layout for the workspace's audience (in
// "show to parties" mode from the case filtered for all parties, so no
// confidential interest is on the canvas), with zoom, pan, dragging cards,
// double-click to open the record, PNG/SVG export of the map as shown and a
// presentation mode for a joint session.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/workspace_context.h"
#include "app/workspace_page.h"
#include "domain/common_ground/audience.h"

class wxChoice;
class wxStaticText;
class wxWindow;

namespace cg::app {

class MapCanvas;
class PresentationFrame;

class InterestMapPage : public WorkspacePage {
public:
    InterestMapPage(wxWindow* parent, WorkspaceContext& context);

    wxString title() const override;
    void refresh() override;

    MapCanvas& canvas() { return *m_canvas; }
    // The audiences the Present to: choice offers, in its order. In "show to
    // parties" mode only all parties: the screen is shared.
    const std::vector<domain::Audience>& presentableAudiences() const { return m_audiences; }
    void choosePresentationAudience(const domain::Audience& audience);
    // Opens the full-screen map for the chosen audience; the frame closes
    // itself on Esc.
    PresentationFrame* present();
    void exportPng();
    void exportSvg();

    // Where an export goes; by default a save dialog. Nothing means the
    // mediator cancelled.
    std::function<std::optional<std::string>(const wxString& title, const wxString& defaultName,
                                             const wxString& wildcard)>
        chooseExportPath;

private:
    void fillAudiences();
    void showZoom(double zoom);
    void exportAs(const wxString& title, const wxString& extension, const wxString& wildcard,
                  const std::function<std::string()>& bytes);

    WorkspaceContext& m_context;
    MapCanvas* m_canvas = nullptr;
    wxChoice* m_audienceChoice = nullptr;
    wxStaticText* m_zoom = nullptr;
    wxStaticText* m_status = nullptr;
    std::vector<domain::Audience> m_audiences;
    std::string m_shownCase;  // the case whose cards may have been moved
    bool m_fitted = false;    // fitted to the window once it had a size
};

WorkspacePage* makeInterestMapPage(wxWindow* parent, WorkspaceContext& context);

}  // namespace cg::app
