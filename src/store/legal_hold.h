#pragma once
// A legal hold on a case: a litigation hold, a regulator's or a court's
// order to keep the file. While it is set the case cannot be purged
// (CaseRepository::purge). Setting and releasing it are audited.
#include <optional>
#include <string>

#include "domain/calendar.h"

namespace cg::store {

class Database;

struct LegalHold {
    std::string reason;
    std::string setBy;
    domain::Instant since;
};

class LegalHolds {
public:
    explicit LegalHolds(Database& db);

    std::optional<LegalHold> read(const std::string& reference);
    // ValidationError without a reason; ConflictError when a hold is set
    // already (naming who set it, when and why).
    void set(const std::string& reference, const std::string& reason);
    // ConflictError when the case has no hold.
    void release(const std::string& reference);

private:
    Database& m_db;
};

}  // namespace cg::store
