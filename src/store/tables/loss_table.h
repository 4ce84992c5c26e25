#pragma once
#include <array>

#include "domain/loss_item.h"
#include "store/record_table.h"

namespace cg::store {

template <>
struct RecordTable<domain::LossItem> {
    static constexpr std::string_view kKind = "loss";
    static constexpr std::string_view kTable = "loss_items";
    static constexpr std::array<ChildTable, 0> kChildTables{};

    static std::vector<domain::LossItem> load(soci::session& sql, const RecordRange& range);
    static FieldTexts fields(const domain::LossItem& loss);
    static std::string summary(const domain::LossItem& loss);

    class Writer {
    public:
        explicit Writer(soci::session& sql);
        Writer(const Writer&) = delete;  // the statements are bound to the members
        Writer& operator=(const Writer&) = delete;

        void insertRow(long long caseId, const domain::LossItem& loss);
        void updateRow(long long caseId, const domain::LossItem& loss);
        void insertChildren(long long, const domain::LossItem&) {}

    private:
        void bind(long long caseId, const domain::LossItem& loss);

        long long m_caseId = 0, m_no = 0, m_partyNo = 0, m_lowMinor = 0, m_highMinor = 0;
        std::string m_category, m_description, m_lowCurrency, m_highCurrency, m_damages;
        soci::statement m_insert, m_update;
    };
};

}  // namespace cg::store
