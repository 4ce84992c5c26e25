#pragma once
// Every kind of record and its tables, and what is done to all of them
// together: a whole case loaded, stored or deleted.
#include "domain/case_record.h"
#include "store/tables/alternative_table.h"
#include "store/tables/bottom_line_table.h"
#include "store/tables/claim_table.h"
#include "store/tables/clause_table.h"
#include "store/tables/draft_table.h"
#include "store/tables/exhibit_table.h"
#include "store/tables/expense_table.h"
#include "store/tables/fact_table.h"
#include "store/tables/interest_table.h"
#include "store/tables/loss_table.h"
#include "store/tables/offer_table.h"
#include "store/tables/option_table.h"
#include "store/tables/participant_table.h"
#include "store/tables/party_table.h"
#include "store/tables/payment_table.h"
#include "store/tables/session_table.h"
#include "store/tables/time_entry_table.h"

namespace cg::store {

// Every record of the case, one query per table.
void loadCaseRecords(soci::session& sql, long long caseId, domain::CaseRecord& record);
// Every record of `record`, with statements prepared once per table and
// reused for every row; records that others link to go first.
void insertCaseRecords(soci::session& sql, long long caseId, const domain::CaseRecord& record);
// Every row of the case in every table, the case row last.
void deleteCaseRows(soci::session& sql, long long caseId);

// A record's list rows, in all its child tables.
template <typename Record>
void deleteChildRows(soci::session& sql, long long caseId, domain::RecordNo no) {
    const long long recordNo = no;
    for (const ChildTable& child : RecordTable<Record>::kChildTables)
        sql << "DELETE FROM " + std::string(child.table) + " WHERE case_id = :case_id AND " +
                   std::string(child.parentColumn) + " = :no",
            soci::use(caseId, "case_id"), soci::use(recordNo, "no");
}

// Rows a kind keeps when the record is rewritten and deletes only with it
// (an exhibit's bytes): RecordTable<Record>::kKeptTables, where there are any.
template <typename Record>
void deleteKeptRows(soci::session& sql, long long caseId, domain::RecordNo no) {
    if constexpr (requires { RecordTable<Record>::kKeptTables; }) {
        const long long recordNo = no;
        for (const ChildTable& kept : RecordTable<Record>::kKeptTables)
            sql << "DELETE FROM " + std::string(kept.table) + " WHERE case_id = :case_id AND " +
                       std::string(kept.parentColumn) + " = :no",
                soci::use(caseId, "case_id"), soci::use(recordNo, "no");
    }
}

// A record's own rows: its list rows and kept rows, then its row.
template <typename Record>
void deleteRecordRows(soci::session& sql, long long caseId, domain::RecordNo no) {
    deleteChildRows<Record>(sql, caseId, no);
    deleteKeptRows<Record>(sql, caseId, no);
    const long long recordNo = no;
    sql << "DELETE FROM " + std::string(RecordTable<Record>::kTable) +
               " WHERE case_id = :case_id AND no = :no",
        soci::use(caseId, "case_id"), soci::use(recordNo, "no");
}

}  // namespace cg::store
