#pragma once
// Which mediators of a firm may open a case: an ethical wall around a case
// one of them must not see (a conflict of interest, a confidential matter).
// Enforced in the store where a reference becomes a case (case_keys.h), so
// no command can read a walled-off case, and in the case list.
#include <string>
#include <vector>

#include "domain/calendar.h"

namespace cg::store {

class Database;

struct AccessGrant {
    std::string mediator;
    std::string grantedBy;
    domain::Instant grantedAt;
};

// Every change is audited and made by a mediator who may open the case
// (Database::actor()).
class CaseAccess {
public:
    explicit CaseAccess(Database& db);

    // Ordered by name; empty when the case is open to everyone in the firm.
    std::vector<AccessGrant> list(const std::string& reference);
    // The first grant walls the case off; it names the granting mediator
    // too, who would otherwise lock himself out. ConflictError when the
    // mediator has access already.
    void grant(const std::string& reference, const std::string& mediator);
    // NotFound when the mediator is not on the list; ConflictError for the
    // last mediator on it, who would wall everyone off.
    void revoke(const std::string& reference, const std::string& mediator);

private:
    Database& m_db;
};

}  // namespace cg::store
