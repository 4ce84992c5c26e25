#pragma once
// A document after layout: pages of positioned text and shapes, in points,
// with the origin at the top-left corner of the page and y growing downwards.
// Nothing here knows libharu or wxWidgets: the PDF writer draws this list,
// and a print preview can draw the very same list ("one layout, two back
// ends"), so what the mediator previews is what the parties receive.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "domain/documents/document.h"
#include "report/font_face.h"

namespace cg::report {

struct Colour {
    double red = 0;  // 0..1
    double green = 0;
    double blue = 0;

    static Colour grey(double level) { return {level, level, level}; }
    // "#RRGGBB", as the interest-map palette writes it.
    static Colour fromHex(std::string_view hex);

    bool operator==(const Colour&) const = default;
};

struct TextItem {
    FontFace face = FontFace::SerifRegular;
    double sizePt = 10;
    double x = 0;          // start of the baseline
    double baselineY = 0;
    std::string text;      // UTF-8, one line, no line breaks
    Colour colour;
    double angleDeg = 0;   // counter-clockwise as seen on the page (watermark)
};

struct LineItem {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    double widthPt = 0.5;
    Colour colour;
    bool dashed = false;
};

struct RectItem {
    double x = 0, y = 0;  // top-left corner
    double width = 0, height = 0;
    std::optional<Colour> fill;
    std::optional<Colour> stroke;
    double strokeWidthPt = 0.5;
};

struct CircleItem {
    double centreX = 0, centreY = 0;
    double radius = 0;
    std::optional<Colour> fill;
    std::optional<Colour> stroke;
    double strokeWidthPt = 0.5;
};

struct PointPt {
    double x = 0;
    double y = 0;
};

// A quadratic Bézier, stroked (the interest map's claim arrows).
struct CurveItem {
    PointPt from, control, to;
    double widthPt = 1;
    Colour colour;
};

// A closed, filled polygon (arrowheads).
struct PolygonItem {
    std::vector<PointPt> points;
    Colour fill;
};

using PageItem = std::variant<TextItem, LineItem, RectItem, CircleItem, CurveItem, PolygonItem>;

// Items are drawn in order: later items cover earlier ones.
struct LaidOutPage {
    std::vector<PageItem> items;
};

// A bookmark: the heading's title and where it sits.
struct OutlineEntry {
    std::string title;
    int level = 1;
    std::size_t pageIndex = 0;
    double y = 0;  // top of the heading, points from the top of the page
};

struct LaidOutDocument {
    double widthPt = 0;
    double heightPt = 0;
    std::vector<LaidOutPage> pages;
    std::vector<OutlineEntry> outline;
    domain::documents::DocumentInfo info;
};

}  // namespace cg::report
