#include "domain/conflicts/name_similarity.h"

#include <algorithm>
#include <vector>

namespace cg::domain::conflicts {

namespace {

// Pairs the words of the shorter name with words of the longer one, alike
// pairs first, then near ones (Kuhn's augmenting paths; names have a
// handful of words, so the cubic worst case does not matter).
class WordPairing {
public:
    WordPairing(const std::vector<NameWord>& rows, const std::vector<NameWord>& columns)
        : m_match(rows.size(), std::vector<WordMatch>(columns.size())),
          m_rowOf(columns.size(), -1),
          m_columnOf(rows.size(), -1) {
        for (std::size_t r = 0; r < rows.size(); ++r)
            for (std::size_t c = 0; c < columns.size(); ++c)
                m_match[r][c] = compareWords(rows[r], columns[c]);
        for (const WordMatch weakest : {WordMatch::Same, WordMatch::Near}) {
            for (std::size_t r = 0; r < rows.size(); ++r) {
                if (m_columnOf[r] >= 0) continue;
                std::vector<bool> seen(columns.size(), false);
                augment(static_cast<int>(r), weakest, seen);
            }
        }
    }

    bool allRowsPaired() const {
        for (const int c : m_columnOf)
            if (c < 0) return false;
        return true;
    }
    bool anyNear() const {
        for (std::size_t r = 0; r < m_columnOf.size(); ++r)
            if (m_match[r][static_cast<std::size_t>(m_columnOf[r])] == WordMatch::Near) return true;
        return false;
    }
    bool inOrder() const {
        for (std::size_t r = 0; r < m_columnOf.size(); ++r)
            if (m_columnOf[r] != static_cast<int>(r)) return false;
        return true;
    }

private:
    bool augment(int row, WordMatch weakest, std::vector<bool>& seen) {
        for (std::size_t c = 0; c < m_rowOf.size(); ++c) {
            if (seen[c] || m_match[static_cast<std::size_t>(row)][c] < weakest) continue;
            seen[c] = true;
            if (m_rowOf[c] < 0 || augment(m_rowOf[c], weakest, seen)) {
                m_rowOf[c] = row;
                m_columnOf[static_cast<std::size_t>(row)] = static_cast<int>(c);
                return true;
            }
        }
        return false;
    }

    std::vector<std::vector<WordMatch>> m_match;
    std::vector<int> m_rowOf;
    std::vector<int> m_columnOf;
};

}  // namespace

bool withinOneEdit(std::string_view a, std::string_view b) {
    if (a.size() > b.size()) std::swap(a, b);
    if (b.size() - a.size() > 1) return false;
    std::size_t i = 0;
    while (i < a.size() && a[i] == b[i]) ++i;
    if (i == a.size()) return true;  // equal, or b has one more letter at the end
    if (a.size() < b.size()) return a.substr(i) == b.substr(i + 1);
    if (a.substr(i + 1) == b.substr(i + 1)) return true;  // one letter changed
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
           a.substr(i + 2) == b.substr(i + 2);
}

bool mayBeMisspelt(std::string_view spelling) {
    return spelling.size() >= kNearWordLength &&
           std::none_of(spelling.begin(), spelling.end(),
                        [](char c) { return c >= '0' && c <= '9'; });
}

WordMatch compareWords(const NameWord& a, const NameWord& b) {
    if (a.sameAs(b)) return WordMatch::Same;
    for (const auto mine : a.spellings())
        for (const auto theirs : b.spellings())
            if (mayBeMisspelt(mine) && mayBeMisspelt(theirs) && withinOneEdit(mine, theirs))
                return WordMatch::Near;
    return WordMatch::None;
}

std::optional<MatchKind> compareNames(const NormalisedName& searched,
                                      const NormalisedName& recorded) {
    if (searched.empty() || recorded.empty()) return std::nullopt;
    const bool searchedShorter = searched.words().size() <= recorded.words().size();
    const auto& shorter = searchedShorter ? searched.words() : recorded.words();
    const auto& longer = searchedShorter ? recorded.words() : searched.words();
    const WordPairing pairing(shorter, longer);
    if (pairing.allRowsPaired()) {
        if (shorter.size() < longer.size()) return MatchKind::Partial;
        if (pairing.anyNear()) return MatchKind::Spelling;
        return pairing.inOrder() ? MatchKind::Exact : MatchKind::WordOrder;
    }
    if (searched.joined() == recorded.joined()) return MatchKind::Spelling;
    return std::nullopt;
}

}  // namespace cg::domain::conflicts
