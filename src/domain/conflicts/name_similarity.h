#pragma once
// When two normalised names belong, for a conflict check, to the same person
// or firm.
//
// The rule, word by word: two words are the same when they are spelled alike
// (either spelling of a two-way letter), and near when both have at least
// kNearWordLength letters and no digits, and one edit (a letter added,
// dropped, changed, or two neighbours swapped) turns one into the other.
// Short words must be spelled alike: one letter tells "Lutz" from "Lotz",
// while "Meyer" and "Mayer" are long enough to be one typo apart.
//
// Then name by name, pairing each word with at most one of the other name:
// - all words paired and alike, in the same order: Exact; in another order:
//   WordOrder ("Müller Anna" / "Anna Müller");
// - all words paired, some only near, or the same letters spaced
//   differently ("Nimbus Core" / "NimbusCore"): Spelling;
// - every word of the shorter name paired and the longer one has more:
//   Partial. "Smith" finds "John Smith", and "Anna Müller" finds "Müller
//   GmbH": a conflict check must not hide a name that could be the same
//   person or the family firm, and nothing in them contradicts each other;
// - otherwise no match, so that "Northwind Dental" and "Northwind
//   Logistics", or "John Smith" and "Jane Smith", which each carry a word the
//   other lacks, are told apart.
#include <optional>
#include <string_view>

#include "domain/conflicts/conflict_entry.h"
#include "domain/conflicts/normalised_name.h"

namespace cg::domain::conflicts {

inline constexpr std::size_t kNearWordLength = 5;

// Whether a spelling is long enough to be compared loosely, and has no
// digit: "Route 66" and "Route 67", "Studio54" and "Studio55" are other
// firms, not typos.
bool mayBeMisspelt(std::string_view spelling);

// Whether at most one insertion, deletion, substitution or swap of
// neighbouring letters turns a into b.
bool withinOneEdit(std::string_view a, std::string_view b);

enum class WordMatch { None, Near, Same };
WordMatch compareWords(const NameWord& a, const NameWord& b);

std::optional<MatchKind> compareNames(const NormalisedName& searched,
                                      const NormalisedName& recorded);

}  // namespace cg::domain::conflicts
