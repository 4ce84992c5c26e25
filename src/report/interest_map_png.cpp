#include "report/interest_map_png.h"

#include <cmath>
#include <memory>
#include <mutex>

#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <librsvg/rsvg.h>

#include "report/font_book.h"
#include "report/interest_map_svg.h"

namespace cg::report {

namespace {

// Larger pictures cost hundreds of megabytes of pixels for no visible gain.
constexpr double kMaximumScale = 8.0;

struct SurfaceDeleter {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct ContextDeleter {
    void operator()(cairo_t* c) const { cairo_destroy(c); }
};
struct HandleDeleter {
    void operator()(RsvgHandle* h) const { g_object_unref(h); }
};

// The SVG names "DejaVu Sans"; registering the very files the PDFs embed
// (COMMONGROUND_FONT_DIR or the system's) makes fontconfig find them even
// where they are not installed system-wide, so the PNG, the SVG and the
// handout are set in the same face. Once per process: fontconfig keeps them.
void useProjectFonts() {
    static std::once_flag registered;
    const FontBook fonts;  // throws FontError naming a missing file
    std::call_once(registered, [&] {
        for (FontFace face : {FontFace::SansRegular, FontFace::SansBold})
            FcConfigAppFontAddFile(nullptr,
                                   reinterpret_cast<const FcChar8*>(fonts.fontFile(face).c_str()));
    });
}

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void check(cairo_status_t status, const std::string& doing) {
    if (status != CAIRO_STATUS_SUCCESS)
        throw MapImageError("interest map PNG: " + doing + " failed: " +
                            cairo_status_to_string(status));
}

}  // namespace

std::string interestMapPng(const domain::InterestMapLayout& layout, double scale) {
    if (!(scale > 0 && scale <= kMaximumScale))
        throw MapImageError("interest map PNG: the scale must be above 0 and at most 8, not " +
                            std::to_string(scale));
    if (layout.width <= 0 || layout.height <= 0)
        throw MapImageError("interest map PNG: the map has no size; lay it out first");
    useProjectFonts();

    const std::string svg = interestMapSvg(layout);
    GError* error = nullptr;
    std::unique_ptr<RsvgHandle, HandleDeleter> handle(rsvg_handle_new_from_data(
        reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error));
    if (!handle) {
        const std::string reason = error ? error->message : "unknown error";
        g_clear_error(&error);
        throw MapImageError("interest map PNG: librsvg could not read the map's SVG: " + reason);
    }

    const int width = static_cast<int>(std::ceil(layout.width * scale));
    const int height = static_cast<int>(std::ceil(layout.height * scale));
    std::unique_ptr<cairo_surface_t, SurfaceDeleter> surface(
        cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height));
    check(cairo_surface_status(surface.get()), "making a " + std::to_string(width) + " × " +
                                                   std::to_string(height) + " pixel picture");
    std::unique_ptr<cairo_t, ContextDeleter> cr(cairo_create(surface.get()));
    const RsvgRectangle viewport{0, 0, static_cast<double>(width), static_cast<double>(height)};
    if (!rsvg_handle_render_document(handle.get(), cr.get(), &viewport, &error)) {
        const std::string reason = error ? error->message : "unknown error";
        g_clear_error(&error);
        throw MapImageError("interest map PNG: librsvg could not draw the map: " + reason);
    }
    check(cairo_status(cr.get()), "drawing the map");

    std::string png;
    check(cairo_surface_write_to_png_stream(surface.get(), appendBytes, &png), "encoding the PNG");
    return png;
}

}  // namespace cg::report
