#pragma once
// Folds a name written in any Latin, Greek or Cyrillic alphabet to lower-case
// Latin letters and digits, so that names recorded by different people in
// different scripts compare: "Müller" / "MÜLLER", "Ελληνική" / "Elliniki",
// "Смирнова" / "Smirnova".
#include <string>
#include <string_view>

namespace cg::domain::conflicts {

// Letters whose usual transliteration has two spellings are written as one
// upper-case marker, which NormalisedName expands to both: German umlauts
// (and the same letters in Turkish, Swedish, Finnish, Hungarian) are
// "Müller" and "Mueller" alike; Danish/Norwegian "ø" is "o" or "oe", "å" is
// "a" or "aa". Nothing else in the folded text is upper-case.
inline constexpr char kUmlautA = 'A';  // ä: a | ae
inline constexpr char kUmlautO = 'O';  // ö, ø: o | oe
inline constexpr char kUmlautU = 'U';  // ü: u | ue
inline constexpr char kRingA = 'Q';    // å: a | aa

// The folded text: lower-case ASCII letters, digits, the markers above and
// single spaces between words. Full stops and apostrophes vanish without a
// break ("S.r.l." → "srl", "O'Brien" → "obrien"); every other punctuation
// mark, hyphen or symbol separates words. Letters of scripts the check does
// not transliterate (Arabic, CJK…) are kept as they are.
// Invalid UTF-8 is read byte by byte as Latin-1, which is what such names
// usually are.
std::string foldName(std::string_view utf8);

// A folded word with its two-way letters written one way: the short form
// ("muller", "alesund") or the long one ("mueller", "aalesund").
std::string spelledOut(std::string_view foldedWord, bool longForm);
// Whether a folded word has a two-way letter at all.
bool hasTwoWayLetter(std::string_view foldedWord);

}  // namespace cg::domain::conflicts
