#pragma once
#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/record_no.h"

namespace cg::store {

class Database;

struct AuditEntry {
    std::int64_t sequence = 0;
    domain::Instant at;
    std::string actor;
    std::string caseReference;
    std::string recordKind;  // "case", "party", "interest", ... "note"
    domain::RecordNo recordNo = 0;
    std::string action;  // "create", "update", "delete", "import"
    std::string change;  // what changed: "role: claimant → respondent; name: …"
};

// Read side of the audit trail; the repositories write it.
class AuditTrail {
public:
    explicit AuditTrail(Database& db);
    std::vector<AuditEntry> forCase(const std::string& caseReference);

private:
    Database& m_db;
};

}  // namespace cg::store
