#pragma once
// RawDatabase over libpq for the PostgreSQL run of the suite.
#include <libpq-fe.h>

#include <stdexcept>
#include <string>

#include "raw_database.h"

namespace cg::testing {

class RawPostgres : public RawDatabase {
public:
    explicit RawPostgres(const std::string& libpqString)
        : m_connection(PQconnectdb(libpqString.c_str())) {
        if (PQstatus(m_connection) != CONNECTION_OK) {
            const std::string message = PQerrorMessage(m_connection);
            PQfinish(m_connection);
            throw std::runtime_error("cannot connect to the test server: " + message);
        }
    }
    ~RawPostgres() override { PQfinish(m_connection); }
    RawPostgres(const RawPostgres&) = delete;
    RawPostgres& operator=(const RawPostgres&) = delete;

    void exec(const std::string& sql) override { PQclear(run(sql)); }

    std::string text(const std::string& sql) override {
        PGresult* result = run(sql);
        std::string value;
        if (PQntuples(result) > 0 && !PQgetisnull(result, 0, 0)) value = PQgetvalue(result, 0, 0);
        PQclear(result);
        return value;
    }

    // session_replication_role = replica switches off the triggers that
    // enforce foreign keys, which is what a superuser restoring data might do.
    void ignoreForeignKeys() override { exec("SET session_replication_role = replica"); }
    void enforceForeignKeys() override { exec("SET session_replication_role = origin"); }

private:
    PGresult* run(const std::string& sql) {
        PGresult* result = PQexec(m_connection, sql.c_str());
        const ExecStatusType status = PQresultStatus(result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            const std::string message = PQerrorMessage(m_connection);
            PQclear(result);
            throw std::runtime_error(message + " in: " + sql);
        }
        return result;
    }

    PGconn* m_connection;
};

}  // namespace cg::testing
