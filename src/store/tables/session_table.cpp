#include "store/tables/session_table.h"

namespace cg::store {

using domain::MediationSession;

namespace {

constexpr std::string_view kColumns =
    "no, kind, caucus_party_no, started_at, ended_at, planned_minutes, location, video_link";
constexpr ListColumn kParticipants{"session_participants", "session_no", "participant"};

// Caucus notes are confidential to one party and the mediator, and the audit
// trail is not filtered by audience: it names notes, never their text.
std::string notesValue(const std::vector<domain::SessionNote>& notes) {
    std::vector<std::string> items;
    for (const auto& note : notes)
        items.push_back("note " + std::to_string(note.no) + " (" +
                        std::string(domain::toString(note.visibility)) + ", " +
                        note.writtenAt.toString() + ", " + std::to_string(note.text.size()) +
                        " bytes)");
    return listValue(items);
}

}  // namespace

std::vector<MediationSession> RecordTable<MediationSession>::load(soci::session& sql,
                                                                  const RecordRange& range) {
    std::vector<MediationSession> sessions;
    {
        std::vector<long long> no(kFetchBatch), caucusParty(kFetchBatch), planned(kFetchBatch);
        std::vector<std::string> kind(kFetchBatch), startedAt(kFetchBatch), endedAt(kFetchBatch),
            location(kFetchBatch), videoLink(kFetchBatch);
        std::vector<soci::indicator> caucusInd(kFetchBatch), endedInd(kFetchBatch),
            plannedInd(kFetchBatch);
        soci::statement rows =
            (sql.prepare << rangeQuery(kColumns, kTable, "no", "no"),
             soci::use(range.caseId, "case_id"), soci::use(range.firstNo, "first"),
             soci::use(range.lastNo, "last"), soci::into(no), soci::into(kind),
             soci::into(caucusParty, caucusInd), soci::into(startedAt),
             soci::into(endedAt, endedInd), soci::into(planned, plannedInd), soci::into(location),
             soci::into(videoLink));
        fetchRows(rows, no, [&](std::size_t i) {
            MediationSession& session = sessions.emplace_back();
            session.no = no[i];
            session.kind = domain::parseEnum<domain::SessionKind>(kind[i]);
            session.caucusPartyNo = numberOrNone(caucusInd[i], caucusParty[i]);
            session.startedAt = domain::Instant::parse(startedAt[i]);
            session.endedAt = instantOrNone(endedInd[i], endedAt[i]);
            if (plannedInd[i] == soci::i_ok) session.plannedMinutes = static_cast<int>(planned[i]);
            session.location = std::move(location[i]);
            session.videoLink = std::move(videoLink[i]);
        });
    }
    RecordsByNo<MediationSession> byNo(sessions);
    loadTextList(sql, range, kParticipants, [&](long long no, std::string&& name) {
        byNo[no].participants.push_back(std::move(name));
    });

    std::vector<long long> sessionNo(kFetchBatch), noteNo(kFetchBatch);
    std::vector<std::string> writtenAt(kFetchBatch), visibility(kFetchBatch), text(kFetchBatch);
    soci::statement notes =
        (sql.prepare << rangeQuery("session_no, no, written_at, visibility, text", "session_notes",
                                   "session_no", "session_no, no"),
         soci::use(range.caseId, "case_id"), soci::use(range.firstNo, "first"),
         soci::use(range.lastNo, "last"), soci::into(sessionNo), soci::into(noteNo),
         soci::into(writtenAt), soci::into(visibility), soci::into(text));
    fetchRows(notes, sessionNo, [&](std::size_t i) {
        domain::SessionNote note;
        note.no = noteNo[i];
        note.writtenAt = domain::Instant::parse(writtenAt[i]);
        note.visibility = domain::parseEnum<domain::Visibility>(visibility[i]);
        note.text = std::move(text[i]);
        byNo[sessionNo[i]].notes.push_back(std::move(note));
    });
    return sessions;
}

FieldTexts RecordTable<MediationSession>::fields(const MediationSession& session) {
    return {
        {"kind", std::string(domain::toString(session.kind))},
        {"caucus party", numberValue(session.caucusPartyNo)},
        {"started at", session.startedAt.toString()},
        {"ended at", instantValue(session.endedAt)},
        {"planned minutes",
         session.plannedMinutes ? std::to_string(*session.plannedMinutes) : "(none)"},
        {"location", textValue(session.location)},
        {"video link", textValue(session.videoLink)},
        {"participants", listValue(session.participants)},
        {"notes", notesValue(session.notes)},
    };
}

std::string RecordTable<MediationSession>::summary(const MediationSession& session) {
    const std::string what = session.caucusPartyNo
                                 ? "caucus with party " + std::to_string(*session.caucusPartyNo)
                                 : std::string(domain::toString(session.kind)) + " session";
    return what + " at " + session.startedAt.toString();
}

RecordTable<MediationSession>::Writer::Writer(soci::session& sql)
    : m_insert(
          (sql.prepare << "INSERT INTO mediation_sessions (case_id, no, kind, caucus_party_no, "
                          "started_at, ended_at, planned_minutes, location, video_link) VALUES "
                          "(:case_id, :no, :kind, :caucus_party_no, :started_at, :ended_at, "
                          ":planned_minutes, :location, :video_link)",
           soci::use(m_caseId, "case_id"), soci::use(m_no, "no"), soci::use(m_kind, "kind"),
           soci::use(m_caucusPartyNo.value, m_caucusPartyNo.indicator, "caucus_party_no"),
           soci::use(m_startedAt, "started_at"),
           soci::use(m_endedAt.value, m_endedAt.indicator, "ended_at"),
           soci::use(m_plannedMinutes.value, m_plannedMinutes.indicator, "planned_minutes"),
           soci::use(m_location, "location"), soci::use(m_videoLink, "video_link"))),
      m_update(
          (sql.prepare << "UPDATE mediation_sessions SET kind = :kind, caucus_party_no = "
                          ":caucus_party_no, started_at = :started_at, ended_at = :ended_at, "
                          "planned_minutes = :planned_minutes, location = :location, video_link = "
                          ":video_link WHERE case_id = :case_id AND no = :no",
           soci::use(m_kind, "kind"),
           soci::use(m_caucusPartyNo.value, m_caucusPartyNo.indicator, "caucus_party_no"),
           soci::use(m_startedAt, "started_at"),
           soci::use(m_endedAt.value, m_endedAt.indicator, "ended_at"),
           soci::use(m_plannedMinutes.value, m_plannedMinutes.indicator, "planned_minutes"),
           soci::use(m_location, "location"), soci::use(m_videoLink, "video_link"),
           soci::use(m_caseId, "case_id"), soci::use(m_no, "no"))),
      m_insertNote(
          (sql.prepare
               << "INSERT INTO session_notes (case_id, session_no, no, written_at, visibility, "
                  "text) VALUES (:case_id, :session_no, :no, :written_at, :visibility, :text)",
           soci::use(m_caseId, "case_id"), soci::use(m_no, "session_no"), soci::use(m_noteNo, "no"),
           soci::use(m_noteWrittenAt, "written_at"), soci::use(m_noteVisibility, "visibility"),
           soci::use(m_noteText, "text"))),
      m_participants(sql, kParticipants) {}

void RecordTable<MediationSession>::Writer::bind(long long caseId,
                                                 const MediationSession& session) {
    m_caseId = caseId;
    m_no = session.no;
    m_kind = domain::toString(session.kind);
    m_caucusPartyNo.set(session.caucusPartyNo);
    m_startedAt = session.startedAt.toString();
    m_endedAt.set(textOf(session.endedAt));
    m_plannedMinutes.set(session.plannedMinutes ? std::optional<long long>(*session.plannedMinutes)
                                                : std::nullopt);
    m_location = session.location;
    m_videoLink = session.videoLink;
}

void RecordTable<MediationSession>::Writer::insertRow(long long caseId,
                                                      const MediationSession& session) {
    bind(caseId, session);
    m_insert.execute(true);
}

void RecordTable<MediationSession>::Writer::updateRow(long long caseId,
                                                      const MediationSession& session) {
    bind(caseId, session);
    m_update.execute(true);
}

void RecordTable<MediationSession>::Writer::insertChildren(long long caseId,
                                                           const MediationSession& session) {
    m_participants.insert(caseId, session.no, session.participants);
    for (const auto& note : session.notes) insertNote(caseId, session.no, note);
}

void RecordTable<MediationSession>::Writer::insertNote(long long caseId, domain::RecordNo sessionNo,
                                                       const domain::SessionNote& note) {
    m_caseId = caseId;
    m_no = sessionNo;
    m_noteNo = note.no;
    m_noteWrittenAt = note.writtenAt.toString();
    m_noteVisibility = domain::toString(note.visibility);
    m_noteText = note.text;
    m_insertNote.execute(true);
}

}  // namespace cg::store
