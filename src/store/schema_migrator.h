#pragma once
// Brings a database's schema to the version this CommonGround writes, by
// applying the missing steps of schema_migrations.h.
#include <soci/soci.h>

#include <string>

#include "store/sql_dialect.h"

namespace cg::store {

// The version recorded in schema_version; 0 for a new, empty file. Throws
// StoreError for a file that holds tables but not CommonGround's.
int readSchemaVersion(soci::session& sql, const SqlDialect& dialect, const std::string& path);

// Applies every migration after `fromVersion` in one transaction, so an
// upgrade that fails leaves the file as it was. Returns the new version.
int migrateSchema(soci::session& sql, const SqlDialect& dialect, const std::string& path);

}  // namespace cg::store
