#pragma once
// The type scale and spacing of every document, in points. A careful law
// office's look: a serif body at 10.5 pt with generous leading, headings a
// step or two larger in bold, a small grey running header and footer.
#include "report/font_face.h"

namespace cg::report::typography {

inline constexpr double kPointsPerMm = 72.0 / 25.4;

inline constexpr double kBodySize = 10.5;
inline constexpr double kBodyLeading = 15.0;
// Each indent level, and the room a hanging clause number ("1.1", "(a)") gets.
inline constexpr double kIndentStep = 28.0;

// The running text, the watermark, table headers and signature labels are set
// in the body's serif too: every face a document uses is embedded whole
// (libharu 2.3 cannot subset TrueType), and the sans faces are the largest
// files, so an agreement without a map embeds serif faces only — a third of
// the bytes and of the time to write the PDF. The map keeps its sans labels.
inline constexpr FontFace kRunningFace = FontFace::SerifRegular;
inline constexpr FontFace kWatermarkFace = FontFace::SerifBold;
inline constexpr FontFace kTableHeaderFace = FontFace::SerifBold;
inline constexpr FontFace kSignatureLabelFace = FontFace::SerifRegular;

inline constexpr double kTableSize = 9.5;
inline constexpr double kTableLeading = 12.5;
inline constexpr double kTableCellPaddingX = 4.0;
inline constexpr double kTableCellPaddingY = 3.5;
inline constexpr double kCaptionSize = 9.5;
inline constexpr double kCaptionLeading = 13.0;

inline constexpr double kRunningSize = 8.0;

struct HeadingStyle {
    double sizePt;
    double leadingPt;
    double spaceBeforePt;
    double spaceAfterPt;
};

inline HeadingStyle headingStyle(int level) {
    if (level <= 1) return {13.0, 17.0, 16.0, 7.0};
    if (level == 2) return {11.5, 15.0, 11.0, 5.0};
    return {10.5, 14.0, 8.0, 4.0};
}

// Baseline of a line whose box starts at top: the leading is split evenly
// above and below the glyphs, and DejaVu's ascent is about 0.76 em.
inline double baselineIn(double top, double leading, double size) {
    return top + (leading - size) / 2 + size * 0.76;
}

}  // namespace cg::report::typography
