#pragma once
#include <array>

#include "domain/time_entry.h"
#include "store/record_table.h"

namespace cg::store {

template <>
struct RecordTable<domain::Payment> {
    static constexpr std::string_view kKind = "payment";
    static constexpr std::string_view kTable = "payments";
    static constexpr std::array<ChildTable, 0> kChildTables{};

    static std::vector<domain::Payment> load(soci::session& sql, const RecordRange& range);
    static FieldTexts fields(const domain::Payment& payment);
    static std::string summary(const domain::Payment& payment);

    class Writer {
    public:
        explicit Writer(soci::session& sql);
        Writer(const Writer&) = delete;  // the statements are bound to the members
        Writer& operator=(const Writer&) = delete;

        void insertRow(long long caseId, const domain::Payment& payment);
        void updateRow(long long caseId, const domain::Payment& payment);
        void insertChildren(long long, const domain::Payment&) {}

    private:
        void bind(long long caseId, const domain::Payment& payment);

        long long m_caseId = 0, m_no = 0, m_partyNo = 0, m_amountMinor = 0;
        std::string m_receivedOn, m_amountCurrency, m_reference;
        soci::statement m_insert, m_update;
    };
};

}  // namespace cg::store
