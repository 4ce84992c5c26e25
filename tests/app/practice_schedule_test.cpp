// Sessions in the running of a practice: the warning before a session with a
// party that has not signed the agreement to mediate, the week calendar
// across every case, and closing a case with its outcome.
#include <boost/test/unit_test.hpp>
#include <wx/datectrl.h>
#include <wx/stattext.h>

#include "app/calendar_window.h"
#include "app/overview_panel.h"
#include "app/week_view.h"
#include "store/record_repository.h"
#include "workspace_fixture.h"

using namespace cg;
using cg::testing::control;
using cg::testing::EditingFixture;
using cg::testing::kRef;
using cg::testing::tick;
using cg::testing::typeInto;

namespace {

void signAgreement(store::Database& db, domain::RecordNo partyNo, domain::Date on) {
    domain::Party party = store::PartyRepository(db).get(kRef, partyNo);
    party.agreementSignedOn = on;
    store::PartyRepository(db).update(kRef, party);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(PracticeSchedule)

BOOST_FIXTURE_TEST_CASE(theAgreementSignedDateIsStoredFromThePartyDialog, EditingFixture) {
    show("Parties");
    prompts->fillers.push_back([](wxDialog& d) {
        typeInto(d, "name", "Bright Smile Dental");
        tick(d, "agreement_signed", true);
        control<wxDatePickerCtrl>(d, "agreement_signed_on")->SetValue(wxDateTime(12, wxDateTime::Mar, 2026));
        typeInto(d, "sector", "Dentistry");  // a change event re-checks the form
    });
    press("add");
    const auto parties = store::PartyRepository(*openAgain()).list(kRef);
    BOOST_TEST_REQUIRE(parties.size() == 1u);
    BOOST_TEST_REQUIRE(parties[0].agreementSignedOn.has_value());
    BOOST_TEST(parties[0].agreementSignedOn->toString() == "2026-03-12");
}

BOOST_FIXTURE_TEST_CASE(startingASessionWarnsNamingOnlyThePartiesWhoHaveNotSigned, EditingFixture) {
    addParty("Bright Smile Dental");
    addParty("NimbusCore Managed IT");
    signAgreement(frame->database(), 1, domain::Date(2026, 3, 1));
    frame->caseChanged(kRef, app::ChangedPart::Parties);
    show("Sessions & notes");
    prompts->goOn = false;
    press("add");  // no dialog opens: the warning is cancelled
    BOOST_TEST_REQUIRE(prompts->warnings.size() == 1u);
    BOOST_TEST(prompts->warnings[0].Contains("NimbusCore Managed IT"));
    BOOST_TEST(!prompts->warnings[0].Contains("Bright Smile Dental"));
    BOOST_TEST(store::SessionRepository(*openAgain()).list(kRef).empty());
}

BOOST_FIXTURE_TEST_CASE(continuingPastTheWarningBooksTheSessionWithItsPlace, EditingFixture) {
    addParty("Bright Smile Dental");
    show("Sessions & notes");
    prompts->fillers.push_back([](wxDialog& d) {
        control<wxSpinCtrl>(d, "planned_minutes")->SetValue(90);
        typeInto(d, "location", "Room 4, Chamber of Commerce");
        typeInto(d, "video_link", "https://meet.example/cg-42");
        typeInto(d, "started_at", "09:30");
    });
    press("add");
    BOOST_TEST(prompts->warnings.size() == 1u);
    const auto sessions = store::SessionRepository(*openAgain()).list(kRef);
    BOOST_TEST_REQUIRE(sessions.size() == 1u);
    BOOST_TEST((sessions[0].plannedMinutes == std::optional<int>(90)));
    BOOST_TEST(sessions[0].location == "Room 4, Chamber of Commerce");
    BOOST_TEST(sessions[0].videoLink == "https://meet.example/cg-42");
}

BOOST_FIXTURE_TEST_CASE(aVideoLinkThatIsNotAWebAddressKeepsOkDisabled, EditingFixture) {
    show("Sessions & notes");
    bool okEnabled = true;
    wxString message;
    prompts->fillers.push_back([&](wxDialog& d) {
        typeInto(d, "started_at", "09:30");
        typeInto(d, "video_link", "meet.example/cg-42");
        okEnabled = d.FindWindow(wxID_OK)->IsEnabled();
        message = control<wxStaticText>(d, "message")->GetLabelText();
    });
    press("add");
    BOOST_TEST(!okEnabled);
    BOOST_TEST(message.Contains("https://"));
    BOOST_TEST(store::SessionRepository(*openAgain()).list(kRef).empty());
}

BOOST_FIXTURE_TEST_CASE(theCalendarWeekShowsAPlantedCaucusAndOpensItsCase, EditingFixture) {
    addParty("Bright Smile Dental");
    domain::MediationSession caucus;
    caucus.kind = domain::SessionKind::Caucus;
    caucus.caucusPartyNo = 1;
    caucus.startedAt = domain::Instant::parse("2026-03-04T13:00:00Z");
    caucus.plannedMinutes = 90;
    store::SessionRepository(frame->database()).add(kRef, caucus);
    frame->showCaseList();

    app::CalendarWindow& calendar = frame->showCalendar();
    calendar.showWeek(domain::Date(2026, 3, 6));  // a Friday: the week from Monday 2 March
    app::WeekView& week = calendar.week();
    BOOST_TEST(week.monday().toString() == "2026-03-02");
    BOOST_TEST_REQUIRE(week.events().size() == 1u);
    const wxArrayString lines = week.blockLines(0);
    BOOST_TEST_REQUIRE(lines.size() >= 3u);
    BOOST_TEST((lines[0] == wxString(L"13:00\u201314:30")));
    BOOST_TEST(lines[1] == kRef);
    BOOST_TEST(lines[2].Contains("Bright Smile Dental"));
    const wxRect block = week.blockRect(0);
    BOOST_TEST(!block.IsEmpty());
    BOOST_TEST(week.eventAt(block.GetPosition() + wxPoint(3, 3)) == 0);

    calendar.showWeek(domain::Date(2026, 3, 9));
    BOOST_TEST(week.events().empty());
    calendar.showWeek(domain::Date(2026, 3, 2));
    BOOST_TEST_REQUIRE(week.events().size() == 1u);
    week.onOpenCase(week.events()[0].caseReference, week.events()[0].sessionNo);
    BOOST_TEST(frame->workspace().IsShown());
    BOOST_TEST(frame->workspace().caseRef() == kRef);
    BOOST_TEST(frame->workspace().currentSection() == frame->workspace().sectionIndex("Sessions & notes"));
    BOOST_TEST(frame->workspace().sectionPanel().list().selectedRow() == 0);
}

BOOST_FIXTURE_TEST_CASE(theCalendarIsExportedAsICalendarWithEverySession, EditingFixture) {
    domain::MediationSession joint;
    joint.startedAt = domain::Instant::parse("2026-03-04T09:00:00Z");
    joint.location = "Room 4, Chamber of Commerce";
    store::SessionRepository(frame->database()).add(kRef, joint);
    const std::string path = dir.file("sessions.ics");
    BOOST_TEST(frame->showCalendar().exportCalendar(path));
    BOOST_TEST(prompts->errors.empty());
    const std::string ics = cg::testing::readBytes(path);
    BOOST_TEST(ics.rfind("BEGIN:VCALENDAR\r\n", 0) == 0u);
    BOOST_TEST(ics.find("SUMMARY:CG-2026-0042 joint session") != std::string::npos);
    BOOST_TEST(ics.find("DTSTART:20260304T090000Z") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(anExportToAFolderThatDoesNotExistIsReportedAndWritesNothing, EditingFixture) {
    const std::string path = dir.file("no-such-folder/sessions.ics");
    BOOST_TEST(!frame->showCalendar().exportCalendar(path));
    BOOST_TEST_REQUIRE(prompts->errors.size() == 1u);
    BOOST_TEST(prompts->errors[0].headline.Contains("no-such-folder"));
    BOOST_TEST(!std::filesystem::exists(path));
}

BOOST_FIXTURE_TEST_CASE(closingACaseRecordsItsOutcomeAndTheOverviewCountsTheDays, EditingFixture) {
    prompts->fillers.push_back([](wxDialog& d) {
        tick(d, "closed", true);
        control<wxDatePickerCtrl>(d, "closed_on")->SetValue(wxDateTime(3, wxDateTime::May, 2026));
        control<wxChoice>(d, "outcome")->SetSelection(2);  // after "(not closed)": in full, in part
        typeInto(d, "title", "Clinic v. MSP");  // a change event re-checks the form
    });
    frame->workspace().showSection(0);
    wxWindow& overview = *frame->workspace().FindWindow(XRCID("OverviewPanel"));
    wxCommandEvent click(wxEVT_BUTTON, XRCID("edit_case"));
    control<wxButton>(overview, "edit_case")->ProcessWindowEvent(click);
    const domain::Case head = store::CaseRepository(*openAgain()).loadHead(kRef);
    BOOST_TEST_REQUIRE(head.closedOn.has_value());
    BOOST_TEST(head.closedOn->toString() == "2026-05-03");
    BOOST_TEST((head.outcome == std::optional<domain::CaseOutcome>(domain::CaseOutcome::SettledInPart)));
    const wxString shown = control<wxStaticText>(overview, "outcome")->GetLabelText();
    BOOST_TEST(shown.Contains("settled-in-part"));
    BOOST_TEST(shown.Contains("91 days from intake to close"));
}

BOOST_AUTO_TEST_SUITE_END()
