#pragma once
// Direct access to a database file with the sqlite3 C API, for what the
// store must never do itself: build a file of an older schema, plant a
// newer version number, break a link behind its back, hold a lock.
#include <sqlite3.h>

#include <stdexcept>
#include <string>

#include "raw_database.h"

namespace cg::testing {

class RawSqlite : public RawDatabase {
public:
    explicit RawSqlite(const std::string& path) {
        if (sqlite3_open(path.c_str(), &m_db) != SQLITE_OK)
            throw std::runtime_error("cannot open " + path + ": " + sqlite3_errmsg(m_db));
    }
    ~RawSqlite() override { sqlite3_close(m_db); }
    RawSqlite(const RawSqlite&) = delete;
    RawSqlite& operator=(const RawSqlite&) = delete;

    void exec(const std::string& sql) override {
        char* error = nullptr;
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
            const std::string message = error ? error : "unknown error";
            sqlite3_free(error);
            throw std::runtime_error(message + " in: " + sql);
        }
    }

    // The first column of the first row, as text ("" when there is none).
    std::string text(const std::string& sql) override {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
            throw std::runtime_error(std::string(sqlite3_errmsg(m_db)) + " in: " + sql);
        std::string result;
        if (sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_text(statement, 0))
            result = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        sqlite3_finalize(statement);
        return result;
    }
    // A raw connection starts with foreign keys off, as SQLite's default is.
    void ignoreForeignKeys() override { exec("PRAGMA foreign_keys = OFF"); }
    void enforceForeignKeys() override { exec("PRAGMA foreign_keys = ON"); }

private:
    sqlite3* m_db = nullptr;
};

}  // namespace cg::testing
