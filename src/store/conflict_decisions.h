#pragma once
// The mediator's decisions on conflict checks, kept per case
// (domain/conflicts/conflict_decision.h). Each one recorded is also an
// entry in the audit trail, written in the same transaction.
#include <string>
#include <vector>

#include "domain/conflicts/conflict_decision.h"

namespace cg::store {

class Database;

class ConflictDecisionRepository {
public:
    explicit ConflictDecisionRepository(Database& db);

    // Validates the decision, numbers it, stamps it with the database's
    // actor and the time, stores it and appends it to the trail. Returns the
    // decision as stored. Throws ValidationError (no reason for a waiver or
    // a refusal) or NotFound (no such case) with nothing stored.
    domain::conflicts::ConflictDecision record(const std::string& caseReference,
                                               domain::conflicts::ConflictDecision decision);

    // Oldest first. Throws NotFound when the case does not exist.
    std::vector<domain::conflicts::ConflictDecision> forCase(const std::string& caseReference);

private:
    Database& m_db;
};

}  // namespace cg::store
