#pragma once
// SQLite's online backup API (sqlite3_backup_*) between connections and
// files, for database_backup.cpp and the automatic backup before a schema
// upgrade. Plain sqlite3 handles: SOCI has no backup call.
#include <string>

struct sqlite3;

namespace cg::store {

// Copies the main database of `from` into a new file `target`, created
// owner-only; throws StoreError if `target` exists or cannot be written (a
// partly written target is removed).
void copySqliteDatabaseTo(sqlite3* from, const std::string& target);

// Replaces the content of the database `to` with that of `from`, waiting as
// long as `to`'s busy timeout for other connections to it to finish. `what`
// completes "Could not ..." in the error.
void copySqliteDatabaseInto(sqlite3* from, sqlite3* to, const std::string& what);

// A connection of our own to a file, closed when it goes out of scope.
class SqliteHandle {
public:
    // readOnly: the file must exist and is never written.
    SqliteHandle(const std::string& path, bool readOnly);
    ~SqliteHandle();
    SqliteHandle(const SqliteHandle&) = delete;
    SqliteHandle& operator=(const SqliteHandle&) = delete;
    sqlite3* get() const { return m_db; }
    // The first column of the first row, or "" (with `ok` false on error).
    std::string firstValue(const std::string& sql, bool& ok) const;
    std::string lastError() const;

private:
    sqlite3* m_db = nullptr;
};

}  // namespace cg::store
