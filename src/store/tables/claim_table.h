#pragma once
#include <array>

#include "domain/blame_claim.h"
#include "store/child_rows.h"
#include "store/record_table.h"
#include "store/row_values.h"

namespace cg::store {

// blame_claims, with claim_facts, claim_clauses and claim_interests for the
// links to the records the claim rests on.
template <>
struct RecordTable<domain::BlameClaim> {
    static constexpr std::string_view kKind = "claim";
    static constexpr std::string_view kTable = "blame_claims";
    static constexpr std::array<ChildTable, 3> kChildTables{{{"claim_facts", "claim_no"},
                                                             {"claim_clauses", "claim_no"},
                                                             {"claim_interests", "claim_no"}}};

    static std::vector<domain::BlameClaim> load(soci::session& sql, const RecordRange& range);
    static FieldTexts fields(const domain::BlameClaim& claim);
    static std::string summary(const domain::BlameClaim& claim);

    class Writer {
    public:
        explicit Writer(soci::session& sql);
        Writer(const Writer&) = delete;  // the statements are bound to the members
        Writer& operator=(const Writer&) = delete;

        void insertRow(long long caseId, const domain::BlameClaim& claim);
        void updateRow(long long caseId, const domain::BlameClaim& claim);
        void insertChildren(long long caseId, const domain::BlameClaim& claim);

    private:
        void bind(long long caseId, const domain::BlameClaim& claim);

        long long m_caseId = 0, m_no = 0, m_accuserNo = 0, m_accusedNo = 0;
        std::string m_basis, m_allegation, m_position;
        NullableMoney m_amount;
        soci::statement m_insert, m_update;
        NumberListWriter m_facts, m_clauses, m_interests;
    };
};

}  // namespace cg::store
