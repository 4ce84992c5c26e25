#pragma once
#include <array>

#include "domain/breach_fact.h"
#include "store/child_rows.h"
#include "store/record_table.h"
#include "store/row_values.h"

namespace cg::store {

// breach_facts, with fact_data_types for the data exposed.
template <>
struct RecordTable<domain::BreachFact> {
    static constexpr std::string_view kKind = "fact";
    static constexpr std::string_view kTable = "breach_facts";
    static constexpr std::array<ChildTable, 1> kChildTables{{{"fact_data_types", "fact_no"}}};

    static std::vector<domain::BreachFact> load(soci::session& sql, const RecordRange& range);
    static FieldTexts fields(const domain::BreachFact& fact);
    static std::string summary(const domain::BreachFact& fact);

    class Writer {
    public:
        explicit Writer(soci::session& sql);
        Writer(const Writer&) = delete;  // the statements are bound to the members
        Writer& operator=(const Writer&) = delete;

        void insertRow(long long caseId, const domain::BreachFact& fact);
        void updateRow(long long caseId, const domain::BreachFact& fact);
        void insertChildren(long long caseId, const domain::BreachFact& fact);

    private:
        void bind(long long caseId, const domain::BreachFact& fact);

        long long m_caseId = 0, m_no = 0;
        std::string m_category, m_description, m_occurredOn, m_failedControl, m_standing;
        int m_occurredEstimated = 0;
        NullableText m_discoveredOn;
        NullableNumber m_recordsAffected, m_assertedByPartyNo;
        soci::statement m_insert, m_update;
        TextListWriter m_dataTypes;
    };
};

}  // namespace cg::store
