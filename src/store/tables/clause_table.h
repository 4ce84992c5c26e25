#pragma once
#include <array>

#include "domain/contract_clause.h"
#include "store/child_rows.h"
#include "store/record_table.h"
#include "store/row_values.h"

namespace cg::store {

// contract_clauses with the liability cap in nullable cap_* columns, plus
// clause_controls and clause_carve_outs.
template <>
struct RecordTable<domain::ContractClause> {
    static constexpr std::string_view kKind = "clause";
    static constexpr std::string_view kTable = "contract_clauses";
    static constexpr std::array<ChildTable, 2> kChildTables{
        {{"clause_controls", "clause_no"}, {"clause_carve_outs", "clause_no"}}};

    static std::vector<domain::ContractClause> load(soci::session& sql, const RecordRange& range);
    static FieldTexts fields(const domain::ContractClause& clause);
    static std::string summary(const domain::ContractClause& clause);

    class Writer {
    public:
        explicit Writer(soci::session& sql);
        Writer(const Writer&) = delete;  // the statements are bound to the members
        Writer& operator=(const Writer&) = delete;

        void insertRow(long long caseId, const domain::ContractClause& clause);
        void updateRow(long long caseId, const domain::ContractClause& clause);
        void insertChildren(long long caseId, const domain::ContractClause& clause);

    private:
        void bind(long long caseId, const domain::ContractClause& clause);

        long long m_caseId = 0, m_no = 0;
        std::string m_source, m_documentTitle, m_section, m_kind, m_text;
        NullableNumber m_obligatedPartyNo;
        // The cap's columns are null together when there is no cap.
        soci::indicator m_capIndicator = soci::i_null;
        std::string m_capBasis, m_capFixedCurrency, m_capFeesCurrency;
        long long m_capFixedMinor = 0, m_capFeesMinor = 0;
        int m_capLookbackMonths = 0, m_capMultiplierPercent = 0;
        soci::statement m_insert, m_update;
        TextListWriter m_controls, m_carveOuts;
    };
};

}  // namespace cg::store
