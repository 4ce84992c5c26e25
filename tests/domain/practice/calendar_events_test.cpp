// Sessions as calendar events: what a phone's calendar will show, and what
// it must never show (the notes).
#include <boost/test/unit_test.hpp>

#include "domain/practice/calendar_events.h"
#include "support/case_builder.h"

using namespace cg::domain;
using namespace cg::domain::practice;
using cg::testing::CaseBuilder;

namespace {

MediationSession session(RecordNo no, SessionKind kind, const char* start) {
    MediationSession s;
    s.no = no;
    s.kind = kind;
    s.startedAt = Instant::parse(start);
    return s;
}

// A joint session that ended, a caucus booked for 90 minutes by video and
// a joint session booked without a length, stored out of date order.
CaseRecord bookedCase() {
    CaseBuilder b("CG-2026-0001", "Müller v. Bridgeview");
    b.withParty("Zahnarztpraxis Müller").withParty("Bridgeview Managed IT Services, Inc.", PartyRole::Respondent);
    CaseRecord& r = b.record();
    MediationSession joint = session(1, SessionKind::Joint, "2026-03-02T09:00:00Z");
    joint.endedAt = Instant::parse("2026-03-02T16:20:00Z");
    joint.location = "Room 4, 100 Broad Street, New York";
    joint.participants = {"Dr. Jürgen Müller", "Rebecca Lowenstein"};
    joint.notes.push_back({1, Instant::parse("2026-03-02T10:00:00Z"), Visibility::Everyone, "Opening statements"});
    MediationSession caucus = session(2, SessionKind::Caucus, "2026-03-09T14:00:00Z");
    caucus.caucusPartyNo = 2;
    caucus.plannedMinutes = 90;
    caucus.videoLink = "https://meet.example.com/cg-0001";
    caucus.notes.push_back({1, Instant::parse("2026-03-09T14:30:00Z"), Visibility::MediatorOnly,
                            "BOTTOM LINE 80,000"});
    MediationSession later = session(3, SessionKind::Joint, "2026-03-05T09:00:00Z");
    r.sessions = {joint, caucus, later};
    return b.build();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(CalendarEvents)

BOOST_AUTO_TEST_CASE(eventsFollowTheSessionsInStartOrder) {
    const auto events = calendarEvents(bookedCase());
    BOOST_TEST_REQUIRE(events.size() == 3u);
    BOOST_TEST(events[0].sessionNo == 1);
    BOOST_TEST(events[1].sessionNo == 3);
    BOOST_TEST(events[2].sessionNo == 2);
}

BOOST_AUTO_TEST_CASE(aJointSessionEndsWhenItEnded) {
    const CalendarEvent e = calendarEvents(bookedCase())[0];
    BOOST_TEST(e.uid == "session-1.CG-2026-0001@commonground");
    BOOST_TEST(e.summary == "CG-2026-0001 joint session");
    BOOST_TEST(e.caseReference == "CG-2026-0001");
    BOOST_TEST(e.caseTitle == "Müller v. Bridgeview");
    BOOST_TEST(e.start.toString() == "2026-03-02T09:00:00Z");
    BOOST_TEST(e.end.toString() == "2026-03-02T16:20:00Z");
    BOOST_TEST(e.location == "Room 4, 100 Broad Street, New York");
    BOOST_TEST(e.url == "");
    BOOST_TEST(e.participants == (std::vector<std::string>{"Dr. Jürgen Müller", "Rebecca Lowenstein"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(aCaucusNamesItsPartyAndRunsForItsBookedLength) {
    const CalendarEvent e = calendarEvents(bookedCase())[2];
    BOOST_TEST(e.summary == "CG-2026-0001 caucus with Bridgeview Managed IT Services, Inc.");
    BOOST_TEST(e.end.toString() == "2026-03-09T15:30:00Z");
    BOOST_TEST(e.url == "https://meet.example.com/cg-0001");
}

BOOST_AUTO_TEST_CASE(aSessionBookedWithoutALengthIsShownAsTwoHours) {
    const CalendarEvent e = calendarEvents(bookedCase())[1];
    BOOST_TEST(e.end.toString() == "2026-03-05T11:00:00Z");
}

BOOST_AUTO_TEST_CASE(theDescriptionNamesTheCaseAndWhoComesButNeverTheNotes) {
    const auto events = calendarEvents(bookedCase());
    BOOST_TEST(events[0].description ==
               "Müller v. Bridgeview (CG-2026-0001)\nMediator: Dr. Ingrid Størseth\n"
               "Participants: Dr. Jürgen Müller, Rebecca Lowenstein");
    for (const auto& e : events) {
        BOOST_TEST(e.description.find("Opening statements") == std::string::npos);
        BOOST_TEST(e.description.find("BOTTOM LINE") == std::string::npos);
        BOOST_TEST(e.summary.find("BOTTOM LINE") == std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(aCaucusWithoutAKnownPartySaysCaucus) {
    const CaseRecord record = bookedCase();
    const CalendarEvent e = calendarEvent(record.head, record.sessions[1], "");
    BOOST_TEST(e.summary == "CG-2026-0001 caucus");
}

BOOST_AUTO_TEST_CASE(theWeekStartsOnMonday) {
    BOOST_TEST(weekStart(Date(2026, 11, 26)).toString() == "2026-11-23");  // a Thursday
    BOOST_TEST(weekStart(Date(2026, 11, 23)).toString() == "2026-11-23");  // the Monday itself
    BOOST_TEST(weekStart(Date(2026, 11, 29)).toString() == "2026-11-23");  // the Sunday ends it
    BOOST_TEST(weekStart(Date(2027, 1, 1)).toString() == "2026-12-28");    // across the year
}

BOOST_AUTO_TEST_SUITE_END()
