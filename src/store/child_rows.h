#pragma once
// List-valued fields that are one column per item (a clause's covered
// controls, a claim's linked facts) share their loading and writing here.
// Each such child table has the columns case_id, <parent>_no, position and
// one value column.
#include <soci/soci.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/record_no.h"
#include "store/record_table.h"

namespace cg::store {

struct ListColumn {
    std::string_view table;         // "clause_controls"
    std::string_view parentColumn;  // "clause_no"
    std::string_view valueColumn;   // "control"
};

// Calls attach(parentNo, value) for every row in range, ordered by parent
// and position.
void loadTextList(soci::session& sql, const RecordRange& range, const ListColumn& list,
                  const std::function<void(long long, std::string&&)>& attach);
void loadNumberList(soci::session& sql, const RecordRange& range, const ListColumn& list,
                    const std::function<void(long long, long long)>& attach);

// Writes one record's list, one prepared statement reused for every item.
class TextListWriter {
public:
    TextListWriter(soci::session& sql, const ListColumn& list);
    TextListWriter(const TextListWriter&) = delete;  // statements are bound to the members
    TextListWriter& operator=(const TextListWriter&) = delete;
    void insert(long long caseId, domain::RecordNo parentNo,
                const std::vector<std::string>& values);

private:
    long long m_caseId = 0, m_parentNo = 0;
    int m_position = 0;
    std::string m_value;
    soci::statement m_insert;
};

class NumberListWriter {
public:
    NumberListWriter(soci::session& sql, const ListColumn& list);
    NumberListWriter(const NumberListWriter&) = delete;
    NumberListWriter& operator=(const NumberListWriter&) = delete;
    void insert(long long caseId, domain::RecordNo parentNo, const domain::RecordNos& values);

private:
    long long m_caseId = 0, m_parentNo = 0, m_value = 0;
    int m_position = 0;
    soci::statement m_insert;
};

}  // namespace cg::store
