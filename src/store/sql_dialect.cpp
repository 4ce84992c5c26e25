#include "store/sql_dialect.h"

#include <soci/soci.h>

namespace cg::store {

std::string SqlDialect::expand(std::string_view sqlTemplate) const {
    static constexpr std::string_view kSerialKey = "{serial_key}";
    std::string sql(sqlTemplate);
    for (auto pos = sql.find(kSerialKey); pos != std::string::npos; pos = sql.find(kSerialKey, pos))
        sql.replace(pos, kSerialKey.size(), serialKey);
    return sql;
}

const SqlDialect& sqliteDialect() {
    static const SqlDialect dialect{
        "SQLite",
        // Exactly "INTEGER PRIMARY KEY": only that spelling makes the column
        // SQLite's rowid, numbered by the engine.
        "INTEGER PRIMARY KEY",
        "BEGIN IMMEDIATE",
        "BEGIN",
        "",
        "",
        "",
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = :name",
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
        "ESCAPE '\\'",
    };
    return dialect;
}

const SqlDialect& postgresqlDialect() {
    static const SqlDialect dialect{
        "PostgreSQL",
        "BIGSERIAL PRIMARY KEY",
        "BEGIN",
        // Reads see one snapshot, as SQLite's read transactions do.
        "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
        " FOR UPDATE",
        // Keys every CommonGround agrees on: the bytes of "CGaudit" and
        // "CGschema".
        "SELECT pg_advisory_xact_lock(18937307346528628)",
        "SELECT pg_advisory_xact_lock(4847970394678062433)",
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND "
        "table_name = :name",
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()",
    };
    return dialect;
}

const SqlDialect& dialectOf(soci::session& sql) {
    return sql.get_backend_name() == "postgresql" ? postgresqlDialect() : sqliteDialect();
}

}  // namespace cg::store
