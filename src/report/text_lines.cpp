#include "report/text_lines.h"

namespace cg::report {

using domain::documents::Alignment;
using domain::documents::RichText;
using domain::documents::TextStyle;

namespace {

bool isBreakingSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

std::size_t codepointLength(unsigned char lead) {
    if (lead >= 0xF0) return 4;
    if (lead >= 0xE0) return 3;
    if (lead >= 0xC0) return 2;
    return 1;
}

std::vector<Word> splitWords(const RichText& text, const TypeSpec& type, const FontBook& fonts) {
    std::vector<Word> words;
    bool inWord = false;
    for (const auto& run : text) {
        const FontFace face = type.face(run.style);
        std::size_t i = 0;
        while (i < run.text.size()) {
            if (isBreakingSpace(run.text[i])) {
                inWord = false;
                ++i;
                continue;
            }
            std::size_t end = i;
            while (end < run.text.size() && !isBreakingSpace(run.text[end])) ++end;
            if (!inWord) words.emplace_back();
            Word& word = words.back();
            if (!word.parts.empty() && word.parts.back().face == face)
                word.parts.back().text += run.text.substr(i, end - i);
            else
                word.parts.push_back({face, run.text.substr(i, end - i), 0});
            inWord = true;
            i = end;
        }
    }
    for (auto& word : words) {
        word.width = 0;
        for (auto& part : word.parts) {
            part.width = fonts.textWidth(part.face, part.text, type.sizePt);
            word.width += part.width;
        }
        word.spaceAfter = fonts.textWidth(word.parts.back().face, " ", type.sizePt);
    }
    return words;
}

// Cuts a word wider than the measure into pieces that fit, at character
// boundaries (a long URL or account number in a clause).
std::vector<Word> breakLongWord(const Word& word, const TypeSpec& type, double measure,
                                const FontBook& fonts) {
    std::vector<Word> pieces(1);
    for (const auto& part : word.parts) {
        std::size_t i = 0;
        while (i < part.text.size()) {
            const std::size_t len = codepointLength(static_cast<unsigned char>(part.text[i]));
            const std::string ch = part.text.substr(i, len);
            const double chWidth = fonts.textWidth(part.face, ch, type.sizePt);
            if (pieces.back().width + chWidth > measure && pieces.back().width > 0) pieces.emplace_back();
            Word& piece = pieces.back();
            if (piece.parts.empty() || piece.parts.back().face != part.face)
                piece.parts.push_back({part.face, "", 0});
            piece.parts.back().text += ch;
            piece.parts.back().width += chWidth;
            piece.width += chWidth;
            i += len;
        }
    }
    for (auto& piece : pieces) {
        // Re-measure each piece as a whole, as it will be drawn.
        piece.width = 0;
        for (auto& p : piece.parts) {
            p.width = fonts.textWidth(p.face, p.text, type.sizePt);
            piece.width += p.width;
        }
        piece.spaceAfter = word.spaceAfter;
    }
    return pieces;
}

}  // namespace

FontFace TypeSpec::face(TextStyle style) const {
    switch (style) {
        case TextStyle::Bold:
            return bold;
        case TextStyle::Italic:
            return italic;
        case TextStyle::BoldItalic:
            return boldItalic;
        case TextStyle::Regular:
            break;
    }
    return regular;
}

std::vector<TextLine> breakIntoLines(const RichText& text, const TypeSpec& type, double measure,
                                     const FontBook& fonts) {
    std::vector<TextLine> lines;
    TextLine current;
    auto place = [&](Word word) {
        if (!current.words.empty()) {
            const double withWord = current.naturalWidth + current.words.back().spaceAfter + word.width;
            if (withWord <= measure + 0.001) {
                current.naturalWidth = withWord;
                current.words.push_back(std::move(word));
                return;
            }
            lines.push_back(std::move(current));
            current = {};
        }
        current.naturalWidth = word.width;
        current.words.push_back(std::move(word));
    };
    for (auto& word : splitWords(text, type, fonts)) {
        if (word.width > measure)
            for (auto& piece : breakLongWord(word, type, measure, fonts)) place(std::move(piece));
        else
            place(std::move(word));
    }
    if (!current.words.empty()) lines.push_back(std::move(current));
    return lines;
}

std::vector<TextLine> breakIntoLines(const std::string& plain, const TypeSpec& type, double measure,
                                     const FontBook& fonts) {
    return breakIntoLines(RichText{{plain, TextStyle::Regular}}, type, measure, fonts);
}

void setLine(const TextLine& line, const TypeSpec& type, double x, double baselineY, double measure,
             Alignment alignment, bool lastLine, std::vector<PageItem>& out) {
    if (line.words.empty()) return;
    const bool justify = alignment == Alignment::Justified && !lastLine && line.words.size() > 1;
    if (justify) {
        const double extra = (measure - line.naturalWidth) / static_cast<double>(line.words.size() - 1);
        double pen = x;
        for (const auto& word : line.words) {
            for (const auto& part : word.parts) {
                out.push_back(TextItem{part.face, type.sizePt, pen, baselineY, part.text, {}});
                pen += part.width;
            }
            pen += word.spaceAfter + extra;
        }
        return;
    }
    double pen = x;
    if (alignment == Alignment::Right) pen = x + measure - line.naturalWidth;
    if (alignment == Alignment::Centred) pen = x + (measure - line.naturalWidth) / 2;
    // Runs of one face become one text item with real spaces in it, so text
    // extraction gives the words back with single spaces between them.
    TextItem* item = nullptr;
    for (std::size_t w = 0; w < line.words.size(); ++w) {
        const Word& word = line.words[w];
        for (std::size_t p = 0; p < word.parts.size(); ++p) {
            const WordPart& part = word.parts[p];
            const bool continues = item && item->face == part.face;
            if (continues) {
                if (p == 0) item->text += ' ';
                item->text += part.text;
            } else {
                out.push_back(TextItem{part.face, type.sizePt, pen, baselineY, part.text, {}});
                item = &std::get<TextItem>(out.back());
            }
            pen += part.width;
        }
        pen += word.spaceAfter;
        if (w + 1 < line.words.size() && line.words[w + 1].parts.front().face != item->face) {
            // The space belongs to the face of the word before it.
            item->text += ' ';
        }
    }
}

std::string plainText(const RichText& text) {
    std::string plain;
    for (const auto& run : text) plain += run.text;
    return plain;
}

}  // namespace cg::report
