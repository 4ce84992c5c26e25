#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/case_record.h"
#include "store/record_stamp.h"

namespace cg::store {

class Database;

struct CaseSummary {
    std::string reference;
    std::string title;
    domain::CaseStatus status = domain::CaseStatus::Intake;
    domain::Date openedOn;
    std::string mediator;
    int partyCount = 0;
};

// Whole cases: list, load, create, import, delete. Every method that changes
// something runs in one transaction and appends to the audit trail.
class CaseRepository {
public:
    explicit CaseRepository(Database& db);

    // Ordered by reference; without the cases walled off from the mediator
    // working (case_access.h).
    std::vector<CaseSummary> list();
    bool exists(const std::string& reference);
    domain::CaseRecord load(const std::string& reference);  // NotFound when absent
    domain::Case loadHead(const std::string& reference);    // just the head; NotFound when absent
    // With the stamps of what was read (record_stamp.h), in the same read.
    domain::CaseRecord load(const std::string& reference, CaseStamps& stamps);
    domain::Case loadHead(const std::string& reference, CaseStamps& stamps);

    // A new, empty case. ConflictError if the reference is taken.
    void create(const domain::Case& head);
    // A whole case (an import): validated with domain::validate first, then
    // stored in one transaction; nothing is stored if anything fails.
    // ConflictError if the reference is taken.
    void insert(const domain::CaseRecord& record);
    // As RecordRepository::update (record_repository.h): with the version
    // read, a head someone else saved since is refused with ConflictError.
    // Returns the version the save made.
    long long updateHead(const domain::Case& head);
    long long updateHead(const domain::Case& head, long long expectedVersion);
    RecordStamp stamp(const std::string& reference);  // the head's
    void remove(const std::string& reference);
    // Secure delete of a closed case: every row of it (records, notes,
    // drafts, exhibits and their contents, fee shares, conflict decisions,
    // access list) in one audited transaction, the freed bytes overwritten.
    // ValidationError unless the case is closed; ConflictError while a legal
    // hold is set (legal_hold.h). Returns what was removed ("title with 2
    // parties, 1 session").
    std::string purge(const std::string& reference);

    // The next free reference PREFIX-YEAR-NNNN.
    std::string nextReference(const std::string& prefix, int year);

private:
    long long saveHead(const domain::Case& head, std::optional<long long> expectedVersion);

    Database& m_db;
};

}  // namespace cg::store
