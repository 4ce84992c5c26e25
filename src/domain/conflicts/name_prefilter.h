#pragma once
// A quick test of whether a recorded text could hold a name that matches
// one of a few searched names, so that a check of those names normalises
// and indexes only the texts that pass, not every name of every case.
//
// It must never turn away a text that compareNames would match (a missed
// conflict is the one error the check may not make); letting through texts
// that then do not match only costs time. It rests on two facts about
// compareNames:
// - a match other than by spacing pairs at least one word of each name,
//   Same or Near (name_similarity.h), and every word of a normalised name
//   is a word of the folded text it came from (name_folding.h), spelled
//   either way;
// - a match by spacing ("Nimbus Core" / "NimbusCore") has the two names'
//   words run together alike, so the recorded name's first word is the
//   start of the searched words run together.
// So the test folds the whole text once and looks for a folded word that
// pairs with a searched word or starts the searched words run together.
#include <string_view>
#include <vector>

#include "domain/conflicts/normalised_name.h"

namespace cg::domain::conflicts {

class NamePrefilter {
public:
    explicit NamePrefilter(std::vector<NormalisedName> searched);

    bool mayMatch(std::string_view recordedText) const;

private:
    bool pairsWithASearchedWord(const NameWord& word) const;

    std::vector<NormalisedName> m_searched;
};

}  // namespace cg::domain::conflicts
