// Sessions as an iCalendar file: the exact text for escaping and folding,
// and a real iCalendar parser (Debian's python3-icalendar) reading it back.
#include <boost/test/unit_test.hpp>
#include <sys/stat.h>

#include "domain/errors.h"
#include "exchange/icalendar_writer.h"
#include "support/process.h"
#include "support/temp_dir.h"

using namespace cg;
using domain::Instant;
using domain::practice::CalendarEvent;

namespace {

const Instant kStamp = Instant::parse("2026-11-24T09:30:00Z");

CalendarEvent event(const std::string& uid, const std::string& start, const std::string& end,
                    const std::string& summary) {
    CalendarEvent e;
    e.uid = uid;
    e.start = Instant::parse(start);
    e.end = Instant::parse(end);
    e.summary = summary;
    return e;
}

// Debian's python3 with the icalendar module; the python3 first on PATH may
// be another one without it.
const char* const kPython = "/usr/bin/python3";

struct PythonICalendarInstalled {
    boost::test_tools::assertion_result operator()(boost::unit_test::test_unit_id) const {
        const bool installed = testing::runProcess({kPython, "-c", "import icalendar"}).exitCode == 0;
        boost::test_tools::assertion_result result(installed);
        result.message() << "python3-icalendar is not installed (scripts/install-deps.sh); parser check skipped";
        return result;
    }
};

// One line per event as the parser sees it: "summary|start|end|location|url|description".
const char* const kListEvents = R"(
import sys, icalendar
with open(sys.argv[1], 'rb') as f:
    calendar = icalendar.Calendar.from_ical(f.read())
print(calendar['VERSION'], calendar['PRODID'])
for event in calendar.walk('VEVENT'):
    print('|'.join([str(event['SUMMARY']), event['DTSTART'].dt.isoformat(), event['DTEND'].dt.isoformat(),
                    str(event.get('LOCATION', '')), str(event.get('URL', '')),
                    str(event.get('DESCRIPTION', '')).replace('\n', '/')]))
)";

}  // namespace

BOOST_AUTO_TEST_SUITE(ICalendarWriter)

BOOST_AUTO_TEST_CASE(anEventIsWrittenAsRfc5545Says) {
    CalendarEvent joint = event("session-1.CG-2026-0001@commonground", "2026-12-09T14:00:00Z", "2026-12-09T17:00:00Z",
                                "CG-2026-0001 joint session");
    joint.location = "Room 4; 1450 Broadway, New York";
    joint.url = "https://meet.example.org/cg?a=1,2;b=3";
    joint.description = "Müller v. Bridgeview\nC:\\backups, again";
    const std::string text = exchange::writeICalendar({joint}, kStamp);
    BOOST_TEST(text == "BEGIN:VCALENDAR\r\n"
                       "VERSION:2.0\r\n"
                       "PRODID:-//CommonGround//CommonGround//EN\r\n"
                       "CALSCALE:GREGORIAN\r\n"
                       "BEGIN:VEVENT\r\n"
                       "UID:session-1.CG-2026-0001@commonground\r\n"
                       "DTSTAMP:20261124T093000Z\r\n"
                       "DTSTART:20261209T140000Z\r\n"
                       "DTEND:20261209T170000Z\r\n"
                       "SUMMARY:CG-2026-0001 joint session\r\n"
                       "LOCATION:Room 4\\; 1450 Broadway\\, New York\r\n"
                       "URL:https://meet.example.org/cg?a=1,2;b=3\r\n"
                       "DESCRIPTION:Müller v. Bridgeview\\nC:\\\\backups\\, again\r\n"
                       "END:VEVENT\r\n"
                       "END:VCALENDAR\r\n");
}

BOOST_AUTO_TEST_CASE(emptyFieldsAreLeftOutAndLineBreaksOfEveryKindBecomeBackslashN) {
    CalendarEvent caucus = event("u1", "2027-01-12T09:00:00Z", "2027-01-12T10:00:00Z", "a\r\nb\rc\nd");
    const std::string text = exchange::writeICalendar({caucus}, kStamp);
    BOOST_TEST(text.find("SUMMARY:a\\nb\\nc\\nd\r\n") != std::string::npos, text);
    BOOST_TEST(text.find("LOCATION") == std::string::npos);
    BOOST_TEST(text.find("URL") == std::string::npos);
    BOOST_TEST(text.find("DESCRIPTION") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(longLinesAreFoldedAt75OctetsWithoutSplittingACharacter) {
    // "DESCRIPTION:" is 12 octets; then 62 ASCII letters and a 2-octet "ü"
    // that would end at octet 76, so the fold comes before it. The next line
    // is the space, "ü" and 72 letters: 75 octets.
    const std::string description = std::string(62, 'x') + "ü" + std::string(80, 'y');
    CalendarEvent e = event("u1", "2027-01-12T09:00:00Z", "2027-01-12T10:00:00Z", "S");
    e.description = description;
    const std::string text = exchange::writeICalendar({e}, kStamp);
    const std::string expected = "DESCRIPTION:" + std::string(62, 'x') + "\r\n ü" + std::string(72, 'y') + "\r\n " +
                                 std::string(8, 'y') + "\r\n";
    BOOST_TEST(text.find(expected) != std::string::npos, text);
    // No line, continuation space included, is longer than 75 octets.
    std::size_t start = 0;
    for (std::size_t end = text.find("\r\n"); end != std::string::npos; end = text.find("\r\n", start)) {
        BOOST_TEST(end - start <= 75u, text.substr(start, end - start));
        start = end + 2;
    }
}

BOOST_AUTO_TEST_CASE(aLineOfExactly75OctetsIsNotFolded) {
    CalendarEvent e = event("u1", "2027-01-12T09:00:00Z", "2027-01-12T10:00:00Z", std::string(67, 's'));
    const std::string text = exchange::writeICalendar({e}, kStamp);
    BOOST_TEST(text.find("SUMMARY:" + std::string(67, 's') + "\r\nEND:VEVENT") != std::string::npos, text);
}

BOOST_AUTO_TEST_CASE(aLineBreakInALinkCannotStartANewProperty) {
    CalendarEvent e = event("u1", "2027-01-12T09:00:00Z", "2027-01-12T10:00:00Z", "S");
    e.url = "https://meet.example.org/x\r\nATTENDEE:mallory";
    const std::string text = exchange::writeICalendar({e}, kStamp);
    BOOST_TEST(text.find("URL:https://meet.example.org/x%0D%0AATTENDEE:mallory\r\n") != std::string::npos, text);
}

BOOST_AUTO_TEST_CASE(noEventsGiveAnEmptyCalendar) {
    BOOST_TEST(exchange::writeICalendar({}, kStamp) ==
               "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CommonGround//CommonGround//EN\r\n"
               "CALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n");
}

BOOST_AUTO_TEST_CASE(theFileHoldsTheCalendarAndOnlyTheOwnerMayReadIt) {
    testing::ScopedTempDir dir;
    const std::vector<CalendarEvent> events{
        event("u1", "2027-01-12T09:00:00Z", "2027-01-12T10:00:00Z", "CG-2026-0003 joint session")};
    exchange::writeICalendarFile(events, kStamp, dir.file("sessions.ics"));
    BOOST_TEST(testing::readBytes(dir.file("sessions.ics")) == exchange::writeICalendar(events, kStamp));
    struct stat info {};
    BOOST_REQUIRE(::stat(dir.file("sessions.ics").c_str(), &info) == 0);
    BOOST_TEST((info.st_mode & 0777) == 0600, std::oct << (info.st_mode & 0777));
}

BOOST_AUTO_TEST_CASE(aFileInAMissingFolderIsRefusedWithItsPath) {
    testing::ScopedTempDir dir;
    const std::string path = dir.file("no-such-folder/sessions.ics");
    BOOST_CHECK_EXCEPTION(exchange::writeICalendarFile({}, kStamp, path), domain::Error, [&](const domain::Error& e) {
        return std::string(e.what()) == "cannot write '" + path + "': No such file or directory";
    });
}

BOOST_AUTO_TEST_CASE(aRealParserReadsEveryEventBack, *boost::unit_test::precondition(PythonICalendarInstalled())) {
    CalendarEvent joint = event("session-1.CG-2026-0003@commonground", "2026-12-09T14:00:00Z",
                                "2026-12-09T17:00:00Z", "CG-2026-0003 joint session");
    joint.location = "Castellanos Mediation, 333 W. Wacker Dr., Suite 1900; Chicago";
    joint.description = "Andreou Structural Engineering v. Great Lakes\nParticipants: Αικατερίνη Παπαδοπούλου, "
                        "Ольга Смирнова, Łukasz Wiśniewski — and a long line that the writer has to fold "
                        "somewhere in the middle of the Greek and Cyrillic names";
    CalendarEvent caucus = event("session-2.CG-2026-0003@commonground", "2027-01-12T09:30:00Z",
                                 "2027-01-12T11:00:00Z", "CG-2026-0003 caucus with Ольга Смирнова");
    caucus.url = "https://meet.example.org/cg-2026-0003?pwd=x,y;z";
    CalendarEvent third = event("session-3.CG-2026-0001@commonground", "2027-01-20T15:00:00Z",
                                "2027-01-20T17:00:00Z", "CG-2026-0001 caucus with Zahnarztpraxis Dr. Müller PLLC");

    testing::ScopedTempDir dir;
    exchange::writeICalendarFile({joint, caucus, third}, kStamp, dir.file("sessions.ics"));
    const auto r = testing::runProcess({kPython, "-c", kListEvents, dir.file("sessions.ics")});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err);
    BOOST_TEST(r.out ==
               "2.0 -//CommonGround//CommonGround//EN\n"
               "CG-2026-0003 joint session|2026-12-09T14:00:00+00:00|2026-12-09T17:00:00+00:00|"
               "Castellanos Mediation, 333 W. Wacker Dr., Suite 1900; Chicago||"
               "Andreou Structural Engineering v. Great Lakes/Participants: Αικατερίνη Παπαδοπούλου, Ольга Смирнова, "
               "Łukasz Wiśniewski — and a long line that the writer has to fold somewhere in the middle of the Greek "
               "and Cyrillic names\n"
               "CG-2026-0003 caucus with Ольга Смирнова|2027-01-12T09:30:00+00:00|2027-01-12T11:00:00+00:00||"
               "https://meet.example.org/cg-2026-0003?pwd=x,y;z|\n"
               "CG-2026-0001 caucus with Zahnarztpraxis Dr. Müller PLLC|2027-01-20T15:00:00+00:00|"
               "2027-01-20T17:00:00+00:00|||\n");
}

BOOST_AUTO_TEST_SUITE_END()
