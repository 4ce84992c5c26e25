#pragma once
// The legal hold columns of a case row, for the store's own use
// (LegalHolds, CaseRepository::purge).
#include <soci/soci.h>

#include <optional>
#include <string>

#include "store/legal_hold.h"

namespace cg::store {

std::optional<LegalHold> readLegalHold(soci::session& sql, long long caseId);
// "case CG-2026-0001 is under a legal hold set by ingrid on 2026-…Z (reason)"
std::string describeHold(const std::string& reference, const LegalHold& hold);

}  // namespace cg::store
