#pragma once
#include <array>

#include "domain/participant.h"
#include "store/record_table.h"
#include "store/row_values.h"

namespace cg::store {

template <>
struct RecordTable<domain::Participant> {
    static constexpr std::string_view kKind = "participant";
    static constexpr std::string_view kTable = "participants";
    static constexpr std::array<ChildTable, 0> kChildTables{};

    static std::vector<domain::Participant> load(soci::session& sql, const RecordRange& range);
    static FieldTexts fields(const domain::Participant& participant);
    static std::string summary(const domain::Participant& participant);

    class Writer {
    public:
        explicit Writer(soci::session& sql);
        Writer(const Writer&) = delete;  // the statements are bound to the members
        Writer& operator=(const Writer&) = delete;

        void insertRow(long long caseId, const domain::Participant& participant);
        void updateRow(long long caseId, const domain::Participant& participant);
        void insertChildren(long long, const domain::Participant&) {}

    private:
        void bind(long long caseId, const domain::Participant& participant);

        long long m_caseId = 0, m_no = 0;
        std::string m_name, m_organisation, m_role, m_email;
        NullableNumber m_partyNo;
        soci::statement m_insert, m_update;
    };
};

}  // namespace cg::store
