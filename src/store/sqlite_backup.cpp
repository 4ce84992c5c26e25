#include "store/sqlite_backup.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "store/store_error.h"

namespace cg::store {

namespace {

// As long as a write waits for another (database_impl.cpp).
constexpr int kBusyTimeoutMs = 5000;

void createOwnerOnlyFile(const std::string& target) {
    const int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            throw StoreError(target +
                             " already exists, and a backup never overwrites a file. Choose "
                             "another name, or move the old file away first.");
        throw StoreError("Could not create the backup " + target + ": " + std::strerror(errno) +
                         ". Check that you may write to its folder.");
    }
    const bool modeSet = ::fchmod(fd, 0600) == 0;  // whatever the umask took away
    ::close(fd);
    if (!modeSet) throw StoreError("Could not make the backup " + target + " private to you.");
}

}  // namespace

SqliteHandle::SqliteHandle(const std::string& path, bool readOnly) {
    const int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr) != SQLITE_OK) {
        const std::string reason = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        throw StoreError("Could not open " + path + ": " + reason + ".");
    }
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
}

SqliteHandle::~SqliteHandle() { sqlite3_close(m_db); }

std::string SqliteHandle::lastError() const { return sqlite3_errmsg(m_db); }

std::string SqliteHandle::firstValue(const std::string& sql, bool& ok) const {
    sqlite3_stmt* statement = nullptr;
    ok = sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK;
    std::string value;
    if (ok) {
        const int step = sqlite3_step(statement);
        ok = step == SQLITE_ROW || step == SQLITE_DONE;
        if (step == SQLITE_ROW && sqlite3_column_text(statement, 0))
            value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    }
    sqlite3_finalize(statement);
    return value;
}

void copySqliteDatabaseInto(sqlite3* from, sqlite3* to, const std::string& what) {
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) throw StoreError("Could not " + what + ": " + sqlite3_errmsg(to) + ".");
    // All pages in one step: the source is read under one snapshot, so the
    // copy is consistent even while another connection writes (WAL).
    const int step = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (step != SQLITE_DONE)
        throw StoreError("Could not " + what + ": " + sqlite3_errstr(step) +
                         (step == SQLITE_BUSY || step == SQLITE_LOCKED
                              ? " (another program kept the database busy for more than 5 "
                                "seconds; try again when it is done)."
                              : "."));
}

void copySqliteDatabaseTo(sqlite3* from, const std::string& target) {
    createOwnerOnlyFile(target);
    try {
        SqliteHandle copy(target, false);
        copySqliteDatabaseInto(from, copy.get(), "write the backup " + target);
        // The copy takes the live file's write-ahead-log mode; a backup is
        // better one self-contained file, which opening it read-only (as a
        // restore does) then leaves without -wal and -shm companions.
        bool ok = false;
        copy.firstValue("PRAGMA journal_mode = DELETE", ok);
        if (!ok)
            throw StoreError("Could not finish the backup " + target + ": " + copy.lastError() +
                             ".");
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(target, ignored);
        throw;
    }
}

}  // namespace cg::store
