#pragma once
// Cases are found by their reference; inside the database every record row
// carries the case's surrogate id instead.
//
// This is the one place a reference becomes a case, so it is where
// case-level access is enforced (case_access.h): requireCase and lockCase
// refuse a mediator the case is walled off from, and so every repository
// and every command built on them does.
#include <soci/soci.h>

#include <optional>
#include <string>

#include "store/sql_dialect.h"

namespace cg::store {

struct CaseKey {
    long long id = 0;
    std::string reference;
};

// Whether the reference is taken, whoever may open the case: a new case
// must not take the reference of one walled off from its creator.
std::optional<CaseKey> findCase(soci::session& sql, const std::string& reference);
// The case as `actor` may open it. Throws NotFound "case CG-2026-0009 does
// not exist", or NotFound saying it is walled off from the actor.
CaseKey requireCase(soci::session& sql, const std::string& reference, const std::string& actor);
// requireCase for an action that changes the case: holds the case's row lock
// (SqlDialect::caseRowLock) until the transaction ends, so writers to one
// case take turns.
CaseKey lockCase(soci::session& sql, const SqlDialect& dialect, const std::string& reference,
                 const std::string& actor);

}  // namespace cg::store
