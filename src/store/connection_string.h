#pragma once
#include <optional>
#include <string>

namespace cg::store {

// Environment variable that overrides the default database location.
inline constexpr const char* kDatabaseEnvVar = "COMMONGROUND_DB";

// The database a front end should open: the explicit --db value if given,
// else $COMMONGROUND_DB, else the default SQLite file
// $XDG_DATA_HOME/commonground/commonground.db (~/.local/share/... when unset).
std::string resolveConnection(const std::optional<std::string>& explicitConnection);
std::string defaultSqlitePath();

}  // namespace cg::store
