#pragma once
// The names a recorded text stands for. Mediators type more than a name
// into the name fields: "Dr. Jürgen Müller, DDS, managing member",
// "Rebecca Lowenstein, Lowenstein Ferraro LLP", "Αικατερίνη Παπαδοπούλου
// (Aikaterini Papadopoulou)", "Denise Carlisle (by video)". The conflict
// check compares each name in such a text on its own.
#include <string>
#include <string_view>
#include <vector>

namespace cg::domain::conflicts {

enum class NameField {
    // A party's name: the whole text is the name, commas included
    // ("Bridgeview Managed IT Services, Inc.", "Smith, John").
    PartyName,
    // A person with additions: representative, counsel, signatory,
    // participant, mediator.
    PersonWithAdditions,
};

// The names in text, each as written there, without repeats:
// - the whole text without its bracketed remarks;
// - for a person: the part before the first comma ("Rebecca Lowenstein"),
//   and each later part that ends with a legal form, i.e. names a firm
//   ("Lowenstein Ferraro LLP");
// - each bracketed part of the first name that starts with a capital letter:
//   another spelling of the name ("(Aikaterini Papadopoulou)", "(GLSIC)").
//   Bracketed remarks in lower case ("(by video)", "(mediator)") are not
//   names.
std::vector<std::string> namesIn(std::string_view text, NameField field);

}  // namespace cg::domain::conflicts
