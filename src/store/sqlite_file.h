#pragma once
// The SQLite file on disk before SQLite sees it: created owner-only (case
// records are confidential), its folder created when allowed, and the usual
// mistakes (a folder, a missing or unwritable file) told apart up front so
// the message can say which.
#include <string>

#include "store/database.h"

namespace cg::store {

// Throws StoreError when the file cannot be used as asked.
void prepareSqliteFile(const std::string& path, Database::OpenMode mode);

}  // namespace cg::store
