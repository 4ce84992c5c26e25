#include "store/error_translation.h"

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <new>

#include "domain/errors.h"
#include "store/postgresql_errors.h"
#include "store/store_error.h"

namespace cg::store {

namespace {

// SOCI prefixes SQLite's own text with where it failed
// ("sqlite3_statement_backend::loadOne: database is locked"); people need
// only SQLite's part.
std::string sqliteReason(const soci::soci_error& error) {
    std::string message = error.get_error_message();
    if (message.rfind("sqlite3_", 0) == 0 || message.rfind("Cannot ", 0) == 0 ||
        message.rfind("Failed ", 0) == 0 || message.rfind("Query failed", 0) == 0) {
        if (const auto colon = message.find(": "); colon != std::string::npos)
            message = message.substr(colon + 2);
    }
    while (!message.empty() && (message.back() == ' ' || message.back() == '.')) message.pop_back();
    return message;
}

[[noreturn]] void throwSqliteError(const soci::sqlite3_soci_error& error,
                                   const ErrorContext& context) {
    const std::string head = "Could not " + context.doing + ": ";
    const std::string reason = sqliteReason(error);
    const std::string& path = context.path;
    switch (error.result() & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            throw StoreError(
                head + path +
                " is locked by another program (perhaps CommonGround in another window), which "
                "has been writing to it for more than 5 seconds. Close the other program or wait "
                "for it to finish, then try again.");
        case SQLITE_NOTADB:
            throw StoreError(
                head + path + " is not a CommonGround database (SQLite says: " + reason +
                "). Check that --db or $COMMONGROUND_DB names the right file; if it does, the "
                "file is damaged and should be restored from a backup.");
        case SQLITE_CORRUPT:
            throw StoreError(
                head + path + " is damaged (SQLite says: " + reason +
                "). Restore it from a backup, or open a copy with the sqlite3 tool to rescue what "
                "is left.");
        case SQLITE_CANTOPEN:
            throw StoreError(
                head + "cannot open " + path + " (SQLite says: " + reason +
                "). Check that the file and its folder exist and that you may read and write "
                "both.");
        case SQLITE_PERM:
        case SQLITE_READONLY:
        case SQLITE_AUTH:
            throw StoreError(
                head + path + " may not be written (SQLite says: " + reason +
                "). Check the permissions of the file and of its folder, or open a copy.");
        case SQLITE_FULL:
            throw StoreError(head + "the disk holding " + path +
                             " is full; nothing was saved. Free some space and try again.");
        case SQLITE_IOERR:
            throw StoreError(head + "the disk failed while reading or writing " + path +
                             " (SQLite says: " + reason +
                             "); nothing was saved. Check the disk, then try again.");
        case SQLITE_CONSTRAINT:
            if (reason.find("UNIQUE") != std::string::npos ||
                reason.find("PRIMARY KEY") != std::string::npos)
                throw domain::ConflictError(
                    head + "it clashes with a record already stored (" + reason +
                    "). Someone may have saved the same record meanwhile; reload and try again.");
            if (reason.find("FOREIGN KEY") != std::string::npos)
                throw domain::ValidationError(
                    head + "it would leave a link pointing at a record that is not in this case (" +
                    reason + ").");
            throw domain::ValidationError(head + "the database refused a value (" + reason + ").");
        default:
            throw StoreError(head + "the database " + path + " reported an error: " + reason + ".");
    }
}

}  // namespace

void rethrowTranslated(const ErrorContext& context) {
    try {
        throw;
    } catch (const domain::ValidationError& error) {
        if (!context.reading) throw;
        throw StoreError(
            "Could not " + context.doing + ": " + context.path +
            " holds a value this version of CommonGround cannot read (" + error.what() +
            "). The file may have been edited by hand or be damaged; restore it from a backup.");
    } catch (const domain::Error&) {
        throw;
    } catch (const soci::sqlite3_soci_error& error) {
        throwSqliteError(error, context);
    } catch (const soci::soci_error& error) {
        if (context.server) throwPostgresqlError(error, context);
        throw StoreError("Could not " + context.doing + ": the database " + context.path +
                         " reported an error: " + sqliteReason(error) + ".");
    } catch (const std::bad_alloc&) {
        throw;
    } catch (const std::exception& error) {
        throw StoreError("Could not " + context.doing + ": " + error.what());
    }
}

}  // namespace cg::store
