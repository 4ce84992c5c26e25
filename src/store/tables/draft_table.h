#pragma once
#include <array>

#include "domain/agreement_draft.h"
#include "store/child_rows.h"
#include "store/record_table.h"
#include "store/tables/draft_term_snapshots.h"

namespace cg::store {

// agreement_drafts, with draft_terms for the options each was built from and
// the snapshot of those terms (draft_term_snapshots.h).
template <>
struct RecordTable<domain::AgreementDraft> {
    static constexpr std::string_view kKind = "draft";
    static constexpr std::string_view kTable = "agreement_drafts";
    // Children of children first: they are deleted in this order.
    static constexpr std::array<ChildTable, 4> kChildTables{{{"draft_term_instalments", "draft_no"},
                                                             {"draft_term_interests", "draft_no"},
                                                             {"draft_term_snapshots", "draft_no"},
                                                             {"draft_terms", "draft_no"}}};

    static std::vector<domain::AgreementDraft> load(soci::session& sql, const RecordRange& range);
    static FieldTexts fields(const domain::AgreementDraft& draft);
    static std::string summary(const domain::AgreementDraft& draft);

    class Writer {
    public:
        explicit Writer(soci::session& sql);
        Writer(const Writer&) = delete;  // the statements are bound to the members
        Writer& operator=(const Writer&) = delete;

        void insertRow(long long caseId, const domain::AgreementDraft& draft);
        void updateRow(long long caseId, const domain::AgreementDraft& draft);
        void insertChildren(long long caseId, const domain::AgreementDraft& draft);

    private:
        void bind(long long caseId, const domain::AgreementDraft& draft);

        long long m_caseId = 0, m_no = 0;
        int m_version = 0;
        std::string m_templateName, m_createdAt, m_note, m_pdfSha256;
        soci::statement m_insert, m_update;
        NumberListWriter m_terms;
        TermSnapshotWriter m_snapshot;
    };
};

}  // namespace cg::store
