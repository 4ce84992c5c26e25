#include "domain/conflicts/name_words.h"

#include <string_view>
#include <unordered_set>

#include "domain/conflicts/name_folding.h"

namespace cg::domain::conflicts {

namespace {

// Legal forms by country, as written in registers and letterheads, folded
// (full stops dropped, so "S.r.l." is "srl" and "L.L.C." is "llc").
// Greek and Cyrillic ones appear in their transliteration ("Α.Ε." → "ae",
// "ООО" → "ooo"). A form that needs a separator is listed with its spaces
// ("sp z oo" for "Sp. z o.o.").
const std::unordered_set<std::string>& legalForms() {
    static const std::unordered_set<std::string> forms{
        // United States, United Kingdom, Commonwealth
        "inc",
        "incorporated",
        "llc",
        "pllc",
        "llp",
        "lllp",
        "lp",
        "ltd",
        "limited",
        "plc",
        "corp",
        "corporation",
        "co",
        "company",
        "pc",
        "pty",
        "pty ltd",
        "pvt",
        "pvt ltd",
        "cic",
        // Germany, Austria, Switzerland
        "gmbh",
        "mbh",
        "gesmbh",
        "ag",
        "kg",
        "kgaa",
        "ohg",
        "gbr",
        "ek",
        "ekfr",
        "ekfm",
        "ug",
        "haftungsbeschrankt",
        "ev",
        "eg",
        "se",
        "partg",
        "partgmbb",
        // France, Belgium, Luxembourg, Italy, Spain, Portugal, Latin America
        "sa",
        "sas",
        "sasu",
        "sarl",
        "eurl",
        "snc",
        "sci",
        "sca",
        "scs",
        "sprl",
        "srl",
        "srls",
        "spa",
        "sapa",
        "sl",
        "slu",
        "sau",
        "ltda",
        "lda",
        "eireli",
        "sa de cv",
        "de cv",
        "s a",
        // Netherlands, Belgium, Nordic countries
        "bv",
        "nv",
        "vof",
        "cv",
        "bvba",
        "ab",
        "publ",
        "asa",
        "as",
        "a s",
        "aps",
        "oy",
        "oyj",
        "hf",
        "ehf",
        // Central and Eastern Europe
        "sp z oo",
        "spzoo",
        "sp j",
        "spj",
        "sp k",
        "spk",
        "sro",
        "spol s ro",
        "as",
        "kft",
        "zrt",
        "nyrt",
        "bt",
        "doo",
        "dd",
        "ad",
        "ood",
        "eood",
        "srl",
        "sc",
        // Russia, Ukraine, Belarus, Kazakhstan (in transliteration)
        "ooo",
        "oao",
        "zao",
        "pao",
        "ao",
        "ip",
        "nko",
        "tov",
        "pat",
        "prat",
        "too",
        "chp",
        // Greece, Cyprus, Turkey
        "ae",
        "epe",
        "ike",
        "oe",
        "ee",
        "as",
        "ltd sti",
        "sti",
        // Asia-Pacific
        "kk",
        "gk",
        "yk",
        "pte",
        "pte ltd",
        "sdn bhd",
        "bhd",
        "tbk",
        "pt",
    };
    return forms;
}

// The legal forms written before the name: Russian, Ukrainian and Kazakh
// firms (ООО «Северный Ветер») and Indonesian ones (PT Maju Jaya). Other
// forms are only taken from the end, where they belong, so that "Company of
// Merchant Adventurers" keeps its first word.
const std::unordered_set<std::string>& prefixForms() {
    static const std::unordered_set<std::string> forms{
        "ooo", "oao", "zao", "pao", "ao", "ip", "nko", "tov", "pat", "prat", "too", "chp", "pt"};
    return forms;
}

// Titles and honorifics that come and go with a person's name.
const std::unordered_set<std::string>& titles() {
    static const std::unordered_set<std::string> words{
        "dr",  "mr",  "mrs",  "ms",   "miss", "mx",       "prof",     "professor", "sir",  "dame",
        "esq", "phd", "herr", "frau", "dipl", "ing",      "mag",      "mme",       "mlle", "maitre",
        "sr",  "sra", "srta", "dott", "avv",  "gospodin", "gospozha", "kyrios",    "kyria"};
    return words;
}

// Words that join the parts of a firm's name: "Harlow & Reyes" and "Harlow
// and Reyes" are one firm (the ampersand is punctuation and already gone).
const std::unordered_set<std::string>& connectives() {
    static const std::unordered_set<std::string> words{"and", "und", "the", "et"};
    return words;
}

// The number of words at the start (fromEnd false) or end of plain[first,
// last) that form a legal form, trying the longest first; 0 when none.
// The words a form of `forms` ends with (atEnd) or starts with: a name
// whose last (first) word is none of them has no such form there, which
// spares building and looking up the joined words for most names.
std::unordered_set<std::string> edgeWords(const std::unordered_set<std::string>& forms,
                                          bool atEnd) {
    std::unordered_set<std::string> words;
    for (const std::string& form : forms) {
        const auto space = atEnd ? form.rfind(' ') : form.find(' ');
        words.insert(space == std::string::npos ? form
                     : atEnd                    ? form.substr(space + 1)
                                                : form.substr(0, space));
    }
    return words;
}

std::size_t legalFormLength(const std::vector<std::string>& plain, std::size_t first,
                            std::size_t last, bool fromEnd) {
    static const std::unordered_set<std::string> lastWords = edgeWords(legalForms(), true);
    static const std::unordered_set<std::string> firstWords = edgeWords(prefixForms(), false);
    if (!(fromEnd ? lastWords.count(plain[last - 1]) : firstWords.count(plain[first]))) return 0;
    for (std::size_t length = std::min<std::size_t>(3, last - first); length > 0; --length) {
        std::string joined;
        for (std::size_t k = 0; k < length; ++k)
            joined += (k == 0 ? "" : " ") + plain[fromEnd ? last - length + k : first + k];
        if ((fromEnd ? legalForms() : prefixForms()).count(joined)) return length;
    }
    return 0;
}

}  // namespace

bool isLegalForm(const std::string& words) { return legalForms().count(words) > 0; }

std::vector<std::string> withoutFormWords(std::vector<std::string> words) {
    std::vector<std::string> kept, plain;
    for (auto& word : words) {
        std::string spelled = spelledOut(word, false);
        if (titles().count(spelled) || connectives().count(spelled)) continue;
        kept.push_back(word);
        plain.push_back(std::move(spelled));
    }
    // A legal form never stands for the whole name: one word of the name
    // must remain (which keeps "Co" in "Co Ltd").
    std::size_t first = 0, last = kept.size();
    while (last - first > 1) {
        const std::size_t atEnd = legalFormLength(plain, first, last, true);
        if (atEnd > 0 && atEnd < last - first) {
            last -= atEnd;
            continue;
        }
        const std::size_t atStart = legalFormLength(plain, first, last, false);
        if (atStart > 0 && atStart < last - first) {
            first += atStart;
            continue;
        }
        break;
    }
    if (kept.empty()) return words;
    return {std::make_move_iterator(kept.begin() + static_cast<std::ptrdiff_t>(first)),
            std::make_move_iterator(kept.begin() + static_cast<std::ptrdiff_t>(last))};
}

}  // namespace cg::domain::conflicts
