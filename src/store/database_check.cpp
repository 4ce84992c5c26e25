#include "store/database_check.h"

namespace cg::store {

namespace {

struct ForeignKey {
    std::string name, table, parentTable;
    std::vector<std::string> columns, parentColumns;
};

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(',', start), text.size());
        items.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return items;
}

// Every foreign key of the tables in the current schema, with its columns in
// key order, names already quoted by the server where they need it.
std::vector<ForeignKey> foreignKeys(soci::session& sql) {
    std::vector<ForeignKey> keys;
    ForeignKey key;
    std::string columns, parentColumns;
    soci::statement rows =
        (sql.prepare
             << "SELECT c.conname, c.conrelid::regclass::text, c.confrelid::regclass::text, "
                "(SELECT string_agg(quote_ident(a.attname), ',' ORDER BY k.ord) FROM "
                "unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord) JOIN pg_attribute a ON "
                "a.attrelid = c.conrelid AND a.attnum = k.attnum), "
                "(SELECT string_agg(quote_ident(a.attname), ',' ORDER BY k.ord) FROM "
                "unnest(c.confkey) WITH ORDINALITY AS k(attnum, ord) JOIN pg_attribute a "
                "ON a.attrelid = c.confrelid AND a.attnum = k.attnum) "
                "FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
                "WHERE c.contype = 'f' AND n.nspname = current_schema() "
                "ORDER BY 2, 1",
         soci::into(key.name), soci::into(key.table), soci::into(key.parentTable),
         soci::into(columns), soci::into(parentColumns));
    rows.execute();
    while (rows.fetch()) {
        key.columns = splitList(columns);
        key.parentColumns = splitList(parentColumns);
        keys.push_back(key);
    }
    return keys;
}

// Rows whose link is set (MATCH SIMPLE: a link with a null part is not a
// link) and finds no row to point at.
long long brokenLinks(soci::session& sql, const ForeignKey& key) {
    std::string linkSet, matches;
    for (std::size_t i = 0; i < key.columns.size(); ++i) {
        linkSet += (i ? " AND c." : "c.") + key.columns[i] + " IS NOT NULL";
        matches += (i ? " AND p." : "p.") + key.parentColumns[i] + " = c." + key.columns[i];
    }
    long long count = 0;
    sql << "SELECT COUNT(*) FROM " + key.table + " c WHERE " + linkSet +
               " AND NOT EXISTS (SELECT 1 FROM " + key.parentTable + " p WHERE " + matches + ")",
        soci::into(count);
    return count;
}

}  // namespace

std::vector<std::string> checkSqliteFile(soci::session& sql) {
    std::vector<std::string> problems;
    std::string line;
    soci::statement integrity = (sql.prepare << "PRAGMA integrity_check", soci::into(line));
    integrity.execute();
    while (integrity.fetch())
        if (line != "ok") problems.push_back("damaged: " + line);

    std::string table, parent;
    long long rowId = 0;
    soci::indicator rowIdIndicator = soci::i_null;
    int keyNo = 0;
    soci::statement foreignKeys =
        (sql.prepare << "PRAGMA foreign_key_check", soci::into(table),
         soci::into(rowId, rowIdIndicator), soci::into(parent), soci::into(keyNo));
    foreignKeys.execute();
    while (foreignKeys.fetch()) {
        const std::string row =
            rowIdIndicator == soci::i_ok ? " row " + std::to_string(rowId) : " a row";
        problems.push_back("broken link: " + table + row + " refers to a missing row of " + parent);
    }
    return problems;
}

std::vector<std::string> checkPostgresqlDatabase(soci::session& sql) {
    std::vector<std::string> problems;
    for (const ForeignKey& key : foreignKeys(sql)) {
        const long long broken = brokenLinks(sql, key);
        if (broken > 0)
            problems.push_back("broken link: " + std::to_string(broken) +
                               (broken == 1 ? " row of " : " rows of ") + key.table +
                               (broken == 1 ? " refers" : " refer") + " to a missing row of " +
                               key.parentTable + " (" + key.name + ")");
    }
    std::string table, constraint;
    soci::statement unchecked =
        (sql.prepare << "SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c JOIN "
                        "pg_namespace n ON n.oid = c.connamespace WHERE NOT c.convalidated AND "
                        "n.nspname = current_schema() ORDER BY 1, 2",
         soci::into(table), soci::into(constraint));
    unchecked.execute();
    while (unchecked.fetch())
        problems.push_back("unchecked rule: " + constraint + " of " + table +
                           " was added without checking the rows already there");
    return problems;
}

}  // namespace cg::store
