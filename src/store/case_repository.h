#pragma once
#include <string>
#include <vector>

#include "domain/case_record.h"

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

    std::vector<CaseSummary> list();  // ordered by reference
    bool exists(const std::string& reference);
    domain::CaseRecord load(const std::string& reference);  // NotFound when absent
    domain::Case loadHead(const std::string& reference);    // just the head; NotFound when absent

    // A new, empty case. ConflictError if the reference is taken.
    void create(const domain::Case& head);
    // A whole case (an import): validated with domain::validate first, then
    // stored in one transaction; nothing is stored if anything fails.
    // ConflictError if the reference is taken.
    void insert(const domain::CaseRecord& record);
    void updateHead(const domain::Case& head);
    void remove(const std::string& reference);

    // The next free reference PREFIX-YEAR-NNNN.
    std::string nextReference(const std::string& prefix, int year);

private:
    Database& m_db;
};

}  // namespace cg::store
