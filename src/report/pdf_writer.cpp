#include "report/overloaded.h"
#include "report/pdf_writer.h"

#include <cmath>
#include <map>
#include <numbers>
#include <random>
#include <set>

#include "report/hpdf_document.h"
#include "report/pdf_metadata.h"

namespace cg::report {

namespace {

// Draws one page's items. libharu refuses path operators inside a text
// object, so text objects are opened for runs of text items and closed
// before any graphics.
class PagePainter {
public:
    PagePainter(HPDF_Page page, double height, const std::map<FontFace, HPDF_Font>& fonts)
        : m_page(page), m_height(height), m_fonts(fonts) {}
    void draw(const PageItem& item) {
        std::visit(Overloaded{[&](const TextItem& t) { text(t); },
                              [&](const auto& shape) {
                                  endText();
                                  this->shape(shape);
                              }},
                   item);
    }
    void finish() { endText(); }

private:
    double flip(double y) const { return m_height - y; }

    void endText() {
        if (!m_inText) return;
        HPDF_Page_EndText(m_page);
        m_inText = false;
    }

    void fillColour(const Colour& c) { HPDF_Page_SetRGBFill(m_page, c.red, c.green, c.blue); }
    void strokeColour(const Colour& c) { HPDF_Page_SetRGBStroke(m_page, c.red, c.green, c.blue); }

    void text(const TextItem& t) {
        if (t.text.empty()) return;
        if (!m_inText) {
            HPDF_Page_BeginText(m_page);
            m_inText = true;
            m_fontSet = false;  // set afresh in each text object, whatever came before
        }
        if (!m_fontSet || m_face != t.face || m_size != t.sizePt) {
            HPDF_Page_SetFontAndSize(m_page, m_fonts.at(t.face), static_cast<HPDF_REAL>(t.sizePt));
            m_fontSet = true;
            m_face = t.face;
            m_size = t.sizePt;
        }
        fillColour(t.colour);
        // The text matrix is set absolutely for every item: TextOut would move
        // relative to the previous position, which a rotation breaks.
        const double angle = t.angleDeg * std::numbers::pi / 180;
        const double c = std::cos(angle), s = std::sin(angle);
        HPDF_Page_SetTextMatrix(m_page, c, s, -s, c, t.x, flip(t.baselineY));
        HPDF_Page_ShowText(m_page, t.text.c_str());
    }

    void shape(const LineItem& l) {
        HPDF_Page_SetLineWidth(m_page, l.widthPt);
        strokeColour(l.colour);
        if (l.dashed) {
            const HPDF_UINT16 pattern[] = {3, 2};
            HPDF_Page_SetDash(m_page, pattern, 2, 0);
        }
        HPDF_Page_MoveTo(m_page, l.x1, flip(l.y1));
        HPDF_Page_LineTo(m_page, l.x2, flip(l.y2));
        HPDF_Page_Stroke(m_page);
        if (l.dashed) HPDF_Page_SetDash(m_page, nullptr, 0, 0);
    }

    // Colours and widths must be set before the path is begun: libharu
    // rejects them once a path is under construction.
    void preparePaint(const std::optional<Colour>& fill, const std::optional<Colour>& stroke, double strokeWidth) {
        if (fill) fillColour(*fill);
        if (stroke) {
            strokeColour(*stroke);
            HPDF_Page_SetLineWidth(m_page, strokeWidth);
        }
    }

    void paint(const std::optional<Colour>& fill, const std::optional<Colour>& stroke) {
        if (fill && stroke)
            HPDF_Page_FillStroke(m_page);
        else if (fill)
            HPDF_Page_Fill(m_page);
        else if (stroke)
            HPDF_Page_Stroke(m_page);
        else
            HPDF_Page_EndPath(m_page);
    }

    void shape(const RectItem& r) {
        preparePaint(r.fill, r.stroke, r.strokeWidthPt);
        HPDF_Page_Rectangle(m_page, r.x, flip(r.y + r.height), r.width, r.height);
        paint(r.fill, r.stroke);
    }

    void shape(const CircleItem& c) {
        preparePaint(c.fill, c.stroke, c.strokeWidthPt);
        HPDF_Page_Circle(m_page, c.centreX, flip(c.centreY), c.radius);
        paint(c.fill, c.stroke);
    }

    void shape(const CurveItem& c) {
        // PDF has only cubic Béziers; a quadratic one is the cubic with its
        // control points two thirds of the way to the quadratic's.
        const double c1x = c.from.x + 2.0 / 3 * (c.control.x - c.from.x);
        const double c1y = c.from.y + 2.0 / 3 * (c.control.y - c.from.y);
        const double c2x = c.to.x + 2.0 / 3 * (c.control.x - c.to.x);
        const double c2y = c.to.y + 2.0 / 3 * (c.control.y - c.to.y);
        HPDF_Page_SetLineWidth(m_page, c.widthPt);
        strokeColour(c.colour);
        HPDF_Page_MoveTo(m_page, c.from.x, flip(c.from.y));
        HPDF_Page_CurveTo(m_page, c1x, flip(c1y), c2x, flip(c2y), c.to.x, flip(c.to.y));
        HPDF_Page_Stroke(m_page);
    }

    void shape(const PolygonItem& p) {
        if (p.points.size() < 3) return;
        fillColour(p.fill);
        HPDF_Page_MoveTo(m_page, p.points[0].x, flip(p.points[0].y));
        for (std::size_t i = 1; i < p.points.size(); ++i)
            HPDF_Page_LineTo(m_page, p.points[i].x, flip(p.points[i].y));
        HPDF_Page_ClosePath(m_page);
        HPDF_Page_Fill(m_page);
    }

    HPDF_Page m_page;
    double m_height;
    const std::map<FontFace, HPDF_Font>& m_fonts;
    bool m_inText = false;
    bool m_fontSet = false;
    FontFace m_face = FontFace::SerifRegular;
    double m_size = 0;
};

std::map<FontFace, HPDF_Font> loadUsedFonts(HpdfDocument& doc, const LaidOutDocument& document,
                                            const FontBook& fonts) {
    std::set<FontFace> used;
    for (const auto& page : document.pages)
        for (const auto& item : page.items)
            if (const auto* t = std::get_if<TextItem>(&item)) used.insert(t->face);
    // Only the faces a document uses are embedded: libharu 2.3 embeds each
    // TrueType file whole, without subsetting.
    std::map<FontFace, HPDF_Font> loaded;
    for (FontFace face : used) {
        const std::string path = fonts.fontFile(face).string();
        const char* name = HPDF_LoadTTFontFromFile(doc.handle(), path.c_str(), HPDF_TRUE);
        doc.check("embedding font " + path);
        loaded[face] = HPDF_GetFont(doc.handle(), name, "UTF-8");
        doc.check("preparing font " + path + " for UTF-8 text");
    }
    return loaded;
}

void addOutline(HpdfDocument& doc, const LaidOutDocument& document, const std::vector<HPDF_Page>& pages) {
    // Each entry hangs under the nearest earlier entry of a lower level.
    std::vector<std::pair<int, HPDF_Outline>> parents;
    HPDF_Encoder utf8 = HPDF_GetEncoder(doc.handle(), "UTF-8");
    for (const auto& entry : document.outline) {
        while (!parents.empty() && parents.back().first >= entry.level) parents.pop_back();
        HPDF_Outline parent = parents.empty() ? nullptr : parents.back().second;
        HPDF_Outline outline = HPDF_CreateOutline(doc.handle(), parent, entry.title.c_str(), utf8);
        HPDF_Page page = pages.at(entry.pageIndex);
        HPDF_Destination destination = HPDF_Page_CreateDestination(page);
        // libharu rejects XYZ's "keep the zoom" (0), so fit the width instead.
        HPDF_Destination_SetFitH(destination, static_cast<HPDF_REAL>(document.heightPt - entry.y + 6));
        HPDF_Outline_SetDestination(outline, destination);
        HPDF_Outline_SetOpened(outline, entry.level <= 1 ? HPDF_TRUE : HPDF_FALSE);
        doc.check("adding the bookmark \"" + entry.title + "\"");
        parents.emplace_back(entry.level, outline);
    }
}

std::string randomOwnerPassword() {
    std::random_device device;
    std::string password;
    const std::string_view alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    for (int i = 0; i < 24; ++i) password += alphabet[device() % alphabet.size()];
    return password;
}

void encrypt(HpdfDocument& doc, const PdfOptions& options) {
    if (!options.userPassword && !options.ownerPassword) return;
    const std::string user = options.userPassword.value_or("");
    std::string owner = options.ownerPassword.value_or("");
    if (owner.empty()) owner = randomOwnerPassword();
    if (owner == user)
        throw PdfError("the owner password must differ from the password for opening the document");
    HPDF_SetPassword(doc.handle(), owner.c_str(), user.c_str());
    HPDF_SetEncryptionMode(doc.handle(), HPDF_ENCRYPT_R3, 16);
    doc.check("setting up encryption");
}

std::vector<unsigned char> savedBytes(HpdfDocument& doc) {
    HPDF_SaveToStream(doc.handle());
    doc.check("writing the PDF");
    std::vector<unsigned char> bytes(HPDF_GetStreamSize(doc.handle()));
    HPDF_UINT32 read = 0;
    while (read < bytes.size()) {
        HPDF_UINT32 chunk = static_cast<HPDF_UINT32>(bytes.size() - read);
        const HPDF_STATUS status = HPDF_ReadFromStream(doc.handle(), bytes.data() + read, &chunk);
        read += chunk;
        if (status == HPDF_STREAM_EOF) {
            // libharu reports reaching the end of its stream as an error.
            doc.clearError();
            break;
        }
        doc.check("reading the PDF back from memory");
        if (chunk == 0) break;
    }
    if (read != bytes.size())
        throw PdfError("PDF output failed: libharu returned " + std::to_string(read) + " of " +
                       std::to_string(bytes.size()) + " bytes");
    return bytes;
}

}  // namespace

std::vector<unsigned char> writePdf(const LaidOutDocument& document, const FontBook& fonts,
                                    const PdfOptions& options) {
    HpdfDocument doc;
    HPDF_SetCompressionMode(doc.handle(), HPDF_COMP_ALL);
    const auto loaded = loadUsedFonts(doc, document, fonts);
    setMetadata(doc, document.info);
    std::vector<HPDF_Page> pages;
    for (const auto& laidOut : document.pages) {
        HPDF_Page page = HPDF_AddPage(doc.handle());
        HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(document.widthPt));
        HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(document.heightPt));
        PagePainter painter(page, document.heightPt, loaded);
        for (const auto& item : laidOut.items) painter.draw(item);
        painter.finish();
        doc.check("drawing page " + std::to_string(pages.size() + 1));
        pages.push_back(page);
    }
    addOutline(doc, document, pages);
    encrypt(doc, options);
    return savedBytes(doc);
}

}  // namespace cg::report
