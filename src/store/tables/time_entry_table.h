#pragma once
#include <array>

#include "domain/time_entry.h"
#include "store/record_table.h"
#include "store/row_values.h"

namespace cg::store {

template <>
struct RecordTable<domain::TimeEntry> {
    static constexpr std::string_view kKind = "time entry";
    static constexpr std::string_view kTable = "time_entries";
    static constexpr std::array<ChildTable, 0> kChildTables{};

    static std::vector<domain::TimeEntry> load(soci::session& sql, const RecordRange& range);
    static FieldTexts fields(const domain::TimeEntry& entry);
    static std::string summary(const domain::TimeEntry& entry);

    class Writer {
    public:
        explicit Writer(soci::session& sql);
        Writer(const Writer&) = delete;  // the statements are bound to the members
        Writer& operator=(const Writer&) = delete;

        void insertRow(long long caseId, const domain::TimeEntry& entry);
        void updateRow(long long caseId, const domain::TimeEntry& entry);
        void insertChildren(long long, const domain::TimeEntry&) {}

    private:
        void bind(long long caseId, const domain::TimeEntry& entry);

        long long m_caseId = 0, m_no = 0, m_minutes = 0;
        int m_billable = 1;
        std::string m_workedOn, m_activity, m_mediator, m_description;
        NullableNumber m_sessionNo;
        soci::statement m_insert, m_update;
    };
};

}  // namespace cg::store
