#pragma once
// One user action, one transaction. soci::transaction always issues a plain
// BEGIN; this guard lets the dialect choose how a transaction begins (see
// SqlDialect::beginWrite) and otherwise behaves the same: commit() or it
// rolls back when it goes out of scope.
#include <soci/soci.h>

#include <string>

namespace cg::store {

class Transaction {
public:
    Transaction(soci::session& sql, const std::string& beginStatement) : m_sql(sql) {
        m_sql << beginStatement;
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    ~Transaction() {
        if (m_finished) return;
        try {
            m_sql << "ROLLBACK";
        } catch (...) {
            // SQLite has already rolled back after some errors (a full disk, an
            // I/O error), and the error that got us here is the one to report.
        }
    }

    void commit() {
        m_sql << "COMMIT";
        m_finished = true;
    }

private:
    soci::session& m_sql;
    bool m_finished = false;
};

}  // namespace cg::store
