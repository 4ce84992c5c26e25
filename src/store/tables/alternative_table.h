#pragma once
#include <array>

#include "domain/alternative.h"
#include "store/record_table.h"
#include "store/row_values.h"

namespace cg::store {

template <>
struct RecordTable<domain::Alternative> {
    static constexpr std::string_view kKind = "alternative";
    static constexpr std::string_view kTable = "alternatives";
    static constexpr std::array<ChildTable, 0> kChildTables{};

    static std::vector<domain::Alternative> load(soci::session& sql, const RecordRange& range);
    static FieldTexts fields(const domain::Alternative& alternative);
    static std::string summary(const domain::Alternative& alternative);

    class Writer {
    public:
        explicit Writer(soci::session& sql);
        Writer(const Writer&) = delete;  // the statements are bound to the members
        Writer& operator=(const Writer&) = delete;

        void insertRow(long long caseId, const domain::Alternative& alternative);
        void updateRow(long long caseId, const domain::Alternative& alternative);
        void insertChildren(long long, const domain::Alternative&) {}

    private:
        void bind(long long caseId, const domain::Alternative& alternative);

        long long m_caseId = 0, m_no = 0, m_partyNo = 0;
        int m_likelihood = 0;
        std::string m_kind, m_description, m_visibility;
        NullableMoney m_value;
        soci::statement m_insert, m_update;
    };
};

}  // namespace cg::store
