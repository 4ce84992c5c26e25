#pragma once
#include <array>

#include "domain/mediation_session.h"
#include "store/child_rows.h"
#include "store/record_table.h"
#include "store/row_values.h"

namespace cg::store {

// mediation_sessions, with session_participants and session_notes. Notes
// are numbered within their session.
template <>
struct RecordTable<domain::MediationSession> {
    static constexpr std::string_view kKind = "session";
    static constexpr std::string_view kTable = "mediation_sessions";
    static constexpr std::array<ChildTable, 2> kChildTables{
        {{"session_participants", "session_no"}, {"session_notes", "session_no"}}};

    static std::vector<domain::MediationSession> load(soci::session& sql, const RecordRange& range);
    static FieldTexts fields(const domain::MediationSession& session);
    static std::string summary(const domain::MediationSession& session);

    class Writer {
    public:
        explicit Writer(soci::session& sql);
        Writer(const Writer&) = delete;  // the statements are bound to the members
        Writer& operator=(const Writer&) = delete;

        void insertRow(long long caseId, const domain::MediationSession& session);
        void updateRow(long long caseId, const domain::MediationSession& session);
        void insertChildren(long long caseId, const domain::MediationSession& session);
        void insertNote(long long caseId, domain::RecordNo sessionNo,
                        const domain::SessionNote& note);

    private:
        void bind(long long caseId, const domain::MediationSession& session);

        long long m_caseId = 0, m_no = 0;
        std::string m_kind, m_startedAt;
        NullableNumber m_caucusPartyNo;
        NullableText m_endedAt;
        NullableNumber m_plannedMinutes;
        std::string m_location, m_videoLink;
        long long m_noteNo = 0;
        std::string m_noteWrittenAt, m_noteVisibility, m_noteText;
        soci::statement m_insert, m_update, m_insertNote;
        TextListWriter m_participants;
    };
};

}  // namespace cg::store
