#include "app/map_painter.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include <wx/brush.h>
#include <wx/graphics.h>
#include <wx/intl.h>

#include "app/audience.h"
#include "app/vocabulary_labels.h"
#include "app/wx_text.h"
#include "domain/common_ground/interest_map_palette.h"

namespace cg::app {

using namespace domain;

namespace {

const wxColour kInk("#333333");
const wxColour kZoneStroke("#555555");
const wxColour kZoneFill("#F2F2F2");
const wxColour kMuted("#666666");
const wxColour kConfidential("#B00020");

constexpr std::array kCategories = {
    InterestCategory::Financial,    InterestCategory::Reputational,
    InterestCategory::Regulatory,   InterestCategory::OperationalContinuity,
    InterestCategory::Relationship, InterestCategory::SecurityImprovement,
    InterestCategory::Recognition};

wxColour colourOf(InterestCategory category) { return wxColour(wxString(categoryColour(category).data())); }

class Painter {
public:
    explicit Painter(wxGraphicsContext& gc) : m_gc(gc) {}

    void font(double size, bool bold = false, const wxColour& colour = *wxBLACK) {
        m_gc.SetFont(m_gc.CreateFont(size, "DejaVu Sans", bold ? wxFONTFLAG_BOLD : wxFONTFLAG_DEFAULT, colour));
    }
    double width(const wxString& text) const {
        double w = 0, h = 0;
        m_gc.GetTextExtent(text, &w, &h);
        return w;
    }
    // The text, shortened with "…" until it fits `room`.
    wxString fit(const wxString& text, double room) const {
        if (width(text) <= room) return text;
        wxString shortened = text;
        const wxString ellipsis = toWx("…");
        while (!shortened.empty() && width(shortened + ellipsis) > room) shortened.RemoveLast();
        return shortened.Trim() + ellipsis;
    }
    // Words on lines of at most `room`; a word longer than a line is cut by fit().
    std::vector<wxString> wrap(const wxString& text, double room) const {
        std::vector<wxString> lines;
        wxString line;
        for (const wxString& word : wxSplit(text, ' ', 0)) {
            if (word.empty()) continue;
            const wxString longer = line.empty() ? word : line + " " + word;
            if (!line.empty() && width(longer) > room) {
                lines.push_back(line);
                line = word;
            } else {
                line = longer;
            }
        }
        if (!line.empty()) lines.push_back(line);
        return lines;
    }
    // Text drawn with its baseline at y, as SVG places it.
    void text(const wxString& s, double x, double baseline) {
        double w = 0, h = 0, descent = 0;
        m_gc.GetTextExtent(s, &w, &h, &descent);
        m_gc.DrawText(s, x, baseline - (h - descent));
    }
    void centred(const wxString& s, double centreX, double baseline) { text(s, centreX - width(s) / 2, baseline); }

    wxGraphicsContext& gc() { return m_gc; }

private:
    wxGraphicsContext& m_gc;
};

void drawLinks(Painter& p, const std::vector<CommonGroundLink>& links) {
    for (const auto& l : links) {
        wxGraphicsPenInfo pen(kZoneStroke, 1);
        if (l.suggested) pen.Style(wxPENSTYLE_SHORT_DASH);
        p.gc().SetPen(p.gc().CreatePen(pen));
        p.gc().StrokeLine(l.from.x, l.from.y, l.to.x, l.to.y);
    }
}

void drawCommonGround(Painter& p, const CommonGroundZone& zone) {
    p.gc().SetPen(p.gc().CreatePen(wxGraphicsPenInfo(kZoneStroke, 2)));
    p.gc().SetBrush(wxBrush(kZoneFill));
    p.gc().DrawEllipse(zone.centre.x - zone.radius, zone.centre.y - zone.radius, 2 * zone.radius, 2 * zone.radius);
    p.font(14, true);
    p.centred(_("Common ground"), zone.centre.x, zone.centre.y - zone.radius + 22);
    for (const auto& label : zone.labels) {
        p.font(11, false, label.suggested ? kMuted : *wxBLACK);
        p.centred(toWx(label.text), label.baseline.x, label.baseline.y);
    }
    if (zone.entries.empty() || zone.unlabelledCount > 0) {
        p.font(11);
        p.centred(zone.entries.empty() ? _("no shared interests yet")
                                       : wxString::Format(_("+%lu more"), static_cast<unsigned long>(zone.unlabelledCount)),
                  zone.centre.x, zone.centre.y + zone.radius - 10);
    }
}

void drawClaims(Painter& p, const std::vector<ClaimArrow>& arrows) {
    wxGraphicsContext& gc = p.gc();
    for (const auto& a : arrows) {
        // The SVG's marker: 16 units long, its tip on the curve's end, along
        // the curve's final tangent (control → end).
        MapPoint dir{a.to.x - a.control.x, a.to.y - a.control.y};
        if (std::hypot(dir.x, dir.y) < 1e-6) dir = {a.to.x - a.from.x, a.to.y - a.from.y};
        const double norm = std::max(std::hypot(dir.x, dir.y), 1e-6);
        dir = {dir.x / norm, dir.y / norm};
        const MapPoint base{a.to.x - dir.x * 16, a.to.y - dir.y * 16};
        wxGraphicsPath curve = gc.CreatePath();
        curve.MoveToPoint(a.from.x, a.from.y);
        curve.AddQuadCurveToPoint(a.control.x, a.control.y, base.x, base.y);
        gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(kInk, 2)));
        gc.StrokePath(curve);
        wxGraphicsPath head = gc.CreatePath();
        head.MoveToPoint(a.to.x, a.to.y);
        head.AddLineToPoint(base.x - dir.y * 8, base.y + dir.x * 8);
        head.AddLineToPoint(base.x + dir.y * 8, base.y - dir.x * 8);
        head.CloseSubpath();
        gc.SetBrush(wxBrush(kInk));
        gc.FillPath(head);
    }
}

void drawParties(Painter& p, const std::vector<PartyNode>& nodes) {
    wxGraphicsContext& gc = p.gc();
    for (const auto& n : nodes) {
        gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(*wxBLACK, 2)));
        gc.SetBrush(*wxWHITE_BRUSH);
        gc.DrawEllipse(n.centre.x - n.radius, n.centre.y - n.radius, 2 * n.radius, 2 * n.radius);
        // The name on up to two lines inside the circle.
        p.font(11, true);
        const double room = 2 * n.radius - 10;
        std::vector<wxString> lines = p.wrap(toWx(n.name), room);
        if (lines.size() > 2) {
            for (std::size_t i = 2; i < lines.size(); ++i) lines[1] += " " + lines[i];
            lines.resize(2);
        }
        const double first = lines.size() == 2 ? n.centre.y - 9 : n.centre.y - 2;
        for (std::size_t i = 0; i < lines.size(); ++i)
            p.centred(p.fit(lines[i], room), n.centre.x, first + 13 * static_cast<double>(i));
        p.font(10, false, kMuted);
        p.centred(vocabularyLabel(n.role), n.centre.x, first + 13 * static_cast<double>(lines.size()) + 2);
    }
}

void drawCards(Painter& p, const std::vector<InterestCard>& cards, const std::set<RecordNo>& confidential) {
    wxGraphicsContext& gc = p.gc();
    for (const auto& card : cards) {
        const wxColour colour = colourOf(card.category);
        const MapRect& b = card.box;
        const bool secret = confidential.contains(card.interestNo);
        gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(secret ? kConfidential : colour, 2)
                                   .Style(secret ? wxPENSTYLE_SHORT_DASH : wxPENSTYLE_SOLID)));
        gc.SetBrush(*wxWHITE_BRUSH);
        gc.DrawRectangle(b.x, b.y, b.width, b.height);
        gc.SetPen(*wxTRANSPARENT_PEN);
        gc.SetBrush(wxBrush(colour));
        gc.DrawRectangle(b.x, b.y, 8, b.height);
        const double room = b.width - 20;
        p.font(9, false, secret ? kConfidential : kMuted);
        // Non-ASCII literals go through toWx: a narrow literal is read in the
        // C library's locale, which need not be UTF-8.
        const wxString dot = toWx(" · ");
        const wxString heading = wxString::Format("%lld", static_cast<long long>(card.interestNo)) + dot +
                                 vocabularyLabel(card.category) + dot + wxString::Format("P%d", card.priority);
        p.text(p.fit(secret ? confidentialBadge() + dot + heading : heading, room), b.x + 14, b.y + 13);
        // Two lines of the interest, the second shortened if need be.
        p.font(10.5);
        std::vector<wxString> lines = p.wrap(toWx(card.text), room);
        for (std::size_t i = 2; i < lines.size(); ++i) lines[1] += " " + lines[i];
        for (std::size_t i = 0; i < std::min<std::size_t>(lines.size(), 2); ++i)
            p.text(p.fit(lines[i], room), b.x + 14, b.y + 27 + 13 * static_cast<double>(i));
    }
}

void drawLegend(Painter& p, const InterestMapLayout& layout) {
    const double y = layout.height - kMapLegendHeight + 12;
    double x = 16;
    p.font(11);
    for (auto category : kCategories) {
        p.gc().SetPen(*wxTRANSPARENT_PEN);
        p.gc().SetBrush(wxBrush(colourOf(category)));
        p.gc().DrawRectangle(x, y, 14, 14);
        const wxString name = vocabularyLabel(category);
        p.text(name, x + 20, y + 11);
        x += 20 + p.width(name) + 14;
    }
    const wxString note = _("arrow: blame claim") + toWx(" · ") + _("dashed line, grey: suggested shared interest");
    if (x + p.width(note) > layout.width - 16)
        p.text(p.fit(note, layout.width - 32), 16, y + 27);
    else
        p.text(note, x, y + 11);
}

void drawHeader(Painter& p, const InterestMapLayout& layout, bool marksConfidential) {
    p.font(18, true);
    p.text(p.fit(_("Interest map") + toWx(" — ") + toWx(layout.caseReference) + ": " + toWx(layout.caseTitle),
                 layout.width - 32),
           16, 26);
    p.font(14);
    wxString audience = toWx(layout.preparedFor);
    if (marksConfidential)
        audience += toWx(" · ") + wxString::Format(_("%s cards with a red dashed border are not shown to parties"),
                                                   confidentialBadge());
    p.text(p.fit(audience, layout.width - 32), 16, 48);
}

}  // namespace

void paintInterestMap(wxGraphicsContext& gc, const InterestMapLayout& layout, const std::set<RecordNo>& confidential) {
    gc.SetAntialiasMode(wxANTIALIAS_DEFAULT);
    gc.SetPen(*wxTRANSPARENT_PEN);
    gc.SetBrush(*wxWHITE_BRUSH);
    gc.DrawRectangle(0, 0, layout.width, layout.height);
    Painter p(gc);
    drawLinks(p, layout.links);
    drawCommonGround(p, layout.commonGround);
    drawClaims(p, layout.arrows);
    drawParties(p, layout.nodes);
    drawCards(p, layout.cards, confidential);
    drawLegend(p, layout);
    drawHeader(p, layout, !confidential.empty());
}

}  // namespace cg::app
