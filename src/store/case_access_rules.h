#pragma once
// Case-level access inside the store (the public side is case_access.h): a
// case with rows in case_access is open only to the mediators named there;
// a case without any is open to everyone in the firm, as a solo mediator's
// cases always are.
#include <soci/soci.h>

#include <string>
#include <string_view>

#include "store/case_keys.h"

namespace cg::store {

bool isOpenTo(soci::session& sql, long long caseId, const std::string& actor);
// Throws NotFound saying the case is walled off from the actor.
void requireOpenTo(soci::session& sql, const CaseKey& key, const std::string& actor);
// An SQL condition, true for the cases the mediator bound as :actor may
// open, for queries across cases; caseId is the column holding the case's id.
std::string openToActorCondition(std::string_view caseId);

}  // namespace cg::store
