#include "domain/conflicts/recorded_name.h"

#include <algorithm>
#include <sstream>

#include "domain/conflicts/name_folding.h"
#include "domain/conflicts/name_words.h"

namespace cg::domain::conflicts {

namespace {

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

// Whether text starts with a capital letter of the Latin, Greek or Cyrillic
// alphabet. Only the first letter is read, so a rough decoder will do.
bool startsWithCapital(std::string_view text) {
    if (text.empty()) return false;
    const auto b0 = static_cast<unsigned char>(text[0]);
    if (b0 < 0x80) return b0 >= 'A' && b0 <= 'Z';
    if ((b0 >> 5) != 0x6 || text.size() < 2) return false;
    const char32_t cp = ((b0 & 0x1Fu) << 6) | (static_cast<unsigned char>(text[1]) & 0x3Fu);
    return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
           (cp >= 0x100 && cp <= 0x17F && cp % 2 == 0) || (cp >= 0x386 && cp <= 0x3AB) ||
           (cp >= 0x400 && cp <= 0x42F);
}

bool namesAFirm(std::string_view part) {
    std::vector<std::string> words;
    std::istringstream in(foldName(part));
    for (std::string word; in >> word;) words.push_back(spelledOut(word, false));
    return words.size() > 1 && isLegalForm(words.back());
}

struct BracketedPart {
    std::string text;
    std::size_t at;  // where it was, in the text without brackets
};

}  // namespace

std::vector<std::string> namesIn(std::string_view text, NameField field) {
    std::string plain;
    std::vector<BracketedPart> bracketed;
    int depth = 0;
    for (const char c : text) {
        if (c == '(' || c == '[') {
            if (depth++ == 0) bracketed.push_back({{}, plain.size()});
        } else if ((c == ')' || c == ']') && depth > 0) {
            --depth;
        } else if (depth > 0) {
            bracketed.back().text += c;
        } else {
            plain += c;
        }
    }

    std::vector<std::string> names;
    const auto add = [&names](std::string_view candidate) {
        std::string name = trimmed(candidate);
        if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(std::move(name));
    };
    add(plain);

    const bool person = field == NameField::PersonWithAdditions;
    const std::size_t firstComma = person ? plain.find_first_of(",;") : std::string::npos;
    if (firstComma != std::string::npos) {
        add(std::string_view(plain).substr(0, firstComma));
        std::size_t start = firstComma + 1;
        while (start <= plain.size()) {
            const std::size_t end = std::min(plain.find_first_of(",;", start), plain.size());
            const std::string_view part = std::string_view(plain).substr(start, end - start);
            if (namesAFirm(part)) add(part);
            start = end + 1;
        }
    }
    for (const auto& part : bracketed) {
        const std::string alias = trimmed(part.text);
        if (part.at <= firstComma && startsWithCapital(alias)) add(alias);
    }
    return names;
}

}  // namespace cg::domain::conflicts
