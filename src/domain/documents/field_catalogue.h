#pragma once
// The fields a document template may use (issue 5), and where. A field is
// "scope.name": the scopes `case` and `draft` are available everywhere; the
// others only inside a repetition that binds them (<repeat over="parties">
// binds `party`). The exchange layer checks every field of a template against
// this list when it reads the template, so a misspelt field is reported with
// its file and line before anything is rendered; the evaluator fills the same
// list (field_values.h).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/documents/document_template.h"

namespace cg::domain::documents {

struct FieldDescription {
    std::string_view path;  // "party.name"
    std::string_view meaning;
};

// Every field, in catalogue order (for documentation and error messages).
const std::vector<FieldDescription>& fieldCatalogue();

// The variable a repetition over `collection` binds ("party", "term" …).
std::string_view boundVariable(Collection collection);

// The collection named in a template ("parties", "accepted-terms" …), and back.
std::optional<Collection> parseCollection(std::string_view name);
std::string_view collectionName(Collection collection);
std::vector<std::string_view> collectionNames();

// Empty if `path` can be filled inside the given repetitions (outermost
// first); otherwise what is wrong, in words a template author can act on:
//   "unknown field 'party.nmae' (party has: name, role, kind, …)"
//   "'term.amount' is used outside a repetition over accepted-terms"
std::string checkField(std::string_view path, const std::vector<Collection>& enclosing);

// Whether a repetition over `collection` is allowed inside `enclosing`
// (instalments need an enclosing term or run over every accepted payment).
std::string checkRepetition(Collection collection, const std::vector<Collection>& enclosing);

}  // namespace cg::domain::documents
