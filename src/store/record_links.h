#pragma once
// Which records point at a record: asked before a delete, so the refusal can
// name them ("party 2 cannot be deleted: claim 1, interest 4 and offer 2
// refer to it") instead of surfacing a foreign-key failure.
#include <soci/soci.h>

#include <string>
#include <string_view>
#include <vector>

#include "domain/record_no.h"

namespace cg::store {

// The records of the case that link to record `no` of kind `kind`, as
// "claim 1", ordered by kind and number, each named once.
std::vector<std::string> recordsLinkingTo(soci::session& sql, long long caseId,
                                          std::string_view kind, domain::RecordNo no);

// "a", "a and b", "a, b and c".
std::string joinAsSentence(const std::vector<std::string>& items);

}  // namespace cg::store
