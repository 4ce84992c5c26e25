#pragma once
// The bytes of exhibits, kept in the database beside their records so that
// a backup, a restore and a firm's server hold them too. The records
// (RecordRepository<Exhibit>) never load them; these functions do.
//
// RecordRepository<Exhibit>::add stores exhibit.content, which it requires:
// it takes the SHA-256 and size from the bytes (and refuses a record whose
// given sha256 disagrees). update() keeps the content; remove() deletes it.
#include <string>

#include "domain/case_record.h"
#include "domain/errors.h"

namespace cg::store {

class Database;

// The exhibit's bytes as stored, unverified. Throws NotFound.
std::string exhibitContent(Database& db, const std::string& caseRef, domain::RecordNo exhibitNo);

// An exhibit's content differs from the SHA-256 taken when it was attached.
class ExhibitChanged : public domain::Error {
public:
    using domain::Error::Error;
};

// The exhibit's bytes, checked against its SHA-256 before anyone gets them:
// what leaves the program as "the exhibit" is what was attached. Throws
// ExhibitChanged ("exhibit 1 (sra-report.pdf) no longer matches …") or
// NotFound.
std::string verifiedExhibitContent(Database& db, const std::string& caseRef, domain::RecordNo exhibitNo);

// Fills every exhibit's content in `record` (for a case-file export).
void loadExhibitContents(Database& db, domain::CaseRecord& record);

// Database::check() calls this: one line per exhibit whose bytes are
// missing or no longer match the SHA-256 taken on attach, e.g.
// "CG-2026-0001 exhibit 2 (sra-report.pdf): content no longer matches its SHA-256 (changed after it was attached)".
std::vector<std::string> checkExhibitContents(Database& db);

}  // namespace cg::store
