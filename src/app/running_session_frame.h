#pragma once
// A session being held (forms/running_session_frame.xrc), opened by "Start
// session…" or "Run session" in Sessions & notes: a clock the mediator
// starts, pauses and ends (End saves when it started and ended), the
// participants ticked from those of the case, and a notes editor that saves
// while it is typed (a second after the last key, on leaving the editor and
// on closing the window), each save one transaction. A caucus's notes are
// marked confidential and hidden while the screen is shown to the parties.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include <wx/frame.h>
#include <wx/timer.h>

#include "app/audience.h"
#include "app/session_note_writer.h"
#include "app/workspace_context.h"
#include "domain/case_record.h"

class wxButton;
class wxCheckListBox;
class wxStaticText;
class wxTextCtrl;

namespace cg::store {
class Database;
}

namespace cg::app {

class CaseChangeListener;

class RunningSessionFrame : public wxFrame {
public:
    // How long after the last keystroke the notes are saved.
    static constexpr int kSaveDelayMs = 1000;

    RunningSessionFrame(wxWindow* parent, store::Database& db, CaseChangeListener& listener,
                        const domain::CaseRecord& record, const domain::MediationSession& session, Audience audience);
    ~RunningSessionFrame() override;

    // Opens the window for a session of the workspace's case (or raises the
    // one already open for it).
    static RunningSessionFrame* open(wxWindow* parent, const WorkspaceContext& context, domain::RecordNo sessionNo);
    // The window already open for this session, if any.
    static RunningSessionFrame* find(const std::string& caseRef, domain::RecordNo sessionNo);
    // Every open session window follows the workspace's audience.
    static void showAllTo(Audience audience);
    // Closes every open session window, saving its notes (the main window is closing).
    static void closeAll();

    void start();
    void pause();
    // Stops the clock and saves the start and end; false (reported) on a store error.
    bool end();
    // Saves the notes now if they changed; false (reported) on a store error.
    bool saveNotes();
    void showTo(Audience audience);

    std::chrono::seconds elapsed() const;
    bool running() const { return m_runningSince.has_value(); }
    const std::string& caseRef() const { return m_caseRef; }
    domain::RecordNo sessionNo() const { return m_sessionNo; }

private:
    void fillParticipants(const domain::CaseRecord& record, const domain::MediationSession& session);
    void saveParticipants();
    void showClock();
    void updateButtons();
    void onClose(wxCloseEvent& event);

    store::Database& m_db;
    CaseChangeListener& m_listener;
    std::string m_caseRef;
    domain::RecordNo m_sessionNo;
    bool m_caucus;
    Audience m_audience = Audience::Mediator;
    SessionNoteWriter m_notesWriter;
    std::vector<std::string> m_participantNames;  // one per line of the list

    wxStaticText* m_clock = nullptr;
    wxStaticText* m_saved = nullptr;
    wxStaticText* m_notesHidden = nullptr;
    wxStaticText* m_confidential = nullptr;
    wxButton* m_start = nullptr;
    wxButton* m_pause = nullptr;
    wxButton* m_end = nullptr;
    wxCheckListBox* m_participants = nullptr;
    wxTextCtrl* m_notes = nullptr;
    wxTimer m_tick;      // the clock, every second
    wxTimer m_saveLater; // one shot, restarted by every keystroke

    using Clock = std::chrono::steady_clock;
    std::optional<Clock::time_point> m_runningSince;
    Clock::duration m_before{};  // run before the last pause
    std::optional<domain::Instant> m_startedAt;
    bool m_ended = false;
};

}  // namespace cg::app
