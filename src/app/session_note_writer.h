#pragma once
// The note being written in a running session, kept in the store while it is
// typed: the first save appends it to the session (store::addSessionNote),
// each later save replaces its text in the session (SessionRepository::update).
// Every save is one transaction, so closing the window or a crash loses at
// most what was typed since the last save.
#include <optional>
#include <string>

#include "domain/calendar.h"
#include "domain/record_no.h"
#include "domain/vocabulary.h"

namespace cg::store {
class Database;
}

namespace cg::app {

class SessionNoteWriter {
public:
    SessionNoteWriter(store::Database& db, std::string caseRef, domain::RecordNo sessionNo,
                      domain::Visibility visibility);

    // Writes text unless it is what was saved last (or empty before the first
    // save); true when it wrote. Throws the store's errors, then nothing changed.
    bool save(const std::string& text);

    domain::RecordNo noteNo() const { return m_noteNo; }
    const std::optional<domain::Instant>& savedAt() const { return m_savedAt; }

private:
    store::Database& m_db;
    std::string m_caseRef;
    domain::RecordNo m_sessionNo;
    domain::Visibility m_visibility;
    domain::RecordNo m_noteNo = 0;  // 0 until the first save
    std::string m_savedText;
    std::optional<domain::Instant> m_savedAt;
};

}  // namespace cg::app
