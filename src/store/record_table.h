#pragma once
// How one kind of record maps to its tables. Each kind specialises
// RecordTable<Record> in tables/<kind>_table.h with:
//
//   kKind, kTable        "party", "parties"
//   kChildTables         tables holding the record's own list rows, deleted
//                        and rewritten with it
//   load(sql, range)     the records in range ordered by number: one query
//                        per table, rows fetched in batches, never one query
//                        per record (a large case has 10,000 records)
//   fields(record)       every field as text, for the audit trail's diffs
//   summary(record)      one line for create and delete entries
//   Writer(sql)          prepared statements bound to member variables and
//                        reused for every row: insertRow, updateRow,
//                        insertChildren
#include <soci/soci.h>

#include <algorithm>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "domain/record_no.h"
#include "store/change_text.h"
#include "store/store_error.h"

namespace cg::store {

// The numbers of one case a load reads: all, or a single record.
struct RecordRange {
    long long caseId = 0;
    long long firstNo = 1;
    long long lastNo = std::numeric_limits<long long>::max();

    static RecordRange all(long long caseId) {
        return {caseId, 1, std::numeric_limits<long long>::max()};
    }
    static RecordRange one(long long caseId, domain::RecordNo no) { return {caseId, no, no}; }
};

struct ChildTable {
    std::string_view table;
    std::string_view parentColumn;
};

template <typename Record>
struct RecordTable;

// Rows come back in batches of this many: SOCI then does its per-row work
// once per batch, which is what keeps loading a large case fast.
inline constexpr std::size_t kFetchBatch = 512;

// Runs a SELECT prepared with vector intos of kFetchBatch elements and calls
// onRow(i) for every row of every batch; `column` is any of the intos.
template <typename Column, typename OnRow>
void fetchRows(soci::statement& rows, const std::vector<Column>& column, OnRow&& onRow) {
    rows.execute();
    while (rows.fetch())
        for (std::size_t i = 0; i < column.size(); ++i) onRow(i);
}

// The records just loaded, looked up by number to attach their child rows.
template <typename Record>
class RecordsByNo {
public:
    explicit RecordsByNo(std::vector<Record>& records) : m_records(records) {}  // ordered by number

    Record& operator[](long long no) {
        auto it = std::lower_bound(m_records.begin(), m_records.end(), no,
                                   [](const Record& r, long long n) { return r.no < n; });
        if (it == m_records.end() || it->no != no)
            throw StoreError("a list row belongs to record " + std::to_string(no) +
                             ", which is missing; the database is damaged (run a check)");
        return *it;
    }

private:
    std::vector<Record>& m_records;
};

// The SQL that loads a record table's rows in a range: "SELECT <columns>
// FROM <table> WHERE case_id = :case_id AND <numberColumn> BETWEEN :first
// AND :last ORDER BY <order>". Names are constants of the table files.
inline std::string rangeQuery(std::string_view columns, std::string_view table,
                              std::string_view numberColumn, std::string_view order) {
    return "SELECT " + std::string(columns) + " FROM " + std::string(table) +
           " WHERE case_id = :case_id AND " + std::string(numberColumn) +
           " BETWEEN :first AND :last ORDER BY " + std::string(order);
}

}  // namespace cg::store
