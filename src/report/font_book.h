#pragma once
// The DejaVu TrueType fonts every document is set in, loaded once, and the
// width of a UTF-8 string in them. Layout measures here and the PDF writer
// embeds the same files, so a line that fits when measured fits when drawn.
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string_view>

#include "report/font_face.h"
#include "domain/errors.h"

namespace cg::report {

// A font file is missing or unreadable; the message names the file and the
// Debian package that provides it.
class FontError : public domain::Error {
public:
    using domain::Error::Error;
};

// Not thread-safe (libharu promises nothing): a worker thread that lays out
// documents gets its own FontBook.
class FontBook {
public:
    // Reads the fonts from $COMMONGROUND_FONT_DIR if set, otherwise from
    // /usr/share/fonts/truetype/dejavu. Throws FontError if one is missing.
    FontBook();
    explicit FontBook(std::filesystem::path fontDirectory);
    ~FontBook();
    FontBook(const FontBook&) = delete;
    FontBook& operator=(const FontBook&) = delete;

    static std::filesystem::path defaultDirectory();

    const std::filesystem::path& fontFile(FontFace face) const;
    // Width in points of text set at sizePt, as the PDF will draw it (no
    // kerning: libharu applies none either).
    double textWidth(FontFace face, std::string_view utf8, double sizePt) const;
    // Height of the capitals above the baseline, in points.
    double capHeight(FontFace face, double sizePt) const;

private:
    struct Fonts;
    std::unique_ptr<Fonts> m_fonts;
};

}  // namespace cg::report
