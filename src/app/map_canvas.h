#pragma once
// The interest map on screen: the domain's layout (parties around the edge,
// interest cards coloured by category, blame arrows, the common ground in the
// middle) drawn antialiased with wxGraphicsContext, in the order and colours
// of the SVG and the PDF handout. The mediator zooms (Ctrl+wheel, + and -),
// pans (drag the background, the scroll bars), drags cards to where they read
// best and double-clicks a card, party or arrow to open its record. Dragged
// cards keep their place for the session, also when the case is redrawn.
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>

#include <wx/scrolwin.h>

#include "domain/common_ground/interest_map.h"

class wxGraphicsContext;

namespace cg::app {

// What lies under a point of the map: the topmost card, party or arrow.
struct MapHit {
    std::string kind;  // "interest", "party", "claim", or empty for the background
    domain::RecordNo no = 0;
};

class MapCanvas : public wxScrolledCanvas {
public:
    static constexpr double kMinimumZoom = 0.2;
    static constexpr double kMaximumZoom = 5.0;

    explicit MapCanvas(wxWindow* parent);

    // Shows a new layout (the case or its audience changed); cards dragged
    // earlier in the session stay where they were put.
    void setLayout(domain::InterestMapLayout layout);
    // What is drawn: the layout with the dragged cards and their lines moved.
    const domain::InterestMapLayout& drawnLayout() const { return m_layout; }
    // Interests marked as confidential on the cards (mediator mode only).
    void setConfidential(std::set<domain::RecordNo> interestNos);
    // Forgets the dragged positions (another case was opened).
    void forgetMovedCards();

    double zoom() const { return m_zoom; }
    // Keeps the map point under `anchor` (client pixels) in place; the centre
    // of the window when none is given.
    void setZoom(double zoom, std::optional<wxPoint> anchor = std::nullopt);
    void zoomIn();
    void zoomOut();
    // The whole map in the window.
    void zoomToFit();

    // Map units ↔ client pixels, through the zoom and the scroll position.
    domain::MapPoint toMap(wxPoint client) const;
    wxPoint toClient(domain::MapPoint point) const;
    MapHit hitTest(domain::MapPoint point) const;

    // Moves a card's top-left corner to `corner` (map units), as a drag does.
    void moveCard(domain::RecordNo interestNo, domain::MapPoint corner);
    // Called with the record a double-click landed on.
    std::function<void(const std::string& kind, domain::RecordNo no)> onOpenRecord;
    // Called after every change of the zoom.
    std::function<void(double zoom)> onZoomChanged;

private:
    void onPaint(wxPaintEvent& event);
    void onLeftDown(wxMouseEvent& event);
    void onLeftUp(wxMouseEvent& event);
    void onMotion(wxMouseEvent& event);
    void onDoubleClick(wxMouseEvent& event);
    void onWheel(wxMouseEvent& event);
    void onKey(wxKeyEvent& event);
    void updateVirtualSize();
    void applyMovedCards();
    void draw(wxGraphicsContext& gc) const;

    domain::InterestMapLayout m_layout;
    std::map<domain::RecordNo, domain::MapPoint> m_movedCards;  // top-left corners
    std::set<domain::RecordNo> m_confidential;
    double m_zoom = 1.0;
    // A drag in progress: a card (its number and where in it the mouse took
    // it) or the background (the last mouse position, for panning).
    std::optional<domain::RecordNo> m_draggedCard;
    domain::MapPoint m_grip;
    std::optional<wxPoint> m_panFrom;
};

}  // namespace cg::app
