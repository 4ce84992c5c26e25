#pragma once
// Direct access to a test database past the store, for what the store must
// never do itself: break a link behind its back, count rows it left,
// plant old or newer schemas. RawSqlite and RawPostgres implement it.
#include <string>

namespace cg::testing {

class RawDatabase {
public:
    virtual ~RawDatabase() = default;
    // Throws std::runtime_error with the engine's message.
    virtual void exec(const std::string& sql) = 0;
    // The first column of the first row, as text ("" when there is none).
    virtual std::string text(const std::string& sql) = 0;
    long long number(const std::string& sql) { return std::stoll(text(sql)); }

    // Lets the following statements break foreign keys (SQLite: its default
    // for a raw connection; PostgreSQL: triggers off, superuser only).
    virtual void ignoreForeignKeys() = 0;
    // Makes the following statements honour foreign keys, as the store does.
    virtual void enforceForeignKeys() = 0;
};

}  // namespace cg::testing
