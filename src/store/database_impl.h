#pragma once
// The open connection behind a Database and the plumbing every repository
// shares: run a user action in one transaction, and turn whatever the
// database throws into the store's exceptions on the way out.
#include <soci/soci.h>

#include <string>
#include <type_traits>

#include "store/connection_string.h"
#include "store/database.h"
#include "store/error_translation.h"
#include "store/sql_dialect.h"
#include "store/transaction.h"

struct sqlite3;

namespace cg::store {

class Database::Impl {
public:
    Impl(ConnectionTarget target, std::string actor);

    // Opens the file or logs in to the server, sets up the session, checks
    // the schema version and migrates an older database.
    // On a server, MustExist refuses a database without CommonGround's
    // tables rather than creating them (that is what `init` is for).
    void connect(Database::OpenMode mode);

    soci::session& sql() { return m_sql; }
    const SqlDialect& dialect() const { return *m_dialect; }
    const ConnectionTarget& target() const { return m_target; }
    bool onServer() const { return m_target.backend == ConnectionTarget::Backend::PostgreSql; }
    const std::string& actor() const { return m_actor; }
    int schemaVersion() const { return m_schemaVersion; }
    // "SQLite file /home/…/cases.db", "PostgreSQL database postgresql://ingrid@db:5432/cases"
    std::string describe() const;
    // The SQLite connection under SOCI, for the backup API; SQLite only.
    sqlite3* sqliteHandle();

    // fn(soci::session&) runs in one write transaction, committed when it
    // returns. On any error the transaction is rolled back and the error
    // leaves as "Could not <doing>: ..." (see error_translation.h).
    template <typename Fn>
    std::invoke_result_t<Fn&, soci::session&> write(const std::string& doing, Fn&& fn) {
        return inTransaction(m_dialect->beginWrite, context(doing, false), fn);
    }

    // Like write(), for actions that only read: several queries then see one
    // consistent state of the file.
    template <typename Fn>
    std::invoke_result_t<Fn&, soci::session&> read(const std::string& doing, Fn&& fn) {
        return inTransaction(m_dialect->beginRead, context(doing, true), fn);
    }

    // fn(soci::session&) with errors translated but no transaction of its own.
    template <typename Fn>
    std::invoke_result_t<Fn&, soci::session&> guarded(const std::string& doing, Fn&& fn) {
        ErrorContext errorContext = context(doing, false);
        try {
            reconnectIfLost();
            return fn(m_sql);
        } catch (...) {
            errorContext.connectionLost = connectionLost();
            rethrowTranslated(errorContext);
        }
    }

private:
    template <typename Fn>
    std::invoke_result_t<Fn&, soci::session&> inTransaction(const std::string& begin,
                                                            ErrorContext errorContext, Fn& fn) {
        try {
            reconnectIfLost();
            Transaction transaction(m_sql, begin);
            if constexpr (std::is_void_v<std::invoke_result_t<Fn&, soci::session&>>) {
                fn(m_sql);
                transaction.commit();
            } else {
                auto result = fn(m_sql);
                transaction.commit();
                return result;
            }
        } catch (...) {
            errorContext.connectionLost = connectionLost();
            rethrowTranslated(errorContext);
        }
    }

    ErrorContext context(const std::string& doing, bool reading) const;
    void openSqlite();
    void useWriteAheadLog();
    void openPostgresql();
    void startPostgresqlSession();
    // A firm's server may restart or drop an idle connection; the action
    // that met it failed with a clear message, the next one logs in again.
    bool connectionLost();
    void reconnectIfLost();

    soci::session m_sql;
    ConnectionTarget m_target;
    const SqlDialect* m_dialect;
    std::string m_actor;
    int m_schemaVersion = 0;
};

}  // namespace cg::store
