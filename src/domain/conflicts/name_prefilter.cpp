#include "domain/conflicts/name_prefilter.h"

#include "domain/conflicts/name_folding.h"
#include "domain/conflicts/name_similarity.h"

namespace cg::domain::conflicts {

NamePrefilter::NamePrefilter(std::vector<NormalisedName> searched)
    : m_searched(std::move(searched)) {}

bool NamePrefilter::pairsWithASearchedWord(const NameWord& word) const {
    for (const NormalisedName& name : m_searched) {
        if (name.joined().starts_with(word.spelling)) return true;
        for (const NameWord& searchedWord : name.words())
            if (compareWords(searchedWord, word) != WordMatch::None) return true;
    }
    return false;
}

bool NamePrefilter::mayMatch(std::string_view recordedText) const {
    const std::string folded = foldName(recordedText);
    NameWord word;
    for (std::size_t start = 0; start < folded.size();) {
        const std::size_t end = std::min(folded.find(' ', start), folded.size());
        const std::string_view foldedWord(folded.data() + start, end - start);
        start = end + 1;
        // Spelled as NormalisedName spells its words (normalised_name.cpp).
        word.spelling = spelledOut(foldedWord, false);
        word.alternative = hasTwoWayLetter(foldedWord) ? spelledOut(foldedWord, true) : "";
        if (pairsWithASearchedWord(word)) return true;
    }
    return false;
}

}  // namespace cg::domain::conflicts
