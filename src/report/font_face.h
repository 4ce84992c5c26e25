#pragma once
// The faces a laid-out document may use. Serif for the body, Sans for the
// running header and footer, table headers and the interest map's labels.
#include <array>

namespace cg::report {

enum class FontFace { SerifRegular, SerifBold, SerifItalic, SerifBoldItalic, SansRegular, SansBold };

inline constexpr std::array kAllFontFaces = {FontFace::SerifRegular, FontFace::SerifBold,
                                             FontFace::SerifItalic,  FontFace::SerifBoldItalic,
                                             FontFace::SansRegular,  FontFace::SansBold};

}  // namespace cg::report
