#include "report/font_book.h"

#include <cstdlib>
#include <fstream>
#include <map>

#include "report/hpdf_document.h"

namespace cg::report {

namespace {

struct FaceFile {
    const char* fileName;
    const char* debianPackage;
};

FaceFile faceFile(FontFace face) {
    switch (face) {
        case FontFace::SerifRegular:
            return {"DejaVuSerif.ttf", "fonts-dejavu-core"};
        case FontFace::SerifBold:
            return {"DejaVuSerif-Bold.ttf", "fonts-dejavu-core"};
        case FontFace::SerifItalic:
            return {"DejaVuSerif-Italic.ttf", "fonts-dejavu-extra"};
        case FontFace::SerifBoldItalic:
            return {"DejaVuSerif-BoldItalic.ttf", "fonts-dejavu-extra"};
        case FontFace::SansRegular:
            return {"DejaVuSans.ttf", "fonts-dejavu-core"};
        case FontFace::SansBold:
            return {"DejaVuSans-Bold.ttf", "fonts-dejavu-core"};
    }
    return {"", ""};
}

}  // namespace

// Measuring goes through libharu itself, on a private document that never
// gets saved, so measured widths are exactly what the writer's fonts draw.
// Parsing a TrueType file costs several milliseconds, so a face is loaded the
// first time something is measured in it: an agreement set in serif never
// pays for the sans faces. (Not thread-safe, like libharu itself: one
// FontBook per thread.)
struct FontBook::Fonts {
    HpdfDocument doc;
    std::map<FontFace, std::filesystem::path> files;
    std::map<FontFace, HPDF_Font> fonts;

    HPDF_Font font(FontFace face) {
        if (auto loaded = fonts.find(face); loaded != fonts.end()) return loaded->second;
        const std::filesystem::path& path = files.at(face);
        const char* name = HPDF_LoadTTFontFromFile(doc.handle(), path.c_str(), HPDF_FALSE);
        try {
            doc.check("loading font " + path.string());
        } catch (const PdfError& e) {
            throw FontError(e.what());
        }
        const HPDF_Font font = HPDF_GetFont(doc.handle(), name, "UTF-8");
        doc.check("preparing font " + path.string() + " for UTF-8 text");
        return fonts[face] = font;
    }
};

FontBook::FontBook() : FontBook(defaultDirectory()) {}

// Every file is checked here, so a missing font is reported when the book is
// opened, before any work, even though the faces load later.
FontBook::FontBook(std::filesystem::path fontDirectory) : m_fonts(std::make_unique<Fonts>()) {
    for (FontFace face : kAllFontFaces) {
        const FaceFile file = faceFile(face);
        const std::filesystem::path path = fontDirectory / file.fileName;
        // libharu reports a missing file only as a bare error code; check
        // first so the message can name the file and the package.
        if (!std::ifstream(path, std::ios::binary))
            throw FontError("font file " + path.string() +
                            " is missing or unreadable; install the Debian package " +
                            file.debianPackage + " or point COMMONGROUND_FONT_DIR at a folder "
                            "holding the DejaVu fonts");
        m_fonts->files[face] = path;
    }
}

FontBook::~FontBook() = default;

std::filesystem::path FontBook::defaultDirectory() {
    if (const char* dir = std::getenv("COMMONGROUND_FONT_DIR"); dir && *dir) return dir;
    return "/usr/share/fonts/truetype/dejavu";
}

const std::filesystem::path& FontBook::fontFile(FontFace face) const { return m_fonts->files.at(face); }

double FontBook::textWidth(FontFace face, std::string_view utf8, double sizePt) const {
    if (utf8.empty()) return 0;
    const HPDF_TextWidth width =
        HPDF_Font_TextWidth(m_fonts->font(face), reinterpret_cast<const HPDF_BYTE*>(utf8.data()),
                            static_cast<HPDF_UINT>(utf8.size()));
    // libharu gives widths in thousandths of the font size.
    return width.width * sizePt / 1000.0;
}

double FontBook::capHeight(FontFace face, double sizePt) const {
    return HPDF_Font_GetCapHeight(m_fonts->font(face)) * sizePt / 1000.0;
}

}  // namespace cg::report
