#pragma once
// The open connection behind a Database and the plumbing every repository
// shares: run a user action in one transaction, and turn whatever the
// database throws into the store's exceptions on the way out.
#include <soci/soci.h>

#include <string>
#include <type_traits>

#include "store/database.h"
#include "store/error_translation.h"
#include "store/sql_dialect.h"
#include "store/transaction.h"

namespace cg::store {

class Database::Impl {
public:
    Impl(std::string path, std::string actor);

    // Opens the file, sets the pragmas, checks the schema version and
    // migrates an older file.
    void connect();

    soci::session& sql() { return m_sql; }
    const SqlDialect& dialect() const { return *m_dialect; }
    const std::string& path() const { return m_path; }
    const std::string& actor() const { return m_actor; }
    int schemaVersion() const { return m_schemaVersion; }
    std::string describe() const { return m_dialect->name + " file " + m_path; }

    // fn(soci::session&) runs in one write transaction, committed when it
    // returns. On any error the transaction is rolled back and the error
    // leaves as "Could not <doing>: ..." (see error_translation.h).
    template <typename Fn>
    std::invoke_result_t<Fn&, soci::session&> write(const std::string& doing, Fn&& fn) {
        return inTransaction(m_dialect->beginWrite, {doing, m_path, false}, fn);
    }

    // Like write(), for actions that only read: several queries then see one
    // consistent state of the file.
    template <typename Fn>
    std::invoke_result_t<Fn&, soci::session&> read(const std::string& doing, Fn&& fn) {
        return inTransaction(m_dialect->beginRead, {doing, m_path, true}, fn);
    }

    // fn(soci::session&) with errors translated but no transaction of its own.
    template <typename Fn>
    std::invoke_result_t<Fn&, soci::session&> guarded(const std::string& doing, Fn&& fn) {
        try {
            return fn(m_sql);
        } catch (...) {
            rethrowTranslated({doing, m_path, false});
        }
    }

private:
    template <typename Fn>
    std::invoke_result_t<Fn&, soci::session&> inTransaction(const std::string& begin,
                                                            const ErrorContext& context, Fn& fn) {
        try {
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
            rethrowTranslated(context);
        }
    }

    void setPragmas();

    soci::session m_sql;
    const SqlDialect* m_dialect;
    std::string m_path;
    std::string m_actor;
    int m_schemaVersion = 0;
};

}  // namespace cg::store
