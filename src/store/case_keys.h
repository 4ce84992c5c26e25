#pragma once
// Cases are found by their reference; inside the database every record row
// carries the case's surrogate id instead.
#include <soci/soci.h>

#include <optional>
#include <string>

#include "store/sql_dialect.h"

namespace cg::store {

struct CaseKey {
    long long id = 0;
    std::string reference;
};

std::optional<CaseKey> findCase(soci::session& sql, const std::string& reference);
// Throws NotFound "case CG-2026-0009 does not exist".
CaseKey requireCase(soci::session& sql, const std::string& reference);
// requireCase for an action that changes the case: holds the case's row lock
// (SqlDialect::caseRowLock) until the transaction ends, so writers to one
// case take turns.
CaseKey lockCase(soci::session& sql, const SqlDialect& dialect, const std::string& reference);

}  // namespace cg::store
