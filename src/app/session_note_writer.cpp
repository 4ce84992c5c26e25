#include "app/session_note_writer.h"

#include <algorithm>

#include "store/record_repository.h"

namespace cg::app {

SessionNoteWriter::SessionNoteWriter(store::Database& db, std::string caseRef, domain::RecordNo sessionNo,
                                     domain::Visibility visibility)
    : m_db(db), m_caseRef(std::move(caseRef)), m_sessionNo(sessionNo), m_visibility(visibility) {}

bool SessionNoteWriter::save(const std::string& text) {
    if (text == m_savedText) return false;
    const domain::Instant now = domain::Instant::now();
    if (m_noteNo == 0) {
        domain::SessionNote note;
        note.writtenAt = now;
        note.visibility = m_visibility;
        note.text = text;
        m_noteNo = store::addSessionNote(m_db, m_caseRef, m_sessionNo, note);
    } else {
        store::SessionRepository sessions(m_db);
        domain::MediationSession session = sessions.get(m_caseRef, m_sessionNo);
        auto note = std::find_if(session.notes.begin(), session.notes.end(),
                                 [this](const domain::SessionNote& n) { return n.no == m_noteNo; });
        if (note == session.notes.end()) {
            // Deleted elsewhere (or undone) while being written: keep the text as a new note.
            domain::SessionNote again;
            again.writtenAt = now;
            again.visibility = m_visibility;
            again.text = text;
            m_noteNo = store::addSessionNote(m_db, m_caseRef, m_sessionNo, again);
        } else {
            note->text = text;
            sessions.update(m_caseRef, session);
        }
    }
    m_savedText = text;
    m_savedAt = now;
    return true;
}

}  // namespace cg::app
