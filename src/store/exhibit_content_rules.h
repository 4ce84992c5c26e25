#pragma once
// How an exhibit's bytes and its fingerprint are kept together
// (exhibit_contents.h): the rules the repositories apply before writing and
// the check that finds bytes changed since.
#include <soci/soci.h>

#include <string>
#include <vector>

#include "domain/exhibit.h"

namespace cg::store {

// A new exhibit: requires its content and takes sha256 and sizeBytes from
// it; a sha256 given beforehand must agree.
void fingerprintNewExhibit(domain::Exhibit& exhibit);
// An imported exhibit: requires its content, which must match the record's
// sha256 (a file altered after export is refused).
void requireImportedContent(const domain::Exhibit& exhibit);
// A changed exhibit as it is stored: its fingerprint and size stay those of
// the bytes attached, and a different file is refused.
domain::Exhibit keptOnUpdate(const domain::Exhibit& before, const domain::Exhibit& changed);

// One line per exhibit of any case whose bytes are missing or changed.
std::vector<std::string> checkExhibitContentRows(soci::session& sql);

}  // namespace cg::store
