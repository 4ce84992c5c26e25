#include "store/schema_migrator.h"

#include "domain/calendar.h"
#include "store/schema_migrations.h"
#include "store/store_error.h"
#include "store/transaction.h"

namespace cg::store {

int readSchemaVersion(soci::session& sql, const SqlDialect& dialect, const std::string& path) {
    const std::string versionTable = "schema_version";
    long long found = 0;
    sql << dialect.tableExistsQuery, soci::use(versionTable, "name"), soci::into(found);
    if (found == 0) {
        long long tables = 0;
        sql << dialect.userTableCountQuery, soci::into(tables);
        if (tables > 0)
            throw StoreError(path +
                             " is a database, but not a CommonGround one (it has tables of its "
                             "own and no schema version). Check that --db or $COMMONGROUND_DB "
                             "names the right file.");
        return 0;
    }
    long long version = 0;
    soci::indicator versionIndicator = soci::i_null;
    sql << "SELECT MAX(version) FROM schema_version", soci::into(version, versionIndicator);
    if (versionIndicator != soci::i_ok || version < 1)
        throw StoreError(
            path +
            " records no schema version, so CommonGround cannot tell how to read it. Restore it "
            "from a backup.");
    return static_cast<int>(version);
}

int migrateSchema(soci::session& sql, const SqlDialect& dialect, const std::string& path) {
    Transaction transaction(sql, dialect.beginWrite);
    if (!dialect.migrationLock.empty()) sql << dialect.migrationLock;
    // Read again under the write lock: another CommonGround may have
    // upgraded the file since we first looked.
    int version = readSchemaVersion(sql, dialect, path);
    const std::string appliedAt = domain::Instant::now().toString();
    for (const Migration& migration : schemaMigrations()) {
        if (migration.version <= version) continue;
        for (const std::string& statement : migration.sqlFor(dialect)) sql << statement;
        if (migration.afterStatements) migration.afterStatements(sql);
        const std::string description(migration.description);
        sql << "INSERT INTO schema_version (version, applied_at, description) VALUES (:version, "
               ":at, :description)",
            soci::use(migration.version, "version"), soci::use(appliedAt, "at"),
            soci::use(description, "description");
        version = migration.version;
    }
    transaction.commit();
    return version;
}

}  // namespace cg::store
