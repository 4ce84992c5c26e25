#pragma once
// An open case database: the embedded SQLite file by default, or a firm's
// PostgreSQL server. SOCI stays inside the store library; callers see
// only this class and the repositories.
#include <memory>
#include <string>
#include <vector>

namespace cg::store {

class Database {
public:
    enum class OpenMode { CreateIfMissing, MustExist };

    // connection: "sqlite:/path/to/file.db", or a plain file path (SQLite);
    // "postgresql://user[:password]@host:port/dbname" for a firm's server,
    // whose database the administrator has created (without a password in
    // the address, libpq's PGPASSWORD and ~/.pgpass are used).
    // actor: who is working, recorded in the audit trail.
    // Creates the schema or migrates an older file (recorded version < current);
    // a file from a newer CommonGround is refused with a StoreError saying so.
    // On a server, MustExist refuses a database that has no tables yet.
    static std::unique_ptr<Database> open(const std::string& connection, const std::string& actor,
                                          OpenMode mode = OpenMode::CreateIfMissing);
    ~Database();

    static int currentSchemaVersion();
    int schemaVersion() const;
    const std::string& actor() const;
    // "SQLite file /home/…/commonground.db",
    // "PostgreSQL database postgresql://ingrid@db.example:5432/cases"
    std::string describe() const;

    // Each problem found as a line a person can read; empty when all is
    // well. SQLite: integrity_check + foreign_key_check; PostgreSQL: links
    // pointing at missing rows and unvalidated constraints (database_check.h).
    std::vector<std::string> check();

    class Impl;
    Impl& impl() { return *m_impl; }

private:
    explicit Database(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace cg::store
