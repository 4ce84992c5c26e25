#pragma once
#include <array>

#include "domain/settlement_option.h"
#include "store/child_rows.h"
#include "store/record_table.h"
#include "store/row_values.h"

namespace cg::store {

// settlement_options, with option_interests for the interests each meets and
// option_instalments for a payment in instalments.
template <>
struct RecordTable<domain::SettlementOption> {
    static constexpr std::string_view kKind = "option";
    static constexpr std::string_view kTable = "settlement_options";
    static constexpr std::array<ChildTable, 2> kChildTables{
        {{"option_interests", "option_no"}, {"option_instalments", "option_no"}}};

    static std::vector<domain::SettlementOption> load(soci::session& sql, const RecordRange& range);
    static FieldTexts fields(const domain::SettlementOption& option);
    static std::string summary(const domain::SettlementOption& option);

    class Writer {
    public:
        explicit Writer(soci::session& sql);
        Writer(const Writer&) = delete;  // the statements are bound to the members
        Writer& operator=(const Writer&) = delete;

        void insertRow(long long caseId, const domain::SettlementOption& option);
        void updateRow(long long caseId, const domain::SettlementOption& option);
        void insertChildren(long long caseId, const domain::SettlementOption& option);

    private:
        void bind(long long caseId, const domain::SettlementOption& option);

        long long m_caseId = 0, m_no = 0;
        std::string m_kind, m_description, m_status;
        NullableMoney m_amount;
        NullableNumber m_payerNo, m_payeeNo;
        NullableText m_dueOn;
        int m_position = 0;
        std::string m_instalmentDueOn, m_instalmentCurrency;
        long long m_instalmentMinor = 0;
        soci::statement m_insert, m_update, m_insertInstalment;
        NumberListWriter m_interests;
    };
};

}  // namespace cg::store
