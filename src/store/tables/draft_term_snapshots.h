#pragma once
// The terms of a draft as they read when that version was rendered:
// draft_term_snapshots (one row per term, at the position of its draft_terms
// row) with draft_term_instalments and draft_term_interests. A snapshot is a
// copy, not a link; see schema version 4 in schema_migrations.cpp.
#include <soci/soci.h>

#include <string>

#include "domain/agreement_draft.h"
#include "store/record_table.h"
#include "store/row_values.h"

namespace cg::store {

// Fills termSnapshot of the drafts in range.
void loadTermSnapshots(soci::session& sql, const RecordRange& range,
                       RecordsByNo<domain::AgreementDraft>& byNo);

// Writes one draft's snapshot, statements prepared once and reused per row.
class TermSnapshotWriter {
public:
    explicit TermSnapshotWriter(soci::session& sql);
    TermSnapshotWriter(const TermSnapshotWriter&) = delete;  // statements are bound to the members
    TermSnapshotWriter& operator=(const TermSnapshotWriter&) = delete;

    void insert(long long caseId, const domain::AgreementDraft& draft);

private:
    void bindTerm(const domain::SettlementOption& term);

    long long m_caseId = 0, m_draftNo = 0, m_optionNo = 0;
    int m_termPosition = 0, m_position = 0;
    std::string m_kind, m_description, m_status;
    NullableMoney m_amount;
    NullableNumber m_payerNo, m_payeeNo;
    NullableText m_dueOn;
    std::string m_instalmentDueOn, m_instalmentCurrency;
    long long m_instalmentMinor = 0, m_interestNo = 0;
    soci::statement m_insertTerm, m_insertInstalment, m_insertInterest;
};

}  // namespace cg::store
