#include "store/child_rows.h"

namespace cg::store {

namespace {

std::string listQuery(const ListColumn& list) {
    const std::string parent(list.parentColumn);
    return rangeQuery(parent + ", " + std::string(list.valueColumn), list.table, parent,
                      parent + ", position");
}

std::string insertQuery(const ListColumn& list) {
    return "INSERT INTO " + std::string(list.table) + " (case_id, " +
           std::string(list.parentColumn) + ", position, " + std::string(list.valueColumn) +
           ") VALUES (:case_id, :parent_no, :position, :value)";
}

}  // namespace

void loadTextList(soci::session& sql, const RecordRange& range, const ListColumn& list,
                  const std::function<void(long long, std::string&&)>& attach) {
    std::vector<long long> parentNo(kFetchBatch);
    std::vector<std::string> value(kFetchBatch);
    soci::statement rows = (sql.prepare << listQuery(list), soci::use(range.caseId, "case_id"),
                            soci::use(range.firstNo, "first"), soci::use(range.lastNo, "last"),
                            soci::into(parentNo), soci::into(value));
    fetchRows(rows, parentNo, [&](std::size_t i) { attach(parentNo[i], std::move(value[i])); });
}

void loadNumberList(soci::session& sql, const RecordRange& range, const ListColumn& list,
                    const std::function<void(long long, long long)>& attach) {
    std::vector<long long> parentNo(kFetchBatch), value(kFetchBatch);
    soci::statement rows = (sql.prepare << listQuery(list), soci::use(range.caseId, "case_id"),
                            soci::use(range.firstNo, "first"), soci::use(range.lastNo, "last"),
                            soci::into(parentNo), soci::into(value));
    fetchRows(rows, parentNo, [&](std::size_t i) { attach(parentNo[i], value[i]); });
}

TextListWriter::TextListWriter(soci::session& sql, const ListColumn& list)
    : m_insert((sql.prepare << insertQuery(list), soci::use(m_caseId, "case_id"),
                soci::use(m_parentNo, "parent_no"), soci::use(m_position, "position"),
                soci::use(m_value, "value"))) {}

void TextListWriter::insert(long long caseId, domain::RecordNo parentNo,
                            const std::vector<std::string>& values) {
    m_caseId = caseId;
    m_parentNo = parentNo;
    for (std::size_t i = 0; i < values.size(); ++i) {
        m_position = static_cast<int>(i) + 1;
        m_value = values[i];
        m_insert.execute(true);
    }
}

NumberListWriter::NumberListWriter(soci::session& sql, const ListColumn& list)
    : m_insert((sql.prepare << insertQuery(list), soci::use(m_caseId, "case_id"),
                soci::use(m_parentNo, "parent_no"), soci::use(m_position, "position"),
                soci::use(m_value, "value"))) {}

void NumberListWriter::insert(long long caseId, domain::RecordNo parentNo,
                              const domain::RecordNos& values) {
    m_caseId = caseId;
    m_parentNo = parentNo;
    for (std::size_t i = 0; i < values.size(); ++i) {
        m_position = static_cast<int>(i) + 1;
        m_value = values[i];
        m_insert.execute(true);
    }
}

}  // namespace cg::store
