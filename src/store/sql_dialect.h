#pragma once
// Where SQLite and PostgreSQL differ, in one place. The schema and the
// queries are written once in the SQL both understand; the few spots that
// cannot be are placeholders ({serial_key}) filled in from here.
#include <string>
#include <string_view>

namespace soci {
class session;
}

namespace cg::store {

struct SqlDialect {
    std::string name;  // "SQLite"
    // A surrogate key that numbers itself: INTEGER PRIMARY KEY / BIGSERIAL PRIMARY KEY.
    std::string serialKey;
    // Starts a transaction that will write. SQLite takes the write lock at
    // once (BEGIN IMMEDIATE) so that a busy database makes the action wait
    // for busy_timeout up front, instead of failing half-way when a read
    // transaction cannot be upgraded to a write one.
    std::string beginWrite;
    std::string beginRead;
    // Appended to the SELECT that finds the case a write changes. Two
    // mediators adding a party to one case at once would otherwise both
    // read the same highest number and take the same next one; PostgreSQL
    // (READ COMMITTED) needs the case row locked FOR UPDATE so the second
    // waits for the first to commit. SQLite's BEGIN IMMEDIATE already lets
    // one writer in at a time, and it has no row locks.
    std::string caseRowLock;
    // Taken before an audit entry is appended: each entry's seal covers the
    // one before it (audit_chain.h), so appends to the whole trail, across
    // cases, must take turns. SQLite's BEGIN IMMEDIATE already does that.
    std::string auditAppendLock;
    // Run first in the migration transaction, so that two programs opening
    // a new server database at once do not both create the tables.
    std::string migrationLock;
    // Whether a table exists: one bound parameter :name, one integer column.
    std::string tableExistsQuery;
    // How many tables the file holds that are not the engine's own.
    std::string userTableCountQuery;

    // The SQL with every placeholder replaced.
    std::string expand(std::string_view sqlTemplate) const;
};

const SqlDialect& sqliteDialect();
const SqlDialect& postgresqlDialect();
// The dialect of the engine behind an open session.
const SqlDialect& dialectOf(soci::session& sql);

}  // namespace cg::store
