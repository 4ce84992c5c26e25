#pragma once
// Backups of the embedded SQLite database, taken online with SQLite's backup
// API: a consistent copy even while other CommonGround windows write, and
// owner-only like the database itself. A firm's PostgreSQL server is backed
// up on the server, with pg_dump (see PostgreSqlBackupAdvice).
#include <string>

#include "store/database.h"

namespace cg::store {

// What to tell someone who asks CommonGround to back up a server database.
extern const char* const kPostgreSqlBackupAdvice;

// "/data/cases.db" + "backup" -> "/data/cases.backup-20261123-201500.db":
// beside the database, named for why it was made and when (UTC).
std::string backupPathBeside(const std::string& databasePath, const std::string& label);

// Writes a consistent copy of the open SQLite database to `target` (a new
// file, mode 0600; an existing file is never overwritten) and returns its
// path. An empty target means backupPathBeside(<database>, "backup").
// Throws StoreError on PostgreSQL with kPostgreSqlBackupAdvice.
std::string backupDatabase(Database& db, const std::string& target = "");

struct RestoreResult {
    std::string safetyCopy;   // the database as it was just before the restore
    int restoredVersion = 0;  // the backup's schema version (opened, it is migrated)
};

// Replaces the content of the SQLite database `connection` names with the
// backup file's, after checking the backup is an undamaged CommonGround
// database of a version this program reads. The database as it was is kept
// first as backupPathBeside(<database>, "before-restore"). The copy goes in
// through SQLite's backup API under its locks, so another window that has the
// database open sees either the old or the restored content, never a mix.
RestoreResult restoreDatabase(const std::string& connection, const std::string& backupFile);

}  // namespace cg::store
