#pragma once
#include <array>

#include "domain/interest.h"
#include "store/record_table.h"

namespace cg::store {

template <>
struct RecordTable<domain::Interest> {
    static constexpr std::string_view kKind = "interest";
    static constexpr std::string_view kTable = "interests";
    static constexpr std::array<ChildTable, 0> kChildTables{};

    static std::vector<domain::Interest> load(soci::session& sql, const RecordRange& range);
    static FieldTexts fields(const domain::Interest& interest);
    static std::string summary(const domain::Interest& interest);

    class Writer {
    public:
        explicit Writer(soci::session& sql);
        Writer(const Writer&) = delete;  // the statements are bound to the members
        Writer& operator=(const Writer&) = delete;

        void insertRow(long long caseId, const domain::Interest& interest);
        void updateRow(long long caseId, const domain::Interest& interest);
        void insertChildren(long long, const domain::Interest&) {}

    private:
        void bind(long long caseId, const domain::Interest& interest);

        long long m_caseId = 0, m_no = 0, m_partyNo = 0;
        int m_priority = 0;
        std::string m_category, m_visibility, m_description;
        soci::statement m_insert, m_update;
    };
};

}  // namespace cg::store
