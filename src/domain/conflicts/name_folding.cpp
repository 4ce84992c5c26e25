#include "domain/conflicts/name_folding.h"

#include <algorithm>
#include <array>
#include <vector>

namespace cg::domain::conflicts {

namespace {

// Reads UTF-8; a byte that does not start a well-formed sequence is taken as
// the Latin-1 character of the same value.
std::vector<char32_t> decode(std::string_view text) {
    std::vector<char32_t> out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto b = static_cast<unsigned char>(text[i]);
        std::size_t length = b < 0x80           ? 1
                             : (b >> 5) == 0x6  ? 2
                             : (b >> 4) == 0xE  ? 3
                             : (b >> 3) == 0x1E ? 4
                                                : 0;
        char32_t cp = length == 1   ? b
                      : length == 2 ? (b & 0x1F)
                      : length == 3 ? (b & 0x0F)
                                    : (b & 0x07);
        bool wellFormed = length > 0 && i + length <= text.size();
        for (std::size_t k = 1; wellFormed && k < length; ++k) {
            const auto c = static_cast<unsigned char>(text[i + k]);
            wellFormed = (c >> 6) == 0x2;
            cp = (cp << 6) | (c & 0x3F);
        }
        if (!wellFormed || (length == 2 && cp < 0x80)) {
            out.push_back(b);
            ++i;
        } else {
            out.push_back(cp);
            i += length;
        }
    }
    return out;
}

void encode(char32_t cp, std::string& out) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// U+00C0..U+00DF; the lower-case letters U+00E0..U+00FF are the same 32
// positions later, except ÷ and ÿ.
constexpr std::array<std::string_view, 32> kLatin1{
    "a", "a", "a", "a", "A", "Q", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "O",  " ", "O", "u", "u", "u", "U", "y", "th", "ss"};

// U+0100..U+017F, one letter each; '2' marks the ligatures Ĳ and Œ.
// Hungarian ő and ű are the long forms of ö and ü and fold like them.
constexpr std::string_view kLatinExtendedA =
    "aaaaaaccccccccdd"
    "ddeeeeeeeeeegggg"
    "gggghhhhiiiiiiii"
    "ii22jjkkklllllll"
    "lllnnnnnnnnnoooo"
    "OO22rrrrrrssssss"
    "ssttttttuuuuuuuu"
    "UUuuwwyyyzzzzzzs";

// а..я (U+0430..U+044F), romanised as in BGN/PCGN without its diacritics,
// the spelling most passports and company registers use.
constexpr std::array<std::string_view, 32> kCyrillic{
    "a", "b", "v", "g", "d", "e",  "zh", "z",  "i",  "y",    "k", "l", "m", "n", "o",  "p",
    "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "",  "y", "",  "e", "yu", "ya"};
// U+0450..U+045F: ѐ ё ђ ѓ є ѕ і ї ј љ њ ћ ќ ѝ ў џ (Ukrainian, Serbian, Macedonian, Belarusian).
constexpr std::array<std::string_view, 16> kCyrillicExtra{
    "e", "e", "dj", "g", "ye", "dz", "i", "yi", "j", "lj", "nj", "c", "k", "i", "u", "dz"};

// α..ω (U+03B1..U+03C9) letter by letter after ELOT 743 / ISO 843, which
// Greek passports and the Greek business register (GEMI) follow.
constexpr std::array<std::string_view, 25> kGreek{"a", "v", "g", "d", "e",  "z",  "i", "th", "i",
                                                  "k", "l", "m", "n", "x",  "o",  "p", "r",  "s",
                                                  "s", "t", "y", "f", "ch", "ps", "o"};

constexpr char32_t kAlpha = U'α', kEpsilon = U'ε', kEta = U'η', kOmicron = U'ο', kUpsilon = U'υ',
                   kMu = U'μ', kNu = U'ν', kGamma = U'γ', kPi = U'π', kTau = U'τ', kKappa = U'κ',
                   kXi = U'ξ', kChi = U'χ';

struct GreekLetter {
    char32_t base = 0;  // lower-case, unaccented; 0 when not Greek
    bool diaeresis = false;
};

GreekLetter greekLetter(char32_t cp) {
    switch (cp) {
        case 0x0386:
        case 0x03AC:
            return {U'α'};
        case 0x0388:
        case 0x03AD:
            return {U'ε'};
        case 0x0389:
        case 0x03AE:
            return {U'η'};
        case 0x038A:
        case 0x03AF:
            return {U'ι'};
        case 0x038C:
        case 0x03CC:
            return {U'ο'};
        case 0x038E:
        case 0x03CD:
            return {U'υ'};
        case 0x038F:
        case 0x03CE:
            return {U'ω'};
        case 0x0390:
        case 0x03AA:
        case 0x03CA:
            return {U'ι', true};
        case 0x03B0:
        case 0x03AB:
        case 0x03CB:
            return {U'υ', true};
        case 0x03C2:
            return {U'σ'};
        default:
            break;
    }
    if (cp >= 0x0391 && cp <= 0x03A9 && cp != 0x03A2) return {cp + 0x20};
    if (cp >= 0x03B1 && cp <= 0x03C9) return {cp};
    return {};
}

bool voiceless(char32_t greek) {
    return greek == U'θ' || greek == U'κ' || greek == U'ξ' || greek == U'π' || greek == U'σ' ||
           greek == U'τ' || greek == U'φ' || greek == U'χ' || greek == U'ψ';
}

// Transliterates the Greek word starting at text[i]; returns where it ends.
// The digraphs are read as ELOT 743 reads them: αυ/ευ/ηυ are "av"/"ev"/"iv"
// before a vowel or voiced consonant and "af"/"ef"/"if" before a voiceless
// one or at the end ("Ναυτιλιακή" → "Naftiliaki"); ου is "ou"; μπ, ντ, γκ at
// the start of a word are "b", "d", "g"; γγ is "ng".
std::size_t foldGreekWord(const std::vector<char32_t>& text, std::size_t i, std::string& out) {
    std::vector<GreekLetter> word;
    while (i < text.size() && greekLetter(text[i]).base != 0)
        word.push_back(greekLetter(text[i++]));
    for (std::size_t k = 0; k < word.size(); ++k) {
        const char32_t c = word[k].base;
        const char32_t next = k + 1 < word.size() ? word[k + 1].base : 0;
        const bool nextPlain = next != 0 && !word[k + 1].diaeresis;
        const bool start = k == 0;
        if ((c == kAlpha || c == kEpsilon || c == kEta) && next == kUpsilon && nextPlain) {
            out += c == kAlpha ? "a" : c == kEpsilon ? "e" : "i";
            const char32_t after = k + 2 < word.size() ? word[k + 2].base : 0;
            out += after == 0 || voiceless(after) ? "f" : "v";
            ++k;
        } else if (c == kOmicron && next == kUpsilon && nextPlain) {
            out += "ou";
            ++k;
        } else if (c == kMu && next == kPi) {
            out += start ? "b" : "mp";
            ++k;
        } else if (c == kNu && next == kTau) {
            out += start ? "d" : "nt";
            ++k;
        } else if (c == kGamma &&
                   (next == kGamma || next == kKappa || next == kXi || next == kChi)) {
            out += next == kGamma   ? "ng"
                   : next == kKappa ? (start ? "g" : "nk")
                   : next == kXi    ? "nx"
                                    : "nch";
            ++k;
        } else {
            out += kGreek[c - U'α'];
        }
    }
    return i;
}

bool separator(char32_t cp) {
    if (cp < 0x80)
        return !((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9'));
    return (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 ||
           (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
           (cp >= 0xFE30 && cp <= 0xFE6F);
}

// Marks that join the letters around them instead of separating words.
bool joiner(char32_t cp) {
    return cp == '.' || cp == '\'' || cp == '`' || cp == 0x2018 || cp == 0x2019 || cp == 0x02BC ||
           cp == 0x00B4;
}

// The folding of one character outside Greek; false when it is not a
// character the check folds (other scripts are kept as written).
bool foldLetter(char32_t cp, std::string& out) {
    if (cp < 0x80) {
        out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
    } else if (cp >= 0xC0 && cp <= 0xFF) {
        out += cp == 0xFF ? std::string_view("y") : kLatin1[(cp - 0xC0) % 32];
    } else if (cp >= 0x100 && cp <= 0x17F) {
        const char letter = kLatinExtendedA[cp - 0x100];
        if (letter == '2')
            out += (cp <= 0x133 ? "ij" : "oe");
        else
            out += letter;
    } else if (cp == 0x218 || cp == 0x219) {
        out += 's';  // Romanian ș
    } else if (cp == 0x21A || cp == 0x21B) {
        out += 't';  // Romanian ț
    } else if (cp == 0x1A0 || cp == 0x1A1) {
        out += 'o';
    } else if (cp == 0x1AF || cp == 0x1B0) {
        out += 'u';
    } else if (cp == 0x1E9E) {
        out += "ss";  // capital ẞ
    } else if (cp >= 0x1EA0 && cp <= 0x1EF9) {
        // Vietnamese letters with two diacritics, in Unicode's order.
        out += cp <= 0x1EB7   ? 'a'
               : cp <= 0x1EC7 ? 'e'
               : cp <= 0x1ECB ? 'i'
               : cp <= 0x1EE3 ? 'o'
               : cp <= 0x1EF1 ? 'u'
                              : 'y';
    } else if (cp >= 0x410 && cp <= 0x42F) {
        out += kCyrillic[cp - 0x410];
    } else if (cp >= 0x430 && cp <= 0x44F) {
        out += kCyrillic[cp - 0x430];
    } else if (cp >= 0x400 && cp <= 0x40F) {
        out += kCyrillicExtra[cp - 0x400];
    } else if (cp >= 0x450 && cp <= 0x45F) {
        out += kCyrillicExtra[cp - 0x450];
    } else if (cp == 0x490 || cp == 0x491) {
        out += 'g';  // Ukrainian ґ
    } else {
        return false;
    }
    return true;
}

// foldName for text that is all ASCII, as most names are: the same result
// without decoding. The check folds every name of every case, so this is
// where its time goes.
std::string foldAscii(std::string_view text) {
    // Written in place: the result is never longer than the text.
    std::string out(text.size(), ' ');
    std::size_t length = 0;
    for (const char c : text) {
        if (joiner(static_cast<unsigned char>(c))) continue;
        if (separator(static_cast<unsigned char>(c))) {
            if (length > 0 && out[length - 1] != ' ') out[length++] = ' ';
            continue;
        }
        out[length++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (length > 0 && out[length - 1] == ' ') --length;
    out.resize(length);
    return out;
}

}  // namespace

std::string foldName(std::string_view utf8) {
    if (std::all_of(utf8.begin(), utf8.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return foldAscii(utf8);
    const std::vector<char32_t> text = decode(utf8);
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = text[i];
        if (greekLetter(cp).base != 0) {
            i = foldGreekWord(text, i, out);
            continue;
        }
        ++i;
        if (cp >= 0x300 && cp <= 0x36F) {
            // A combining accent on the letter before it: dropped, except that
            // a combining diaeresis makes a, o, u the two-way umlaut letter
            // it would have been precomposed.
            if (cp == 0x308 && !out.empty()) {
                char& last = out.back();
                last = last == 'a'   ? kUmlautA
                       : last == 'o' ? kUmlautO
                       : last == 'u' ? kUmlautU
                                     : last;
            }
            continue;
        }
        if (joiner(cp)) continue;
        if (separator(cp)) {
            if (!out.empty() && out.back() != ' ') out += ' ';
            continue;
        }
        if (!foldLetter(cp, out)) encode(cp, out);
    }
    // ×, ÷ fold to a space through the Latin-1 table; no double spaces
    // either way. Collapsed in place.
    std::size_t length = 0;
    for (const char c : out)
        if (c != ' ' || (length > 0 && out[length - 1] != ' ')) out[length++] = c;
    while (length > 0 && out[length - 1] == ' ') --length;
    out.resize(length);
    return out;
}

std::string spelledOut(std::string_view foldedWord, bool longForm) {
    std::string out;
    out.reserve(foldedWord.size() + 2);
    for (const char c : foldedWord) {
        switch (c) {
            case kUmlautA:
                out += longForm ? "ae" : "a";
                break;
            case kUmlautO:
                out += longForm ? "oe" : "o";
                break;
            case kUmlautU:
                out += longForm ? "ue" : "u";
                break;
            case kRingA:
                out += longForm ? "aa" : "a";
                break;
            default:
                out += c;
        }
    }
    return out;
}

bool hasTwoWayLetter(std::string_view foldedWord) {
    for (const char c : foldedWord)
        if (c == kUmlautA || c == kUmlautO || c == kUmlautU || c == kRingA) return true;
    return false;
}

}  // namespace cg::domain::conflicts
