#pragma once
// Words that say what kind of entity or person a name belongs to rather than
// which one: legal forms ("GmbH", "S.r.l.", "ООО"), titles ("Dr.", "Prof.")
// and connectives ("and", "und"). The conflict check sets them aside, since
// "Müller GmbH" and "Müller GmbH & Co. KG" are, for the purpose of a
// conflict, the same Müller.
#include <string>
#include <vector>

namespace cg::domain::conflicts {

// All words are given folded (name_folding.h): lower-case, full stops gone;
// two-way letters compare in their short form.

// Removes legal forms from the end of the word list, repeatedly ("gmbh co
// kg"), the few written first from its start ("ooo", "pt"), and titles and
// connectives anywhere. Legal forms are not taken from the middle, where
// they are part of the name ("Company of Merchant Adventurers"). When
// nothing but such words would remain ("AG", "Dr."), the words are left as
// they were: they are then the name.
std::vector<std::string> withoutFormWords(std::vector<std::string> words);

// Whether one folded word (or several separated by spaces: "sp z oo") is a
// legal form somewhere in the world; "llp" tells that "Lowenstein Ferraro
// LLP" after a counsel's name is a firm.
bool isLegalForm(const std::string& words);

}  // namespace cg::domain::conflicts
