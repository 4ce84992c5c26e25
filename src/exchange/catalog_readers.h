#pragma once
// One reader per kind of catalog file, chosen by the root element. Each adds
// the file's entries to `into` and checks them against what is already there
// (an id defined twice across files is an error at the second definition).
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "domain/deadlines/reference_catalogs.h"
#include "exchange/element_reader.h"
#include "exchange/source_text.h"

namespace cg::exchange {

void readControlCatalog(const ElementReader& root, domain::ReferenceCatalogs& into);
void readFailureMap(const ElementReader& root, domain::ReferenceCatalogs& into);
void readNotificationRules(const ElementReader& root, domain::ReferenceCatalogs& into);
void readFaultRegimes(const ElementReader& root, domain::ReferenceCatalogs& into);
void readInterestCategories(const ElementReader& root, domain::ReferenceCatalogs& into);

// Helpers the readers share.
// "a b  c" -> {"a","b","c"}
std::vector<std::string> splitWords(std::string_view text);
// "a; b c;d" -> {"a","b c","d"}
std::vector<std::string> splitTerms(std::string_view text);
// verified="true|false", absent = true (only UNVERIFIED items carry it).
bool verifiedFlag(const ElementReader& el);
// A required text attribute that must not be blank.
std::string requiredText(const ElementReader& el, std::string_view name);

}  // namespace cg::exchange
