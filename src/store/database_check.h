#pragma once
// What `check` looks for, per engine. Each problem found is one line a
// person can read; none means all is well.
#include <soci/soci.h>

#include <string>
#include <vector>

namespace cg::store {

// SQLite: PRAGMA integrity_check (the file's pages, indexes and constraints)
// and PRAGMA foreign_key_check (links pointing at missing rows).
std::vector<std::string> checkSqliteFile(soci::session& sql);

// PostgreSQL has no whole-database integrity check a client may run (page
// checksums and amcheck are the server administrator's tools), and it
// enforces foreign keys itself. What can still go wrong is what a superuser
// can do behind its back: switch triggers off (session_replication_role =
// replica) and break links, or add a constraint NOT VALID. So this looks,
// for every foreign key of the schema, for rows whose link points at a
// missing row, and lists constraints the server has not validated.
std::vector<std::string> checkPostgresqlDatabase(soci::session& sql);

}  // namespace cg::store
