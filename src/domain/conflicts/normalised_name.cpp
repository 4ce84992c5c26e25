#include "domain/conflicts/normalised_name.h"

#include <algorithm>

#include "domain/conflicts/name_folding.h"
#include "domain/conflicts/name_words.h"

namespace cg::domain::conflicts {

bool NameWord::sameAs(const NameWord& other) const {
    for (const auto mine : spellings())
        for (const auto theirs : other.spellings())
            if (mine == theirs) return true;
    return false;
}

NormalisedName NormalisedName::of(std::string_view text) {
    const std::string foldedText = foldName(text);
    std::vector<std::string> folded;
    for (std::size_t start = 0; start < foldedText.size();) {
        const std::size_t end = std::min(foldedText.find(' ', start), foldedText.size());
        folded.push_back(foldedText.substr(start, end - start));
        start = end + 1;
    }

    NormalisedName name;
    for (const auto& word : withoutFormWords(std::move(folded))) {
        NameWord candidate{spelledOut(word, false), {}};
        if (hasTwoWayLetter(word)) candidate.alternative = spelledOut(word, true);
        bool repeated = false;
        for (const auto& kept : name.m_words) repeated = repeated || kept.sameAs(candidate);
        if (repeated) continue;
        name.m_joined += candidate.spelling;
        name.m_words.push_back(std::move(candidate));
    }
    return name;
}

std::string NormalisedName::toString() const {
    std::string text;
    for (const auto& word : m_words) text += (text.empty() ? "" : " ") + word.spelling;
    return text;
}

}  // namespace cg::domain::conflicts
