#include "app/running_session_frame.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/case_change_listener.h"
#include "app/inline_check.h"
#include "app/prompts.h"
#include "app/sections.h"
#include "app/wx_text.h"
#include "store/record_repository.h"

namespace cg::app {

namespace {

// The open session windows, so the audience toggle and closing the main
// window reach them all.
std::vector<RunningSessionFrame*>& openFrames() {
    static std::vector<RunningSessionFrame*> frames;
    return frames;
}

wxString clockText(std::chrono::seconds elapsed) {
    const long long s = elapsed.count();
    return wxString::Format("%02lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
}

wxString localTime(const domain::Instant& instant) {
    return wxDateTime(static_cast<time_t>(instant.time().time_since_epoch().count())).Format("%H:%M:%S");
}

}  // namespace

RunningSessionFrame::RunningSessionFrame(wxWindow* parent, store::Database& db, CaseChangeListener& listener,
                                         const domain::CaseRecord& record, const domain::MediationSession& session,
                                         Audience audience)
    : m_db(db), m_listener(listener), m_caseRef(record.head.reference), m_sessionNo(session.no),
      m_caucus(session.kind == domain::SessionKind::Caucus),
      // Caucus notes are confidential to the caucus party and the mediator.
      m_notesWriter(db, record.head.reference, session.no,
                    m_caucus ? domain::Visibility::PartyAndMediator : domain::Visibility::Everyone),
      m_tick(this), m_saveLater(this) {
    wxXmlResource::Get()->LoadFrame(this, parent, "RunningSessionFrame");
    auto* heading = formControl<wxStaticText>(this, "heading");
    m_confidential = formControl<wxStaticText>(this, "confidential");
    m_clock = formControl<wxStaticText>(this, "clock");
    m_saved = formControl<wxStaticText>(this, "saved");
    m_notesHidden = formControl<wxStaticText>(this, "notes_hidden");
    m_start = formControl<wxButton>(this, "start");
    m_pause = formControl<wxButton>(this, "pause");
    m_end = formControl<wxButton>(this, "end");
    m_participants = formControl<wxCheckListBox>(this, "participants");
    m_notes = formControl<wxTextCtrl>(this, "notes");

    const wxString what =
        m_caucus ? wxString::Format(_("Caucus with %s"), optionalPartyLabel(record, session.caucusPartyNo))
                 : wxString(_("Joint session"));
    heading->SetLabelText(wxString::Format(_(L"%s \u00b7 session %lld \u00b7 %s"), what,
                                           static_cast<long long>(session.no), toWx(record.head.reference)));
    heading->SetFont(heading->GetFont().Bold().Scaled(1.3f));
    SetTitle(what);
    if (m_caucus)
        m_confidential->SetLabelText(confidentialBadge() + L"  " +
                                     _("Caucus notes stay with this party and the mediator."));
    m_confidential->Show(m_caucus);
    m_clock->SetFont(m_clock->GetFont().Bold().Scaled(2.0f));
    fillParticipants(record, session);

    m_start->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { start(); });
    m_pause->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { pause(); });
    m_end->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { end(); });
    m_participants->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent&) { saveParticipants(); });
    m_notes->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        m_saveLater.StartOnce(kSaveDelayMs);
        m_saved->SetLabelText(_(L"Not saved yet\u2026"));
    });
    m_notes->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
        saveNotes();
        event.Skip();
    });
    Bind(wxEVT_TIMER, [this](wxTimerEvent& event) {
        if (event.GetTimer().GetId() == m_tick.GetId()) showClock();
        else saveNotes();
    });
    Bind(wxEVT_CLOSE_WINDOW, &RunningSessionFrame::onClose, this);

    openFrames().push_back(this);
    CreateStatusBar();
    SetSize(FromDIP(wxSize(820, 560)));
    showTo(audience);
    showClock();
    updateButtons();
}

RunningSessionFrame::~RunningSessionFrame() {
    // No store calls here: when the main window is destroyed the database may
    // already be gone; the notes were saved on close (closeAll).
    m_tick.Stop();
    m_saveLater.Stop();
    std::erase(openFrames(), this);
}

RunningSessionFrame* RunningSessionFrame::open(wxWindow* parent, const WorkspaceContext& context,
                                               domain::RecordNo sessionNo) {
    RunningSessionFrame* frame = find(context.caseRef, sessionNo);
    if (!frame) {
        const auto& sessions = context.record.sessions;
        const auto session = std::find_if(sessions.begin(), sessions.end(),
                                          [sessionNo](const domain::MediationSession& s) { return s.no == sessionNo; });
        if (session == sessions.end()) return nullptr;
        frame = new RunningSessionFrame(wxGetTopLevelParent(parent), context.db, context.listener, context.record,
                                        *session, context.audience);
    }
    frame->Show();
    frame->Raise();
    return frame;
}

RunningSessionFrame* RunningSessionFrame::find(const std::string& caseRef, domain::RecordNo sessionNo) {
    for (RunningSessionFrame* frame : openFrames())
        if (frame->m_caseRef == caseRef && frame->m_sessionNo == sessionNo) return frame;
    return nullptr;
}

void RunningSessionFrame::showAllTo(Audience audience) {
    for (RunningSessionFrame* frame : openFrames()) frame->showTo(audience);
}

void RunningSessionFrame::closeAll() {
    const std::vector<RunningSessionFrame*> frames = openFrames();
    for (RunningSessionFrame* frame : frames) frame->Close(true);
}

void RunningSessionFrame::fillParticipants(const domain::CaseRecord& record, const domain::MediationSession& session) {
    // Those who may sit in: everyone of the case in a joint session; in a
    // caucus the caucus party's people and the neutrals (no party).
    for (const domain::Participant& p : record.participants)
        if (!m_caucus || !p.partyNo || p.partyNo == session.caucusPartyNo) m_participantNames.push_back(p.name);
    for (const domain::Party& p : record.parties) {
        if (m_caucus && p.no != session.caucusPartyNo) continue;
        for (const std::string* name : {&p.representative, &p.counsel})
            if (!name->empty()) m_participantNames.push_back(*name);
    }
    // Names already recorded for the session stay, even if no longer in the case.
    for (const std::string& name : session.participants) m_participantNames.push_back(name);
    std::vector<std::string> unique;
    for (const std::string& name : m_participantNames)
        if (std::find(unique.begin(), unique.end(), name) == unique.end()) unique.push_back(name);
    m_participantNames = std::move(unique);
    for (const std::string& name : m_participantNames) {
        const int at = m_participants->Append(toWx(name));
        if (std::find(session.participants.begin(), session.participants.end(), name) != session.participants.end())
            m_participants->Check(static_cast<unsigned>(at));
    }
}

void RunningSessionFrame::saveParticipants() {
    try {
        store::SessionRepository sessions(m_db);
        domain::MediationSession session = sessions.get(m_caseRef, m_sessionNo);
        session.participants.clear();
        for (unsigned i = 0; i < m_participants->GetCount(); ++i)
            if (m_participants->IsChecked(i)) session.participants.push_back(m_participantNames[i]);
        sessions.update(m_caseRef, session);
    } catch (const std::exception&) {
        reportCurrentError(this, _("Could not save who takes part in the session."));
        return;
    }
    m_listener.caseChanged(m_caseRef, ChangedPart::Sessions);
}

void RunningSessionFrame::start() {
    if (m_ended || running()) return;
    if (!m_startedAt) m_startedAt = domain::Instant::now();
    m_runningSince = Clock::now();
    m_tick.Start(1000);
    showClock();
    updateButtons();
}

void RunningSessionFrame::pause() {
    if (!running()) return;
    m_before += Clock::now() - *m_runningSince;
    m_runningSince.reset();
    m_tick.Stop();
    showClock();
    updateButtons();
}

bool RunningSessionFrame::end() {
    if (m_ended) return true;
    pause();
    saveNotes();
    const domain::Instant now = domain::Instant::now();
    try {
        store::SessionRepository sessions(m_db);
        domain::MediationSession session = sessions.get(m_caseRef, m_sessionNo);
        // The session is recorded as held: from the first Start (or now, if
        // the clock never ran) to now.
        session.startedAt = m_startedAt.value_or(now);
        session.endedAt = now;
        sessions.update(m_caseRef, session);
    } catch (const std::exception&) {
        reportCurrentError(this, _("Could not save the end of the session."));
        return false;
    }
    m_ended = true;
    m_listener.caseChanged(m_caseRef, ChangedPart::Sessions);
    SetStatusText(wxString::Format(_("Session ended at %s after %s."), localTime(now), clockText(elapsed())));
    updateButtons();
    return true;
}

bool RunningSessionFrame::saveNotes() {
    m_saveLater.Stop();
    try {
        if (!m_notesWriter.save(fromWx(m_notes->GetValue()))) return true;
    } catch (const std::exception&) {
        m_saved->SetLabelText(_("Not saved"));
        reportCurrentError(this, _("Could not save the session notes. They are still in the window; try again."));
        return false;
    }
    m_saved->SetLabelText(wxString::Format(_("Saved %s"), localTime(*m_notesWriter.savedAt())));
    m_listener.caseChanged(m_caseRef, ChangedPart::Sessions);
    return true;
}

void RunningSessionFrame::showTo(Audience audience) {
    m_audience = audience;
    const bool hidden = m_caucus && !isShown(audience, true);
    if (hidden) saveNotes();
    m_notes->Show(!hidden);
    m_notesHidden->Show(hidden);
    m_confidential->Show(m_caucus && !hidden);
    formControl<wxPanel>(this, "panel")->Layout();
}

std::chrono::seconds RunningSessionFrame::elapsed() const {
    Clock::duration total = m_before;
    if (m_runningSince) total += Clock::now() - *m_runningSince;
    return std::chrono::duration_cast<std::chrono::seconds>(total);
}

void RunningSessionFrame::showClock() { m_clock->SetLabelText(clockText(elapsed())); }

void RunningSessionFrame::updateButtons() {
    m_start->Enable(!m_ended && !running());
    m_start->SetLabel(m_startedAt ? _("&Resume") : _("&Start"));
    m_pause->Enable(running());
    m_end->Enable(!m_ended);
    formControl<wxPanel>(this, "panel")->Layout();
}

void RunningSessionFrame::onClose(wxCloseEvent& event) {
    // Nothing typed is lost: a window that could not save stays open.
    if (!saveNotes() && event.CanVeto()) {
        event.Veto();
        return;
    }
    event.Skip();
}

}  // namespace cg::app
