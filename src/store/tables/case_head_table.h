#pragma once
// The cases table: one row per case head, with a surrogate id that every
// record row of the case refers to. The fee split is in case_fee_shares,
// whose rows name parties: they are written after the parties exist.
#include <soci/soci.h>

#include "domain/case.h"
#include "store/change_text.h"

namespace cg::store {

struct CaseHeadTable {
    static domain::Case load(soci::session& sql, long long caseId);
    // Returns the new case's id.
    static long long insert(soci::session& sql, const domain::Case& head);
    static void update(soci::session& sql, long long caseId, const domain::Case& head);
    // Replaces the case's fee split with head.fees.shares.
    static void writeFeeShares(soci::session& sql, long long caseId, const domain::Case& head);

    static FieldTexts fields(const domain::Case& head);
};

}  // namespace cg::store
