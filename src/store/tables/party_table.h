#pragma once
#include <array>

#include "domain/party.h"
#include "store/record_table.h"
#include "store/row_values.h"

namespace cg::store {

// parties, with party_covers for the insurance covers.
template <>
struct RecordTable<domain::Party> {
    static constexpr std::string_view kKind = "party";
    static constexpr std::string_view kTable = "parties";
    static constexpr std::array<ChildTable, 1> kChildTables{{{"party_covers", "party_no"}}};

    static std::vector<domain::Party> load(soci::session& sql, const RecordRange& range);
    static FieldTexts fields(const domain::Party& party);
    static std::string summary(const domain::Party& party);

    class Writer {
    public:
        explicit Writer(soci::session& sql);
        Writer(const Writer&) = delete;  // the statements are bound to the members
        Writer& operator=(const Writer&) = delete;

        void insertRow(long long caseId, const domain::Party& party);
        void updateRow(long long caseId, const domain::Party& party);
        void insertChildren(long long caseId, const domain::Party& party);

    private:
        void bind(long long caseId, const domain::Party& party);

        long long m_caseId = 0, m_no = 0;
        std::string m_name, m_kind, m_role, m_sector, m_representative, m_counsel;
        std::string m_signatoryName, m_signatoryTitle, m_address;
        NullableText m_agreementSignedOn;
        int m_position = 0;
        std::string m_coverKind, m_insurer, m_policyNumber, m_limitCurrency, m_deductibleCurrency;
        long long m_limitMinor = 0, m_deductibleMinor = 0;
        soci::statement m_insert, m_update, m_insertCover;
    };
};

}  // namespace cg::store
