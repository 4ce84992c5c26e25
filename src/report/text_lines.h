#pragma once
// Breaking styled text into lines of a given measure and setting a line at
// an alignment. Widths come from the FontBook, so the lines fit as drawn.
#include <vector>

#include "domain/documents/document.h"
#include "report/font_book.h"
#include "report/laid_out_document.h"

namespace cg::report {

// Which face each TextStyle is set in, and at what size.
struct TypeSpec {
    FontFace regular = FontFace::SerifRegular;
    FontFace bold = FontFace::SerifBold;
    FontFace italic = FontFace::SerifItalic;
    FontFace boldItalic = FontFace::SerifBoldItalic;
    double sizePt = 10.5;

    FontFace face(domain::documents::TextStyle style) const;
    static TypeSpec serif(double sizePt) { return {.sizePt = sizePt}; }
    static TypeSpec sans(double sizePt) {
        return {FontFace::SansRegular, FontFace::SansBold, FontFace::SansRegular, FontFace::SansBold,
                sizePt};
    }
};

// A piece of a word in one face ("Müller" bold followed by "’s" regular).
struct WordPart {
    FontFace face;
    std::string text;
    double width = 0;
};

struct Word {
    std::vector<WordPart> parts;
    double width = 0;
    // The space after this word is set in the face of its last part.
    double spaceAfter = 0;
};

struct TextLine {
    std::vector<Word> words;
    double naturalWidth = 0;  // words and single spaces
};

// Greedy line filling; a word longer than the measure is broken between
// characters so nothing ever runs into the margin.
std::vector<TextLine> breakIntoLines(const domain::documents::RichText& text, const TypeSpec& type,
                                     double measure, const FontBook& fonts);
std::vector<TextLine> breakIntoLines(const std::string& plain, const TypeSpec& type, double measure,
                                     const FontBook& fonts);

// Emits the line's text items with the baseline at baselineY between x and
// x + measure. A justified line is spread to the full measure by placing each
// word on its own (the PDF word-spacing operator does not act on the
// multi-byte UTF-8 fonts we embed); lastLine is set flush left instead.
void setLine(const TextLine& line, const TypeSpec& type, double x, double baselineY, double measure,
             domain::documents::Alignment alignment, bool lastLine, std::vector<PageItem>& out);

std::string plainText(const domain::documents::RichText& text);

}  // namespace cg::report
