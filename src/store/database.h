#pragma once
// An open case database: the embedded SQLite file by default, a firm's
// PostgreSQL server later. SOCI stays inside the store library; callers see
// only this class and the repositories.
#include <memory>
#include <string>
#include <vector>

namespace cg::store {

class Database {
public:
    enum class OpenMode { CreateIfMissing, MustExist };

    // connection: "sqlite:/path/to/file.db", or a plain file path (SQLite);
    // "postgresql://user@host:port/dbname" is reserved for the firm server.
    // actor: who is working, recorded in the audit trail.
    // Creates the schema or migrates an older file (recorded version < current);
    // a file from a newer CommonGround is refused with a StoreError saying so.
    static std::unique_ptr<Database> open(const std::string& connection, const std::string& actor,
                                          OpenMode mode = OpenMode::CreateIfMissing);
    ~Database();

    static int currentSchemaVersion();
    int schemaVersion() const;
    const std::string& actor() const;
    std::string describe() const;  // "SQLite file /home/…/commonground.db"

    // SQLite integrity_check + foreign_key_check; each problem found as a line
    // a person can read. Empty when all is well.
    std::vector<std::string> check();

    class Impl;
    Impl& impl() { return *m_impl; }

private:
    explicit Database(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace cg::store
