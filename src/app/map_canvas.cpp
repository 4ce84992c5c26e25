#include "app/map_canvas.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <wx/dcbuffer.h>
#include <wx/graphics.h>

#include "app/map_painter.h"

namespace cg::app {

using namespace domain;

namespace {

// Each step of + and - and of the wheel: five steps double the size.
constexpr double kZoomStep = 1.1487;
// How near (in screen pixels) a double-click must land on an arrow.
constexpr double kArrowReach = 6;

MapPoint towards(MapPoint from, MapPoint to, double length) {
    const double d = std::hypot(to.x - from.x, to.y - from.y);
    if (d == 0) return from;
    return {from.x + (to.x - from.x) * length / d, from.y + (to.y - from.y) * length / d};
}

bool inside(const MapRect& r, MapPoint p) {
    return p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;
}

// The distance from p to the arrow's quadratic curve, sampled finely
// enough that the error is well under a pixel at any zoom.
double distanceToArrow(const ClaimArrow& a, MapPoint p) {
    double best = std::hypot(p.x - a.from.x, p.y - a.from.y);
    constexpr int kSamples = 64;
    for (int i = 1; i <= kSamples; ++i) {
        const double t = static_cast<double>(i) / kSamples, u = 1 - t;
        const MapPoint q{u * u * a.from.x + 2 * u * t * a.control.x + t * t * a.to.x,
                         u * u * a.from.y + 2 * u * t * a.control.y + t * t * a.to.y};
        best = std::min(best, std::hypot(p.x - q.x, p.y - q.y));
    }
    return best;
}

}  // namespace

MapCanvas::MapCanvas(wxWindow* parent)
    : wxScrolledCanvas(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                       wxHSCROLL | wxVSCROLL | wxFULL_REPAINT_ON_RESIZE | wxWANTS_CHARS) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetBackgroundColour(wxColour("#E6E6E6"));
    SetScrollRate(1, 1);
    Bind(wxEVT_PAINT, &MapCanvas::onPaint, this);
    Bind(wxEVT_LEFT_DOWN, &MapCanvas::onLeftDown, this);
    Bind(wxEVT_LEFT_UP, &MapCanvas::onLeftUp, this);
    Bind(wxEVT_MOTION, &MapCanvas::onMotion, this);
    Bind(wxEVT_LEFT_DCLICK, &MapCanvas::onDoubleClick, this);
    Bind(wxEVT_MOUSEWHEEL, &MapCanvas::onWheel, this);
    Bind(wxEVT_CHAR_HOOK, &MapCanvas::onKey, this);
    Bind(wxEVT_MOUSE_CAPTURE_LOST, [this](wxMouseCaptureLostEvent&) {
        m_draggedCard.reset();
        m_panFrom.reset();
    });
}

void MapCanvas::setLayout(InterestMapLayout layout) {
    m_layout = std::move(layout);
    applyMovedCards();
    updateVirtualSize();
    Refresh();
}

void MapCanvas::setConfidential(std::set<RecordNo> interestNos) {
    m_confidential = std::move(interestNos);
    Refresh();
}

void MapCanvas::forgetMovedCards() { m_movedCards.clear(); }

void MapCanvas::applyMovedCards() {
    for (const auto& [no, corner] : m_movedCards) {
        const auto card = std::find_if(m_layout.cards.begin(), m_layout.cards.end(),
                                       [no = no](const InterestCard& c) { return c.interestNo == no; });
        if (card == m_layout.cards.end()) continue;  // not shown to this audience, or deleted
        card->box.x = corner.x;
        card->box.y = corner.y;
        for (auto& link : m_layout.links)
            if (link.interestNo == no) {
                link.to = card->box.centre();
                link.from = towards(m_layout.commonGround.centre, link.to, m_layout.commonGround.radius);
            }
    }
}

void MapCanvas::moveCard(RecordNo interestNo, MapPoint corner) {
    // Kept on the map: a card dropped outside it could not be found again.
    const auto card = std::find_if(m_layout.cards.begin(), m_layout.cards.end(),
                                   [&](const InterestCard& c) { return c.interestNo == interestNo; });
    if (card == m_layout.cards.end()) return;
    corner.x = std::clamp(corner.x, 0.0, std::max(0.0, m_layout.width - card->box.width));
    corner.y = std::clamp(corner.y, 0.0, std::max(0.0, m_layout.height - card->box.height));
    m_movedCards[interestNo] = corner;
    applyMovedCards();
    Refresh();
}

void MapCanvas::updateVirtualSize() {
    SetVirtualSize(static_cast<int>(std::ceil(m_layout.width * m_zoom)),
                   static_cast<int>(std::ceil(m_layout.height * m_zoom)));
}

void MapCanvas::setZoom(double zoom, std::optional<wxPoint> anchor) {
    zoom = std::clamp(zoom, kMinimumZoom, kMaximumZoom);
    const wxSize client = GetClientSize();
    const wxPoint at = anchor.value_or(wxPoint(client.x / 2, client.y / 2));
    const MapPoint held = toMap(at);
    m_zoom = zoom;
    updateVirtualSize();
    // Scroll so the held map point is under the anchor again.
    Scroll(std::max(0, static_cast<int>(std::lround(held.x * m_zoom)) - at.x),
           std::max(0, static_cast<int>(std::lround(held.y * m_zoom)) - at.y));
    Refresh();
    if (onZoomChanged) onZoomChanged(m_zoom);
}

void MapCanvas::zoomIn() { setZoom(m_zoom * kZoomStep); }
void MapCanvas::zoomOut() { setZoom(m_zoom / kZoomStep); }

void MapCanvas::zoomToFit() {
    if (m_layout.width <= 0 || m_layout.height <= 0) return;
    // The whole window: once the map fits, the scroll bars go.
    const wxSize client = GetSize() - GetWindowBorderSize();
    if (client.x <= 0 || client.y <= 0) return;
    setZoom(std::min(client.x / m_layout.width, client.y / m_layout.height));
    Scroll(0, 0);
}

MapPoint MapCanvas::toMap(wxPoint client) const {
    const wxPoint unscrolled = CalcUnscrolledPosition(client);
    return {unscrolled.x / m_zoom, unscrolled.y / m_zoom};
}

wxPoint MapCanvas::toClient(MapPoint point) const {
    return CalcScrolledPosition(
        wxPoint(static_cast<int>(std::lround(point.x * m_zoom)), static_cast<int>(std::lround(point.y * m_zoom))));
}

MapHit MapCanvas::hitTest(MapPoint point) const {
    // Topmost first: cards are drawn over parties, parties over arrows.
    for (auto card = m_layout.cards.rbegin(); card != m_layout.cards.rend(); ++card)
        if (inside(card->box, point)) return {"interest", card->interestNo};
    for (const auto& node : m_layout.nodes)
        if (std::hypot(point.x - node.centre.x, point.y - node.centre.y) <= node.radius)
            return {"party", node.partyNo};
    const ClaimArrow* nearest = nullptr;
    double nearestDistance = kArrowReach / m_zoom;
    for (const auto& arrow : m_layout.arrows)
        if (const double d = distanceToArrow(arrow, point); d <= nearestDistance) {
            nearest = &arrow;
            nearestDistance = d;
        }
    if (nearest) return {"claim", nearest->claimNo};
    return {};
}

void MapCanvas::onPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(GetBackgroundColour()));
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc) return;
    const wxPoint origin = CalcScrolledPosition(wxPoint(0, 0));
    gc->Translate(origin.x, origin.y);
    gc->Scale(m_zoom, m_zoom);
    paintInterestMap(*gc, m_layout, m_confidential);
}

void MapCanvas::onLeftDown(wxMouseEvent& event) {
    SetFocus();
    const MapPoint at = toMap(event.GetPosition());
    const MapHit hit = hitTest(at);
    if (hit.kind == "interest") {
        for (const auto& card : m_layout.cards)
            if (card.interestNo == hit.no) m_grip = {at.x - card.box.x, at.y - card.box.y};
        m_draggedCard = hit.no;
    } else {
        m_panFrom = event.GetPosition();
        SetCursor(wxCursor(wxCURSOR_SIZING));
    }
    if (!HasCapture()) CaptureMouse();
}

void MapCanvas::onLeftUp(wxMouseEvent&) {
    m_draggedCard.reset();
    m_panFrom.reset();
    SetCursor(wxNullCursor);
    if (HasCapture()) ReleaseMouse();
}

void MapCanvas::onMotion(wxMouseEvent& event) {
    if (!event.LeftIsDown()) {
        const MapHit hit = hitTest(toMap(event.GetPosition()));
        SetCursor(hit.kind.empty() ? wxNullCursor : wxCursor(wxCURSOR_HAND));
        return;
    }
    if (m_draggedCard) {
        const MapPoint at = toMap(event.GetPosition());
        moveCard(*m_draggedCard, {at.x - m_grip.x, at.y - m_grip.y});
    } else if (m_panFrom) {
        const wxPoint delta = *m_panFrom - event.GetPosition();
        const wxPoint start = GetViewStart();
        Scroll(start.x + delta.x, start.y + delta.y);
        m_panFrom = event.GetPosition();
    }
}

void MapCanvas::onDoubleClick(wxMouseEvent& event) {
    const MapHit hit = hitTest(toMap(event.GetPosition()));
    if (!hit.kind.empty() && onOpenRecord) onOpenRecord(hit.kind, hit.no);
}

void MapCanvas::onWheel(wxMouseEvent& event) {
    if (!event.ControlDown()) {
        event.Skip();  // scrolls
        return;
    }
    setZoom(event.GetWheelRotation() > 0 ? m_zoom * kZoomStep : m_zoom / kZoomStep, event.GetPosition());
}

void MapCanvas::onKey(wxKeyEvent& event) {
    switch (event.GetKeyCode()) {
        case '+':
        case '=':
        case WXK_NUMPAD_ADD:
            zoomIn();
            return;
        case '-':
        case WXK_NUMPAD_SUBTRACT:
            zoomOut();
            return;
        case '0':
        case WXK_NUMPAD0:
            zoomToFit();
            return;
        default:
            event.Skip();
    }
}

}  // namespace cg::app
