#include "store/record_tables.h"

#include <type_traits>

#include "store/tables/case_head_table.h"

namespace cg::store {

namespace {

template <typename Record>
void insertAll(soci::session& sql, long long caseId, const std::vector<Record>& records) {
    if (records.empty()) return;
    typename RecordTable<Record>::Writer writer(sql);
    for (const Record& record : records) {
        writer.insertRow(caseId, record);
        writer.insertChildren(caseId, record);
        // An import carries the exhibits' bytes; CaseRepository::insert has
        // required them and checked them against their SHA-256.
        if constexpr (std::is_same_v<Record, domain::Exhibit>) writer.insertContent(caseId, record);
    }
}

// Children before the tables they refer to, so that no statement leaves a
// dangling link.
constexpr std::string_view kTablesChildrenFirst[] = {
    "conflict_decisions",
    "case_access",
    "bottom_lines",
    "alternatives",
    "case_fee_shares",
    "payments",
    "expenses",
    "time_entries",
    "exhibit_contents",
    "exhibit_claims",
    "exhibit_facts",
    "exhibits",
    "participants",
    "draft_term_instalments",
    "draft_term_interests",
    "draft_term_snapshots",
    "draft_terms",
    "agreement_drafts",
    "loss_items",
    "offers",
    "session_notes",
    "session_participants",
    "mediation_sessions",
    "option_instalments",
    "option_interests",
    "settlement_options",
    "claim_interests",
    "claim_clauses",
    "claim_facts",
    "blame_claims",
    "fact_data_types",
    "breach_facts",
    "clause_carve_outs",
    "clause_controls",
    "contract_clauses",
    "interests",
    "party_covers",
    "parties",
};

}  // namespace

void loadCaseRecords(soci::session& sql, long long caseId, domain::CaseRecord& record) {
    const RecordRange all = RecordRange::all(caseId);
    record.parties = RecordTable<domain::Party>::load(sql, all);
    record.interests = RecordTable<domain::Interest>::load(sql, all);
    record.clauses = RecordTable<domain::ContractClause>::load(sql, all);
    record.facts = RecordTable<domain::BreachFact>::load(sql, all);
    record.claims = RecordTable<domain::BlameClaim>::load(sql, all);
    record.options = RecordTable<domain::SettlementOption>::load(sql, all);
    record.sessions = RecordTable<domain::MediationSession>::load(sql, all);
    record.offers = RecordTable<domain::Offer>::load(sql, all);
    record.losses = RecordTable<domain::LossItem>::load(sql, all);
    record.drafts = RecordTable<domain::AgreementDraft>::load(sql, all);
    record.participants = RecordTable<domain::Participant>::load(sql, all);
    record.exhibits = RecordTable<domain::Exhibit>::load(sql, all);
    record.timeEntries = RecordTable<domain::TimeEntry>::load(sql, all);
    record.expenses = RecordTable<domain::Expense>::load(sql, all);
    record.payments = RecordTable<domain::Payment>::load(sql, all);
    record.alternatives = RecordTable<domain::Alternative>::load(sql, all);
    record.bottomLines = RecordTable<domain::BottomLine>::load(sql, all);
}

void insertCaseRecords(soci::session& sql, long long caseId, const domain::CaseRecord& record) {
    insertAll(sql, caseId, record.parties);
    insertAll(sql, caseId, record.interests);
    insertAll(sql, caseId, record.clauses);
    insertAll(sql, caseId, record.facts);
    insertAll(sql, caseId, record.claims);
    insertAll(sql, caseId, record.options);
    insertAll(sql, caseId, record.sessions);
    insertAll(sql, caseId, record.offers);
    insertAll(sql, caseId, record.losses);
    insertAll(sql, caseId, record.drafts);
    insertAll(sql, caseId, record.participants);
    insertAll(sql, caseId, record.exhibits);
    insertAll(sql, caseId, record.timeEntries);
    insertAll(sql, caseId, record.expenses);
    insertAll(sql, caseId, record.payments);
    insertAll(sql, caseId, record.alternatives);
    insertAll(sql, caseId, record.bottomLines);
}

void deleteCaseRows(soci::session& sql, long long caseId) {
    for (std::string_view table : kTablesChildrenFirst)
        sql << "DELETE FROM " + std::string(table) + " WHERE case_id = :case_id",
            soci::use(caseId, "case_id");
    sql << "DELETE FROM cases WHERE id = :case_id", soci::use(caseId, "case_id");
}

}  // namespace cg::store
