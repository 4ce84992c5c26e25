#include "report/map_figure_layout.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "domain/common_ground/interest_map_palette.h"
#include "domain/enum_names.h"
#include "domain/vocabulary.h"
#include "report/typography.h"

namespace cg::report {

using namespace domain;
using domain::documents::Alignment;
using domain::documents::MapFigure;
using namespace typography;

namespace {

// Below this a map is too small to read; it starts a new page instead.
constexpr double kMinimumMapHeight = 220;
constexpr double kCaptionGap = 6;

constexpr std::array kCategories = {
    InterestCategory::Financial,    InterestCategory::Reputational,
    InterestCategory::Regulatory,   InterestCategory::OperationalContinuity,
    InterestCategory::Relationship, InterestCategory::SecurityImprovement,
    InterestCategory::Recognition};

const Colour kInk = Colour::fromHex("#333333");
const Colour kZoneStroke = Colour::fromHex("#555555");

// Maps the layout's units onto the page and scales text and strokes alike.
class MapCanvas {
public:
    MapCanvas(PageFlow& flow, const FontBook& fonts, double originX, double originY, double scale)
        : m_flow(flow), m_fonts(fonts), m_x(originX), m_y(originY), m_scale(scale) {}

    PointPt at(MapPoint p) const { return {m_x + p.x * m_scale, m_y + p.y * m_scale}; }
    double len(double units) const { return units * m_scale; }

    void text(FontFace face, double size, double x, double y, const std::string& text,
              Colour colour = {}) {
        const PointPt p = at({x, y});
        m_flow.add(TextItem{face, len(size), p.x, p.y, text, colour});
    }
    void centredText(FontFace face, double size, MapPoint baselineMiddle, const std::string& s,
                     Colour colour = {}) {
        const double width = m_fonts.textWidth(face, s, size);  // in map units
        text(face, size, baselineMiddle.x - width / 2, baselineMiddle.y, s, colour);
    }
    // Shortens text with an ellipsis until it fits maxWidth map units.
    std::string fit(FontFace face, double size, const std::string& s, double maxWidth) const {
        if (m_fonts.textWidth(face, s, size) <= maxWidth) return s;
        std::string cut = s;
        while (!cut.empty()) {
            // Drop one whole UTF-8 character: its continuation bytes, then its lead byte.
            while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) cut.pop_back();
            if (!cut.empty()) cut.pop_back();
            while (!cut.empty() && cut.back() == ' ') cut.pop_back();
            if (m_fonts.textWidth(face, cut + "…", size) <= maxWidth) return cut + "…";
        }
        return "…";
    }
    // Plain text broken into lines of at most maxWidth map units.
    std::vector<std::string> wrap(FontFace face, double size, const std::string& s, double maxWidth) const {
        TypeSpec type = TypeSpec::sans(size);
        type.regular = face;
        std::vector<std::string> lines;
        for (const auto& line : breakIntoLines(s, type, maxWidth, m_fonts)) {
            std::string text;
            for (const auto& word : line.words) {
                if (!text.empty()) text += ' ';
                for (const auto& part : word.parts) text += part.text;
            }
            lines.push_back(std::move(text));
        }
        return lines;
    }
    double width(FontFace face, double size, const std::string& s) const {
        return m_fonts.textWidth(face, s, size);
    }
    void add(PageItem item) { m_flow.add(std::move(item)); }

private:
    PageFlow& m_flow;
    const FontBook& m_fonts;
    double m_x, m_y, m_scale;
};

std::string heading(const InterestMapLayout& layout) {
    return "Interest map — " + layout.caseReference + ": " + layout.caseTitle;
}

void drawLinks(MapCanvas& canvas, const std::vector<CommonGroundLink>& links) {
    for (const auto& l : links) {
        const PointPt a = canvas.at(l.from), b = canvas.at(l.to);
        canvas.add(LineItem{a.x, a.y, b.x, b.y, canvas.len(1), kZoneStroke, l.suggested});
    }
}

void drawCommonGround(MapCanvas& canvas, const CommonGroundZone& zone) {
    const PointPt c = canvas.at(zone.centre);
    canvas.add(CircleItem{c.x, c.y, canvas.len(zone.radius), Colour::fromHex("#F2F2F2"), kZoneStroke,
                          canvas.len(2)});
    canvas.centredText(FontFace::SansBold, 14, {zone.centre.x, zone.centre.y - zone.radius + 22},
                       "Common ground");
    // The SVG sets suggested labels in italics; the book has no sans italic,
    // so they are grey here, which the legend explains in the same words.
    for (const auto& label : zone.labels)
        canvas.centredText(FontFace::SansRegular, 11, label.baseline, label.text,
                           label.suggested ? Colour::grey(0.4) : Colour{});
    if (zone.entries.empty() || zone.unlabelledCount > 0)
        canvas.centredText(FontFace::SansRegular, 11, {zone.centre.x, zone.centre.y + zone.radius - 10},
                           zone.entries.empty() ? std::string("no shared interests yet")
                                                : "+" + std::to_string(zone.unlabelledCount) + " more");
}

void drawClaims(MapCanvas& canvas, const std::vector<ClaimArrow>& arrows) {
    for (const auto& a : arrows) {
        const PointPt from = canvas.at(a.from), control = canvas.at(a.control), to = canvas.at(a.to);
        // The SVG marker: 8 × stroke width (2) long, tip on the curve's end,
        // pointing along the curve's final tangent (control → end).
        double dx = to.x - control.x, dy = to.y - control.y;
        const double length = std::hypot(dx, dy);
        if (length < 1e-6) {
            dx = to.x - from.x;
            dy = to.y - from.y;
        }
        const double norm = std::max(std::hypot(dx, dy), 1e-6);
        dx /= norm;
        dy /= norm;
        const double headLength = canvas.len(16), halfWidth = canvas.len(8);
        const PointPt base{to.x - dx * headLength, to.y - dy * headLength};
        canvas.add(CurveItem{from, control, base, canvas.len(2), kInk});
        canvas.add(PolygonItem{{to,
                                {base.x - dy * halfWidth, base.y + dx * halfWidth},
                                {base.x + dy * halfWidth, base.y - dx * halfWidth}},
                               kInk});
    }
}

void drawParties(MapCanvas& canvas, const std::vector<PartyNode>& nodes) {
    for (const auto& n : nodes) {
        const PointPt c = canvas.at(n.centre);
        canvas.add(CircleItem{c.x, c.y, canvas.len(n.radius), Colour::grey(1), Colour{}, canvas.len(2)});
        const double room = 2 * n.radius - 8;
        canvas.centredText(FontFace::SansBold, 11, {n.centre.x, n.centre.y - 2},
                           canvas.fit(FontFace::SansBold, 11, n.name, room));
        canvas.centredText(FontFace::SansRegular, 10, {n.centre.x, n.centre.y + 13},
                           std::string(toString(n.role)));
    }
}

void drawCards(MapCanvas& canvas, const std::vector<InterestCard>& cards) {
    for (const auto& card : cards) {
        const Colour colour = Colour::fromHex(categoryColour(card.category));
        const MapRect& b = card.box;
        const PointPt corner = canvas.at({b.x, b.y});
        canvas.add(RectItem{corner.x, corner.y, canvas.len(b.width), canvas.len(b.height), Colour::grey(1),
                            colour, canvas.len(2)});
        canvas.add(RectItem{corner.x, corner.y, canvas.len(8), canvas.len(b.height), colour, std::nullopt, 0});
        const double room = b.width - 20;
        canvas.text(FontFace::SansRegular, 9, b.x + 14, b.y + 14,
                    canvas.fit(FontFace::SansRegular, 9,
                               std::to_string(card.interestNo) + " · " + std::string(toString(card.category)) +
                                   " · P" + std::to_string(card.priority),
                               room));
        // The SVG cuts the description to one line; with measured widths
        // there is room for two, the second shortened if need be.
        const auto lines = canvas.wrap(FontFace::SansRegular, 10, card.text, room);
        for (std::size_t i = 0; i < std::min<std::size_t>(lines.size(), 2); ++i) {
            std::string line = lines[i];
            if (i == 1)
                for (std::size_t rest = 2; rest < lines.size(); ++rest) line += " " + lines[rest];
            canvas.text(FontFace::SansRegular, 10, b.x + 14, b.y + 28 + 12 * static_cast<double>(i),
                        canvas.fit(FontFace::SansRegular, 10, line, room));
        }
    }
}

void drawLegend(MapCanvas& canvas, const InterestMapLayout& layout) {
    const double y = layout.height - kMapLegendHeight + 12;
    double x = 16;
    for (auto category : kCategories) {
        const PointPt corner = canvas.at({x, y});
        canvas.add(RectItem{corner.x, corner.y, canvas.len(14), canvas.len(14),
                            Colour::fromHex(categoryColour(category)), std::nullopt, 0});
        const std::string name(toString(category));
        canvas.text(FontFace::SansRegular, 11, x + 20, y + 11, name);
        x += 20 + canvas.width(FontFace::SansRegular, 11, name) + 14;
    }
    const std::string note = "arrow: blame claim · dashed line, grey: suggested shared interest";
    // On its own line when the categories leave no room for it.
    if (x + canvas.width(FontFace::SansRegular, 11, note) > layout.width - 16)
        canvas.text(FontFace::SansRegular, 11, 16, y + 27, canvas.fit(FontFace::SansRegular, 11, note, layout.width - 32));
    else
        canvas.text(FontFace::SansRegular, 11, x, y + 11, note);
}

void drawHeader(MapCanvas& canvas, const InterestMapLayout& layout) {
    canvas.text(FontFace::SansBold, 18, 16, 26,
                canvas.fit(FontFace::SansBold, 18, heading(layout), layout.width - 32));
    canvas.text(FontFace::SansRegular, 14, 16, 48,
                canvas.fit(FontFace::SansRegular, 14, layout.preparedFor, layout.width - 32));
}

}  // namespace

MapFigureLayout::MapFigureLayout(const MapFigure& figure, const PageFlow& flow, const FontBook& fonts)
    : m_figure(figure), m_fonts(fonts), m_measure(flow.measure()) {
    if (!figure.caption.empty()) {
        TypeSpec type = TypeSpec::serif(kCaptionSize);
        type.regular = FontFace::SerifItalic;
        m_caption = breakIntoLines(figure.caption, type, flow.measure(), fonts);
    }
}

double MapFigureLayout::captionHeight() const {
    return m_caption.empty() ? 0 : kCaptionGap + static_cast<double>(m_caption.size()) * kCaptionLeading;
}

double MapFigureLayout::minimumStart() const {
    const auto& layout = m_figure.layout;
    if (layout.width <= 0 || layout.height <= 0) return captionHeight();
    return std::min(kMinimumMapHeight, layout.height * m_measure / layout.width) + captionHeight();
}

void MapFigureLayout::place(PageFlow& flow) const {
    const auto& layout = m_figure.layout;
    if (layout.width <= 0 || layout.height <= 0)
        throw std::invalid_argument("the interest map has no size; lay it out before adding it to a document");
    auto scaleFor = [&](double room) { return std::min(flow.measure() / layout.width, room / layout.height); };
    double scale = scaleFor(flow.remaining() - captionHeight());
    const double fullScale = flow.measure() / layout.width;
    if (!flow.atTopOfPage() && layout.height * scale < std::min(kMinimumMapHeight, layout.height * fullScale)) {
        flow.newPage();
        scale = scaleFor(flow.remaining() - captionHeight());
    }
    const double drawnWidth = layout.width * scale, drawnHeight = layout.height * scale;
    const double originX = flow.left() + (flow.measure() - drawnWidth) / 2;
    const double originY = flow.y();
    flow.add(RectItem{originX, originY, drawnWidth, drawnHeight, Colour::grey(1), Colour::grey(0.75), 0.4});
    MapCanvas canvas(flow, m_fonts, originX, originY, scale);
    drawLinks(canvas, layout.links);
    drawCommonGround(canvas, layout.commonGround);
    drawClaims(canvas, layout.arrows);
    drawParties(canvas, layout.nodes);
    drawCards(canvas, layout.cards);
    drawLegend(canvas, layout);
    drawHeader(canvas, layout);
    flow.advance(drawnHeight);
    if (!m_caption.empty()) {
        flow.advance(kCaptionGap);
        TypeSpec type = TypeSpec::serif(kCaptionSize);
        type.regular = FontFace::SerifItalic;
        for (const auto& line : m_caption) {
            std::vector<PageItem> items;
            setLine(line, type, flow.left(), baselineIn(flow.y(), kCaptionLeading, kCaptionSize), flow.measure(),
                    Alignment::Centred, true, items);
            for (auto& item : items) flow.add(std::move(item));
            flow.advance(kCaptionLeading);
        }
    }
    flow.addSpace(kBodyLeading);
}

}  // namespace cg::report
