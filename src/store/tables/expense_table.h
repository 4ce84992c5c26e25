#pragma once
#include <array>

#include "domain/time_entry.h"
#include "store/record_table.h"
#include "store/row_values.h"

namespace cg::store {

template <>
struct RecordTable<domain::Expense> {
    static constexpr std::string_view kKind = "expense";
    static constexpr std::string_view kTable = "expenses";
    static constexpr std::array<ChildTable, 0> kChildTables{};

    static std::vector<domain::Expense> load(soci::session& sql, const RecordRange& range);
    static FieldTexts fields(const domain::Expense& expense);
    static std::string summary(const domain::Expense& expense);

    class Writer {
    public:
        explicit Writer(soci::session& sql);
        Writer(const Writer&) = delete;  // the statements are bound to the members
        Writer& operator=(const Writer&) = delete;

        void insertRow(long long caseId, const domain::Expense& expense);
        void updateRow(long long caseId, const domain::Expense& expense);
        void insertChildren(long long, const domain::Expense&) {}

    private:
        void bind(long long caseId, const domain::Expense& expense);

        long long m_caseId = 0, m_no = 0, m_amountMinor = 0;
        std::string m_incurredOn, m_description, m_amountCurrency;
        NullableNumber m_chargedTo;
        soci::statement m_insert, m_update;
    };
};

}  // namespace cg::store
