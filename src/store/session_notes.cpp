#include "store/record_repository_impl.h"

namespace cg::store {

namespace {

domain::RecordNo appendNote(soci::session& sql, const SqlDialect& dialect, const std::string& actor,
                            const std::string& caseRef, domain::RecordNo sessionNo,
                            domain::SessionNote note) {
    using domain::MediationSession;
    const CaseKey key = lockCase(sql, dialect, caseRef, actor);
    MediationSession session = detail::loadOne<MediationSession>(sql, key, sessionNo);
    if (note.no == 0) note.no = domain::nextNo(session.notes);
    for (const auto& existing : session.notes)
        if (existing.no == note.no)
            throw domain::ConflictError("session " + std::to_string(sessionNo) + " of case " +
                                        caseRef + " already has note " + std::to_string(note.no));
    // The session's rules cover its notes, so check the session as it will be.
    session.notes.push_back(note);
    domain::validate(session, loadRecordIndex(sql, key.id));

    RecordTable<MediationSession>::Writer(sql).insertNote(key.id, sessionNo, note);
    // The notes are part of the session: someone saving the session as they
    // read it before this note would drop it, so the session moves on a
    // version and that save is refused.
    claimRecord(sql, RecordTable<MediationSession>::kTable, key.id, sessionNo, std::nullopt,
                {"add a note to", detail::recordName<MediationSession>(caseRef, sessionNo), actor});
    // The text stays out of the trail: a caucus note is confidential to one
    // party and the mediator, and the trail is not filtered by audience.
    appendAudit(
        sql, actor,
        {caseRef, "note", note.no, AuditAction::Create,
         "note " + std::to_string(note.no) + " added to session " + std::to_string(sessionNo) +
             " (" + std::string(domain::toString(note.visibility)) + ")"});
    return note.no;
}

}  // namespace

domain::RecordNo addSessionNote(Database& db, const std::string& caseRef,
                                domain::RecordNo sessionNo, domain::SessionNote note) {
    return db.impl().write(
        "add a note to " + detail::recordName<domain::MediationSession>(caseRef, sessionNo),
        [&](soci::session& sql) {
            return appendNote(sql, db.impl().dialect(), db.actor(), caseRef, sessionNo, note);
        });
}

}  // namespace cg::store
