// Running a session: "Run session" opens the session's window, whose clock
// runs, pauses and ends (the end is stored), and whose notes are in the
// database a second after the last keystroke, or at once when the window
// closes; a caucus's notes are hidden while the screen is shown to the parties.
#include <chrono>
#include <thread>

#include <boost/test/unit_test.hpp>
#include <wx/checklst.h>
#include <wx/stattext.h>

#include "app/running_session_frame.h"
#include "store/record_repository.h"
#include "workspace_fixture.h"

using namespace cg;
using cg::testing::EditingFixture;
using cg::testing::control;
using cg::testing::kRef;

namespace {

// Lets the window's timers fire as they would while the mediator types.
void pumpFor(std::chrono::milliseconds span) {
    const auto until = std::chrono::steady_clock::now() + span;
    while (std::chrono::steady_clock::now() < until) {
        wxTheApp->ProcessPendingEvents();
        wxTheApp->Yield(true);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

struct SessionFixture : EditingFixture {
    // A party with counsel, a participant for it, and one session of the given kind.
    explicit SessionFixture(domain::SessionKind kind = domain::SessionKind::Joint) {
        store::Database& db = frame->database();
        domain::Party clinic;
        clinic.name = "Zahnarztpraxis Müller";
        clinic.counsel = "Dr. Anna Berger";
        store::PartyRepository(db).add(kRef, clinic);
        domain::MediationSession session;
        session.kind = kind;
        if (kind == domain::SessionKind::Caucus) session.caucusPartyNo = 1;
        session.startedAt = domain::Instant::parse("2026-03-02T09:00:00Z");
        store::SessionRepository(db).add(kRef, session);
        frame->workspace().reload(app::ChangedPart::WholeCase);
    }

    app::RunningSessionFrame& run() {
        show("Sessions & notes");
        selectRow(0);
        press("run_session");
        app::RunningSessionFrame* window = app::RunningSessionFrame::find(kRef, 1);
        BOOST_TEST_REQUIRE(window != nullptr);
        return *window;
    }

    std::vector<domain::SessionNote> storedNotes() {
        return store::SessionRepository(*openAgain()).get(kRef, 1).notes;
    }
};

struct CaucusFixture : SessionFixture {
    CaucusFixture() : SessionFixture(domain::SessionKind::Caucus) {}
};

}  // namespace

BOOST_AUTO_TEST_SUITE(RunningSession)

BOOST_FIXTURE_TEST_CASE(notesAreSavedASecondAfterTheLastKeystroke, SessionFixture) {
    app::RunningSessionFrame& window = run();
    cg::testing::typeInto(window, "notes", "Clinic wants the backups restored first");
    BOOST_TEST(storedNotes().empty());  // not on every keystroke

    pumpFor(std::chrono::milliseconds(app::RunningSessionFrame::kSaveDelayMs + 400));
    auto notes = storedNotes();
    BOOST_TEST_REQUIRE(notes.size() == 1u);
    BOOST_TEST(notes[0].text == "Clinic wants the backups restored first");
    BOOST_TEST((notes[0].visibility == domain::Visibility::Everyone));
    BOOST_TEST(control<wxStaticText>(window, "saved")->GetLabel().StartsWith("Saved "));

    // Typing on edits the same note.
    cg::testing::typeInto(window, "notes", "Clinic wants the backups restored first, then an audit");
    pumpFor(std::chrono::milliseconds(app::RunningSessionFrame::kSaveDelayMs + 400));
    notes = storedNotes();
    BOOST_TEST_REQUIRE(notes.size() == 1u);
    BOOST_TEST(notes[0].text == "Clinic wants the backups restored first, then an audit");
}

BOOST_FIXTURE_TEST_CASE(closingTheWindowSavesWhatWasTypedSinceTheLastSave, SessionFixture) {
    app::RunningSessionFrame& window = run();
    cg::testing::typeInto(window, "notes", "MSP offers a service credit");
    window.Close(true);
    cg::testing::flushEvents();
    const auto notes = storedNotes();
    BOOST_TEST_REQUIRE(notes.size() == 1u);
    BOOST_TEST(notes[0].text == "MSP offers a service credit");
    BOOST_TEST(app::RunningSessionFrame::find(kRef, 1) == nullptr);
}

BOOST_FIXTURE_TEST_CASE(theClockRunsAndEndingStoresWhenTheSessionEnded, SessionFixture) {
    app::RunningSessionFrame& window = run();
    BOOST_TEST(control<wxStaticText>(window, "clock")->GetLabel() == "00:00:00");
    window.start();
    pumpFor(std::chrono::milliseconds(1300));
    BOOST_TEST(window.elapsed().count() >= 1);
    BOOST_TEST(control<wxStaticText>(window, "clock")->GetLabel() != "00:00:00");

    const domain::Instant before = domain::Instant::now();
    BOOST_TEST(window.end());
    const auto session = store::SessionRepository(*openAgain()).get(kRef, 1);
    BOOST_TEST_REQUIRE(session.endedAt.has_value());
    BOOST_TEST((*session.endedAt >= before));
    BOOST_TEST((session.startedAt <= before));
    BOOST_TEST(!control<wxButton>(window, "end")->IsEnabled());
}

BOOST_FIXTURE_TEST_CASE(tickingAParticipantRecordsThemForTheSession, SessionFixture) {
    app::RunningSessionFrame& window = run();
    auto* list = control<wxCheckListBox>(window, "participants");
    BOOST_TEST_REQUIRE(list->GetCount() == 1u);
    BOOST_TEST(list->GetString(0) == wxString::FromUTF8("Dr. Anna Berger"));
    list->Check(0);
    wxCommandEvent tick(wxEVT_CHECKLISTBOX, list->GetId());
    tick.SetEventObject(list);
    tick.SetInt(0);
    list->ProcessWindowEvent(tick);
    const auto session = store::SessionRepository(*openAgain()).get(kRef, 1);
    BOOST_TEST((session.participants == std::vector<std::string>{"Dr. Anna Berger"}));
}

BOOST_FIXTURE_TEST_CASE(caucusNotesAreConfidentialAndHiddenWhenShownToParties, CaucusFixture) {
    app::RunningSessionFrame& window = run();
    BOOST_TEST(control<wxStaticText>(window, "confidential")->IsShown());
    BOOST_TEST(control<wxStaticText>(window, "confidential")->GetLabel().Contains("CONFIDENTIAL"));
    cg::testing::typeInto(window, "notes", "PLANTED-CAUCUS could pay 60k");

    frame->setShowToParties(true);
    BOOST_TEST(!control<wxTextCtrl>(window, "notes")->IsShown());
    BOOST_TEST(control<wxStaticText>(window, "notes_hidden")->IsShown());
    // Hiding saved what was typed, as confidential to the caucus party.
    const auto notes = storedNotes();
    BOOST_TEST_REQUIRE(notes.size() == 1u);
    BOOST_TEST((notes[0].visibility == domain::Visibility::PartyAndMediator));

    frame->setShowToParties(false);
    BOOST_TEST(control<wxTextCtrl>(window, "notes")->IsShown());
}

BOOST_FIXTURE_TEST_CASE(startingASessionOpensItsWindow, EditingFixture) {
    addParty("Zahnarztpraxis Müller");
    show("Sessions & notes");
    prompts->fillers.push_back([](wxDialog& d) { cg::testing::typeInto(d, "started_at", "09:30"); });  // joint
    press("add");
    BOOST_TEST_REQUIRE(store::SessionRepository(*openAgain()).list(kRef).size() == 1u);
    app::RunningSessionFrame* window = app::RunningSessionFrame::find(kRef, 1);
    BOOST_TEST_REQUIRE(window != nullptr);
    BOOST_TEST(window->IsShown());
}

BOOST_AUTO_TEST_SUITE_END()
