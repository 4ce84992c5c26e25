#include "store/record_versions.h"
#include "store/schema_migrations.h"

namespace cg::store {

// Version 8: several mediators of a firm on one server.
// - Each record row and each case head gets row_version, changed_by and
//   changed_at (record_versions.h): every table that holds records of a case
//   when this runs, so the tables version 7 adds too. That list is code, not
//   SQL, hence afterStatements.
// - case_access names the mediators a case is open to; a case without rows
//   there is open to everyone in the firm (case_access.h).
const Migration& schemaVersion8() {
    static const Migration migration{
        8,
        "record versions for optimistic concurrency, who changed a record and when; case-level access",
        {
            R"(CREATE TABLE case_access (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    mediator TEXT NOT NULL CHECK (mediator <> ''),
    granted_by TEXT NOT NULL,
    granted_at TEXT NOT NULL,
    PRIMARY KEY (case_id, mediator)
))",
            // --- Added by the audit-trail change (issue 6, tail anchoring), kept apart
            // from the statements above: audit_head holds how many entries were
            // written and the newest seal, updated with every append
            // (audit_log.cpp), so that `check` also sees entries cut off the
            // end of the trail (audit_chain.h). One row, seeded from the trail.
            R"(CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    entry_count BIGINT NOT NULL CHECK (entry_count >= 0),
    last_seal TEXT NOT NULL
))",
            "INSERT INTO audit_head (id, entry_count, last_seal) SELECT 1, COUNT(*), "
            "COALESCE((SELECT seal FROM audit_log ORDER BY sequence DESC LIMIT 1), '') FROM audit_log",
        },
        addRowVersionColumns,
    };
    return migration;
}

}  // namespace cg::store
