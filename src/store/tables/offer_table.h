#pragma once
#include <array>

#include "domain/offer.h"
#include "store/record_table.h"
#include "store/row_values.h"

namespace cg::store {

template <>
struct RecordTable<domain::Offer> {
    static constexpr std::string_view kKind = "offer";
    static constexpr std::string_view kTable = "offers";
    static constexpr std::array<ChildTable, 0> kChildTables{};

    static std::vector<domain::Offer> load(soci::session& sql, const RecordRange& range);
    static FieldTexts fields(const domain::Offer& offer);
    static std::string summary(const domain::Offer& offer);

    class Writer {
    public:
        explicit Writer(soci::session& sql);
        Writer(const Writer&) = delete;  // the statements are bound to the members
        Writer& operator=(const Writer&) = delete;

        void insertRow(long long caseId, const domain::Offer& offer);
        void updateRow(long long caseId, const domain::Offer& offer);
        void insertChildren(long long, const domain::Offer&) {}

    private:
        void bind(long long caseId, const domain::Offer& offer);

        long long m_caseId = 0, m_no = 0, m_fromPartyNo = 0, m_toPartyNo = 0;
        std::string m_madeAt, m_terms, m_status;
        NullableNumber m_sessionNo, m_respondsToOfferNo;
        NullableMoney m_amount;
        soci::statement m_insert, m_update;
    };
};

}  // namespace cg::store
