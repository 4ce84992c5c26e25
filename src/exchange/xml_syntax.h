#pragma once
// Step one of reading a case file: is it well-formed XML at all? Turns what
// pugixml reports (a status and a byte offset) into a message a mediator can
// act on, at the line and column of the problem.
#include <cstddef>

#include <pugixml.hpp>

#include "exchange/source_text.h"

namespace cg::exchange {

// How deep elements may nest. A case file nests six levels, a document
// template about a dozen (section, clause, if, p, b, field...).
inline constexpr std::size_t kMaxElementDepth = 64;

// Parses source into doc (in place, keeping offsets), or throws ImportError:
// empty file, not UTF-8, characters XML forbids, not well-formed, an XML
// declaration that is not version 1.0 / UTF-8, a <!DOCTYPE> (case files have
// none, and refusing it shuts out entity tricks), more than one root element,
// elements nested deeper than kMaxElementDepth (checked before parsing).
void parseXml(pugi::xml_document& doc, SourceText& source);

}  // namespace cg::exchange
