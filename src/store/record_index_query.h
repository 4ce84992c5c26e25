#pragma once
// What a single-record change needs to know about the rest of its case,
// asked of the database without loading the records.
#include <soci/soci.h>

#include <string_view>

#include "domain/validation.h"

namespace cg::store {

// The numbers in use in the case, kind by kind: enough for domain::validate
// to check a record's links.
domain::RecordIndex loadRecordIndex(soci::session& sql, long long caseId);

// One past the highest number of that kind in the case.
domain::RecordNo nextRecordNo(soci::session& sql, std::string_view table, long long caseId);
bool recordExists(soci::session& sql, std::string_view table, long long caseId,
                  domain::RecordNo no);

}  // namespace cg::store
