#pragma once
// Where SQLite and PostgreSQL differ, in one place. The schema and the
// queries are written once in the SQL both understand; the few spots that
// cannot be are placeholders ({serial_key}) filled in from here.
#include <string>
#include <string_view>

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
    // Whether a table exists: one bound parameter :name, one integer column.
    std::string tableExistsQuery;
    // How many tables the file holds that are not the engine's own.
    std::string userTableCountQuery;

    // The SQL with every placeholder replaced.
    std::string expand(std::string_view sqlTemplate) const;
};

const SqlDialect& sqliteDialect();
const SqlDialect& postgresqlDialect();

}  // namespace cg::store
