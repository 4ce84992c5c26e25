#pragma once
// A name reduced to the words that tell one person or firm from another:
// folded to Latin lower case (name_folding.h), legal forms, titles and
// connectives set aside (name_words.h), each word once.
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace cg::domain::conflicts {

// The one or two spellings of a word, to loop over; no allocation, since
// the comparisons of a search run this a great many times.
struct Spellings {
    std::array<std::string_view, 2> items;
    std::size_t count;
    const std::string_view* begin() const { return items.data(); }
    const std::string_view* end() const { return items.data() + count; }
};

// One word of a name. A word with a two-way letter has two spellings
// ("muller", "mueller"); any other word has one, and alternative is empty.
struct NameWord {
    std::string spelling;
    std::string alternative;

    bool sameAs(const NameWord& other) const;
    Spellings spellings() const {
        return {{spelling, alternative}, alternative.empty() ? std::size_t{1} : std::size_t{2}};
    }
};

class NormalisedName {
public:
    NormalisedName() = default;
    static NormalisedName of(std::string_view text);

    // In the order written, without repeats.
    const std::vector<NameWord>& words() const { return m_words; }
    bool empty() const { return m_words.empty(); }
    // The words run together, to catch names spaced differently
    // ("NimbusCore" / "Nimbus Core").
    const std::string& joined() const { return m_joined; }
    // The words with spaces, for messages and tests: "zahnarztpraxis muller".
    std::string toString() const;

private:
    std::vector<NameWord> m_words;
    std::string m_joined;
};

}  // namespace cg::domain::conflicts
