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
struct FontBook::Fonts {
    HpdfDocument doc;
    std::map<FontFace, std::filesystem::path> files;
    std::map<FontFace, HPDF_Font> fonts;
};

FontBook::FontBook() : FontBook(defaultDirectory()) {}

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
        const char* name = HPDF_LoadTTFontFromFile(m_fonts->doc.handle(), path.c_str(), HPDF_FALSE);
        try {
            m_fonts->doc.check("loading font " + path.string());
        } catch (const PdfError& e) {
            throw FontError(e.what());
        }
        m_fonts->fonts[face] = HPDF_GetFont(m_fonts->doc.handle(), name, "UTF-8");
        m_fonts->doc.check("preparing font " + path.string() + " for UTF-8 text");
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
        HPDF_Font_TextWidth(m_fonts->fonts.at(face), reinterpret_cast<const HPDF_BYTE*>(utf8.data()),
                            static_cast<HPDF_UINT>(utf8.size()));
    // libharu gives widths in thousandths of the font size.
    return width.width * sizePt / 1000.0;
}

double FontBook::capHeight(FontFace face, double sizePt) const {
    return HPDF_Font_GetCapHeight(m_fonts->fonts.at(face)) * sizePt / 1000.0;
}

}  // namespace cg::report
