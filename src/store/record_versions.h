#pragma once
// The row versions behind optimistic concurrency (record_stamp.h): every
// record table and the cases table carry row_version, changed_by and
// changed_at (schema version 8). A save claims the row with
//   UPDATE … SET row_version = row_version + 1 … WHERE … AND row_version = :expected
// in the transaction that writes it; no row claimed means someone else saved
// it first, and the whole action is refused and rolled back.
//
// The column is row_version, not version: agreement_drafts has had a
// version column (the draft's own number) since schema version 1.
#include <soci/soci.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/record_stamp.h"

namespace cg::store {

// Every table whose rows are records of a case, the cases table aside. A
// table listed here that the database lacks is skipped (alternatives and
// bottom_lines come with schema version 7).
const std::vector<std::string_view>& versionedRecordTables();

// What a claim is for, in the refusal's words: "save", "delete".
struct VersionClaim {
    std::string action;      // "save" → "Could not save …", "nothing was saved"
    std::string recordName;  // "party 2 of case CG-2026-0001"
    std::string actor;       // who claims it
};

RecordStamp readRecordStamp(soci::session& sql, std::string_view table, long long caseId,
                            domain::RecordNo no);
RecordStamps readRecordStamps(soci::session& sql, std::string_view table, long long caseId);
RecordStamp readCaseStamp(soci::session& sql, long long caseId);
// The head's and every record's stamps, for a whole case loaded.
CaseStamps readCaseStamps(soci::session& sql, long long caseId);

// Moves the row to its next version, stamped with the claimant and now.
// With an expected version, a row at any other version is refused with
// ConflictError (who changed it, when, what to do); without one the row is
// claimed as it is (the caller read it in this same transaction). Returns
// the new version.
long long claimRecord(soci::session& sql, std::string_view table, long long caseId,
                      domain::RecordNo no, std::optional<long long> expected,
                      const VersionClaim& claim);
long long claimCase(soci::session& sql, long long caseId, std::optional<long long> expected,
                    const VersionClaim& claim);
// For a delete: refuses as claimRecord does, changes nothing.
void requireRecordVersion(soci::session& sql, std::string_view table, long long caseId,
                          domain::RecordNo no, long long expected, const VersionClaim& claim);

// A new row is version 1 (the column's default); this names who made it.
void stampNewRecord(soci::session& sql, std::string_view table, long long caseId,
                    domain::RecordNo no, const std::string& actor);
void stampNewCase(soci::session& sql, long long caseId, const std::string& actor);
// Every row an import wrote for the case, the case head too.
void stampImportedCase(soci::session& sql, long long caseId, const std::string& actor);

// Adds the three columns to every versioned table that exists: run by
// schema version 8.
void addRowVersionColumns(soci::session& sql);

}  // namespace cg::store
