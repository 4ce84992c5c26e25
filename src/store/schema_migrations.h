#pragma once
// The schema as an ordered list of migrations. Version 1 is the first schema;
// each later one changes it a step. A database records in schema_version
// which steps it has had, and opening it applies the missing ones.
//
// Never edit a migration that has shipped: files in the field were made by
// it. Add a new one at the end instead.
#include <string>
#include <string_view>
#include <vector>

#include "store/sql_dialect.h"

namespace soci {
class session;
}

namespace cg::store {

struct Migration {
    int version = 0;
    std::string_view description;
    std::vector<std::string_view> statements;  // SQL templates, see SqlDialect::expand
    // Run after the statements, in the same transaction, for what SQL alone
    // cannot do (computing the audit seals of existing entries).
    void (*afterStatements)(soci::session&) = nullptr;

    std::vector<std::string> sqlFor(const SqlDialect& dialect) const;
};

// Migrations with their own file (schema_migration_vN.cpp).
const Migration& schemaVersion7();
const Migration& schemaVersion8();
const Migration& schemaVersion9();

// Every migration, ordered by version, starting at 1 with no gaps.
const std::vector<Migration>& schemaMigrations();
int latestSchemaVersion();

}  // namespace cg::store
