#include "app/laid_out_printout.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <numbers>
#include <type_traits>

#include <wx/dc.h>
#include <wx/font.h>
#include <wx/graphics.h>

#include "app/wx_text.h"

namespace cg::app {

using namespace report;

namespace {

bool g_fontsRegistered = false;
constexpr const char* kSample = "The quick brown fox jumps over the lazy dog, 0123456789.";
constexpr double kSampleSize = 100;

wxColour toColour(const Colour& c) {
    auto channel = [](double v) { return static_cast<unsigned char>(std::lround(std::clamp(v, 0.0, 1.0) * 255)); };
    return {channel(c.red), channel(c.green), channel(c.blue)};
}

// The family names of the files FontBook reads; they are the names fontconfig
// gives both the registered files and the system's own copies.
wxString familyOf(FontFace face) {
    return face == FontFace::SansRegular || face == FontFace::SansBold ? "DejaVu Sans" : "DejaVu Serif";
}

int flagsOf(FontFace face) {
    switch (face) {
        case FontFace::SerifBold:
        case FontFace::SansBold: return wxFONTFLAG_BOLD;
        case FontFace::SerifItalic: return wxFONTFLAG_ITALIC;
        case FontFace::SerifBoldItalic: return wxFONTFLAG_BOLD | wxFONTFLAG_ITALIC;
        default: return wxFONTFLAG_DEFAULT;
    }
}

wxGraphicsPen penOf(wxGraphicsContext& gc, const Colour& colour, double width, bool dashed = false) {
    wxGraphicsPenInfo info(toColour(colour));
    info.Width(width).Style(dashed ? wxPENSTYLE_SHORT_DASH : wxPENSTYLE_SOLID);
    return gc.CreatePen(info);
}

void draw(wxGraphicsContext& gc, const TextItem& t, double sizeFactor, double layoutWidth) {
    // Set at the sample size and scaled down: wx rounds a graphics font's
    // size to whole pixels, which at 8 or 10.5 pt would set every line
    // narrower than the layout measured it.
    gc.PushState();
    gc.Translate(t.x, t.baselineY);
    // Counter-clockwise on the page is a negative angle with y growing down.
    if (t.angleDeg != 0) gc.Rotate(-t.angleDeg * std::numbers::pi / 180);
    const double scale = t.sizePt * sizeFactor / kSampleSize;
    gc.Scale(scale, scale);
    gc.SetFont(gc.CreateFont(kSampleSize, familyOf(t.face), flagsOf(t.face), toColour(t.colour)));
    const wxString text = toWx(t.text);
    double width = 0, height = 0, descent = 0, leading = 0;
    gc.GetTextExtent(text, &width, &height, &descent, &leading);
    // Screen fonts are hinted to whole pixels, so a line set at 72 dpi can
    // come out a few per cent wider or narrower than the PDF's; stretch it to
    // the layout's width so a bold name never runs into the comma after it.
    if (width > 0 && layoutWidth > 0) gc.Scale(layoutWidth / scale / width, 1);
    // The layout places baselines; wx draws from the top of the text box.
    gc.DrawText(text, 0, -(height - descent));
    gc.PopState();
}

void draw(wxGraphicsContext& gc, const LineItem& l) {
    gc.SetPen(penOf(gc, l.colour, l.widthPt, l.dashed));
    gc.StrokeLine(l.x1, l.y1, l.x2, l.y2);
}

void fillAndStroke(wxGraphicsContext& gc, const wxGraphicsPath& path, const std::optional<Colour>& fill,
                   const std::optional<Colour>& stroke, double strokeWidth) {
    if (fill) {
        gc.SetBrush(gc.CreateBrush(wxBrush(toColour(*fill))));
        gc.FillPath(path);
    }
    if (stroke) {
        gc.SetPen(penOf(gc, *stroke, strokeWidth));
        gc.StrokePath(path);
    }
}

void draw(wxGraphicsContext& gc, const RectItem& r) {
    wxGraphicsPath path = gc.CreatePath();
    path.AddRectangle(r.x, r.y, r.width, r.height);
    fillAndStroke(gc, path, r.fill, r.stroke, r.strokeWidthPt);
}

void draw(wxGraphicsContext& gc, const CircleItem& c) {
    wxGraphicsPath path = gc.CreatePath();
    path.AddCircle(c.centreX, c.centreY, c.radius);
    fillAndStroke(gc, path, c.fill, c.stroke, c.strokeWidthPt);
}

void draw(wxGraphicsContext& gc, const CurveItem& c) {
    wxGraphicsPath path = gc.CreatePath();
    path.MoveToPoint(c.from.x, c.from.y);
    path.AddQuadCurveToPoint(c.control.x, c.control.y, c.to.x, c.to.y);
    gc.SetPen(penOf(gc, c.colour, c.widthPt));
    gc.StrokePath(path);
}

void draw(wxGraphicsContext& gc, const PolygonItem& p) {
    if (p.points.size() < 3) return;
    wxGraphicsPath path = gc.CreatePath();
    path.MoveToPoint(p.points.front().x, p.points.front().y);
    for (std::size_t i = 1; i < p.points.size(); ++i) path.AddLineToPoint(p.points[i].x, p.points[i].y);
    path.CloseSubpath();
    gc.SetBrush(gc.CreateBrush(wxBrush(toColour(p.fill))));
    gc.FillPath(path);
}

}  // namespace

void registerDocumentFonts(const FontBook& fonts) {
    if (g_fontsRegistered) return;
    g_fontsRegistered = true;
    for (FontFace face : kAllFontFaces) wxFont::AddPrivateFont(toWx(fonts.fontFile(face).string()));
}

LaidOutPrintout::LaidOutPrintout(LaidOutDocument document, const wxString& title)
    : wxPrintout(title), m_document(std::move(document)), m_fonts(std::make_unique<FontBook>()) {
    for (std::size_t i = 0; i < kAllFontFaces.size(); ++i)
        m_layoutWidths[i] = m_fonts->textWidth(kAllFontFaces[i], kSample, kSampleSize);
}

std::array<double, kAllFontFaces.size()> LaidOutPrintout::sizeFactors(wxGraphicsContext& gc) const {
    std::array<double, kAllFontFaces.size()> factors{};
    for (std::size_t i = 0; i < kAllFontFaces.size(); ++i) {
        const FontFace face = kAllFontFaces[i];
        gc.SetFont(gc.CreateFont(kSampleSize, familyOf(face), flagsOf(face), *wxBLACK));
        double width = 0, height = 0;
        gc.GetTextExtent(kSample, &width, &height);
        factors[i] = width > 0 ? m_layoutWidths[i] / width : 1.0;
    }
    return factors;
}

bool LaidOutPrintout::HasPage(int page) { return page >= 1 && page <= pageCount(); }

void LaidOutPrintout::GetPageInfo(int* minPage, int* maxPage, int* selectedFrom, int* selectedTo) {
    *minPage = *selectedFrom = 1;
    *maxPage = *selectedTo = pageCount();
}

bool LaidOutPrintout::OnPrintPage(int page) {
    wxDC* dc = GetDC();
    if (!dc || !HasPage(page)) return false;
    // One logical unit is one point of the laid-out page, the page fills the
    // paper (the layout has its own margins), whatever the DC's resolution.
    FitThisSizeToPaper(wxSize(static_cast<int>(std::ceil(m_document.widthPt)),
                              static_cast<int>(std::ceil(m_document.heightPt))));
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::CreateFromUnknownDC(*dc));
    if (!gc) return false;
    gc->SetAntialiasMode(wxANTIALIAS_DEFAULT);
    drawPage(*gc, static_cast<std::size_t>(page) - 1);
    return true;
}

void LaidOutPrintout::drawPage(wxGraphicsContext& gc, std::size_t index) const {
    const auto factors = sizeFactors(gc);
    for (const PageItem& item : m_document.pages.at(index).items) {
        if (const auto* text = std::get_if<TextItem>(&item)) {
            const auto face = std::find(kAllFontFaces.begin(), kAllFontFaces.end(), text->face);
            draw(gc, *text, factors[static_cast<std::size_t>(face - kAllFontFaces.begin())],
                 m_fonts->textWidth(text->face, text->text, text->sizePt));
        } else {
            std::visit([&gc](const auto& shape) {
                if constexpr (!std::is_same_v<std::decay_t<decltype(shape)>, TextItem>) draw(gc, shape);
            }, item);
        }
    }
}

}  // namespace cg::app
