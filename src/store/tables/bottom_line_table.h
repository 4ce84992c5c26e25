#pragma once
#include <array>

#include "domain/bottom_line.h"
#include "store/record_table.h"
#include "store/row_values.h"

namespace cg::store {

template <>
struct RecordTable<domain::BottomLine> {
    static constexpr std::string_view kKind = "bottom line";
    static constexpr std::string_view kTable = "bottom_lines";
    static constexpr std::array<ChildTable, 0> kChildTables{};

    static std::vector<domain::BottomLine> load(soci::session& sql, const RecordRange& range);
    static FieldTexts fields(const domain::BottomLine& bottomLine);
    static std::string summary(const domain::BottomLine& bottomLine);

    class Writer {
    public:
        explicit Writer(soci::session& sql);
        Writer(const Writer&) = delete;  // the statements are bound to the members
        Writer& operator=(const Writer&) = delete;

        void insertRow(long long caseId, const domain::BottomLine& bottomLine);
        void updateRow(long long caseId, const domain::BottomLine& bottomLine);
        void insertChildren(long long, const domain::BottomLine&) {}

    private:
        void bind(long long caseId, const domain::BottomLine& bottomLine);

        long long m_caseId = 0, m_no = 0, m_partyNo = 0, m_amountMinor = 0;
        std::string m_stance, m_amountCurrency, m_givenOn, m_note;
        NullableNumber m_sessionNo;
        soci::statement m_insert, m_update;
    };
};

}  // namespace cg::store
