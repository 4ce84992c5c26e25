// The calendar (week listing and iCalendar file), the practice report and
// the agreement to mediate, through the real commonground-cli. The .ics file
// is read back with Debian's python3-icalendar, a reader we did not write.
#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "practice_case.h"
#include "support/pdf_text.h"

using namespace cg::testing;

namespace {

// Sessions in two weeks of March 2026 in the first case, and one in a
// second case with another mediator.
struct BookedSessions : PracticeCase {
    BookedSessions() {
        ok({"session", "add", ref, "--started-at", "2026-03-03T09:00:00Z", "--length", "180",
            "--location", "Room 4, Schloßstraße 12, München"});
        ok({"session", "add", ref, "--kind", "caucus", "--caucus-party", "2", "--started-at",
            "2026-03-05T13:00:00Z", "--video-link", "https://meet.example.com/kessler"});
        ok({"session", "add", ref, "--started-at", "2026-03-10T09:00:00Z", "--length", "120"});
        ok({"case", "new", "--title", "Northwind v Bridgeview", "--opened-on", "2026-02-01",
            "--mediator", "Sofia Lindqvist"});
        ok({"party", "add", "CG-2026-0002", "--name", "Northwind Logistics Ltd"});
        ok({"session", "add", "CG-2026-0002", "--started-at", "2026-03-04T10:00:00Z", "--length",
            "60"});
    }
    // The number of VEVENTs in an .ics file as python3-icalendar reads it,
    // or its error.
    static std::string eventsIn(const std::string& path) {
        const auto r =
            runProcess({"/usr/bin/python3", "-c",
                        "import sys, icalendar\n"
                        "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                        "events = cal.walk('VEVENT')\n"
                        "print(len(events))\n"
                        "for e in events: print(e['UID'], e['DTSTART'].dt.isoformat(), "
                        "e['DTEND'].dt.isoformat(), "
                        "str(e.get('LOCATION', '')))\n",
                        path});
        return r.exitCode == 0 ? r.out : "error: " + r.err;
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(Calendar, BookedSessions)

BOOST_AUTO_TEST_CASE(sessionsAreListedWeekByWeek) {
    const std::string out = ok({"calendar", "--from", "2026-03-01", "--to", "2026-03-31"});
    const auto firstWeek = out.find("Week of Monday 2026-03-02\n");
    const auto secondWeek = out.find("Week of Monday 2026-03-09\n");
    BOOST_TEST_REQUIRE(firstWeek != std::string::npos, out);
    BOOST_TEST_REQUIRE(secondWeek != std::string::npos, out);
    BOOST_TEST(firstWeek < secondWeek);
    const std::string first = out.substr(firstWeek, secondWeek - firstWeek);
    BOOST_TEST(contains(first, "Tue 2026-03-03"), out);
    BOOST_TEST(contains(first, "09:00–12:00"), out);
    BOOST_TEST(contains(first, "Room 4, Schloßstraße 12, München"), out);
    BOOST_TEST(contains(first, "CG-2026-0002"), out);
    BOOST_TEST(contains(first, "https://meet.example.com/kessler"), out);
    BOOST_TEST(contains(out.substr(secondWeek), "Tue 2026-03-10"), out);
}

BOOST_AUTO_TEST_CASE(oneCasesSessionsAreListedAlone) {
    const std::string out = ok({"calendar", "--case", "CG-2026-0002"});
    BOOST_TEST(contains(out, "Week of Monday 2026-03-02"), out);
    BOOST_TEST(!contains(out, "CG-2026-0001"), out);
    BOOST_TEST(ok({"calendar", "--from", "2026-04-01", "--to", "2026-04-30"}) ==
               "No sessions booked from 2026-04-01 to 2026-04-30.\n");
}

BOOST_AUTO_TEST_CASE(theIcsFileHoldsOneEventPerSession) {
    const std::string ics = dir.file("sessions.ics");
    BOOST_TEST(ok({"calendar", "--ics", ics, "--from", "2026-03-01", "--to", "2026-03-31"}) ==
               "Wrote 4 sessions from 2026-03-01 to 2026-03-31 to " + ics + "\n");
    const std::string events = eventsIn(ics);
    BOOST_TEST(events.rfind("4\n", 0) == 0u, events);
    BOOST_TEST(
        contains(
            events,
            "2026-03-03T09:00:00+00:00 2026-03-03T12:00:00+00:00 Room 4, Schloßstraße 12, München"),
        events);
    // A caucus booked without a length lasts the default two hours.
    BOOST_TEST(contains(events, "2026-03-05T13:00:00+00:00 2026-03-05T15:00:00+00:00"), events);

    const std::string oneCase = dir.file("one-case.ics");
    ok({"calendar", "--ics", oneCase, "--case", ref, "--from", "2026-03-01", "--to", "2026-03-07"});
    BOOST_TEST(eventsIn(oneCase).rfind("2\n", 0) == 0u, eventsIn(oneCase));
}

BOOST_AUTO_TEST_CASE(withoutDatesTheCalendarStartsThisWeek) {
    ok({"session", "add", ref});  // starts now
    const std::string out = ok({"calendar"});
    BOOST_TEST(contains(out, "Week of Monday "), out);
    BOOST_TEST(!contains(out, "2026-03-03"), out);
}

BOOST_AUTO_TEST_CASE(aPeriodEndingBeforeItStartsIsAUsageError) {
    refused({"calendar", "--from", "2026-03-31", "--to", "2026-03-01"}, 2,
            "--to 2026-03-01 is before --from 2026-03-31");
    refused({"calendar", "--case", "CG-2026-0077", "--from", "2026-03-01"}, 1, "CG-2026-0077");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(PracticeReport, BookedSessions)

BOOST_AUTO_TEST_CASE(theReportCountsOutcomesAsCsv) {
    ok({"case", "close", ref, "--outcome", "settled-in-full", "--on", "2026-03-20"});
    ok({"case", "close", "CG-2026-0002", "--outcome", "impasse", "--on", "2026-03-25"});
    const std::string csv = dir.file("report.csv");
    BOOST_TEST(ok({"report", "--from", "2026-01-01", "--to", "2026-06-30", "--out", csv}) ==
               "Wrote the practice report for 2026-01-01 to 2026-06-30 (2 cases) to " + csv +
                   ".\n");
    const std::string text = readBytes(csv);
    BOOST_TEST(contains(text, "CG-2026-0001"), text);
    BOOST_TEST(contains(text, "CG-2026-0002"), text);
    BOOST_TEST(contains(text, "Helen Achterberg"), text);
    BOOST_TEST(contains(text, "Sofia Lindqvist"), text);
    BOOST_TEST(contains(text, "\r\n"), text);

    const std::string mine = dir.file("mine.csv");
    ok({"report", "--from", "2026-01-01", "--to", "2026-06-30", "--out", mine, "--mediator",
        "Helen Achterberg"});
    BOOST_TEST(!contains(readBytes(mine), "CG-2026-0002"), readBytes(mine));
}

BOOST_AUTO_TEST_CASE(theReportAsPdf) {
    ok({"case", "close", ref, "--outcome", "settled-in-part", "--on", "2026-03-20"});
    const std::string pdf = dir.file("report.pdf");
    const std::string out =
        ok({"report", "--from", "2026-01-01", "--to", "2026-06-30", "--out", pdf});
    BOOST_TEST(
        contains(out, "Wrote the practice report for 2026-01-01 to 2026-06-30 (2 cases) to " + pdf),
        out);
    BOOST_TEST(runProcess({"qpdf", "--check", pdf}).exitCode == 0);
    const std::string text = squeezed(pdfText(pdf));
    BOOST_TEST(contains(text, "Helen Achterberg"), text);
    BOOST_TEST(contains(text, "Sofia Lindqvist"), text);
    BOOST_TEST(contains(text, "settled in part"), text);
}

BOOST_AUTO_TEST_CASE(badReportRequestsAreRefused) {
    refused({"report", "--from", "2026-06-30", "--to", "2026-01-01", "--out", dir.file("r.csv")}, 2,
            "--to 2026-01-01 is before --from 2026-06-30");
    refused({"report", "--from", "2026-01-01", "--to", "2026-06-30", "--out", dir.file("r.txt")}, 2,
            "must end in .pdf or .csv");
    refused({"report", "--from", "2026-01-01", "--to", "2026-06-30", "--out", dir.file("r.csv"),
             "--mediator", "Helen Achterburg"},
            1, "no case of mediator 'Helen Achterburg' was open between 2026-01-01 and 2026-06-30");
    BOOST_TEST(!std::filesystem::exists(dir.file("r.csv")));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(AgreementToMediate, PracticeCase)

BOOST_AUTO_TEST_CASE(theAgreementNamesThePartiesAndTheSplit) {
    ok({"fees", "set", ref, "--hourly", "400", "--split", "1=60,2=40"});
    const std::string pdf = dir.file("atm.pdf");
    const std::string out = ok({"agreement-to-mediate", ref, "--out", pdf, "--date", "2026-01-12"});
    BOOST_TEST(contains(out, "Wrote the agreement to mediate of CG-2026-0001 to " + pdf), out);
    BOOST_TEST(runProcess({"qpdf", "--check", pdf}).exitCode == 0);
    const std::string text = squeezed(pdfText(pdf));
    BOOST_TEST(contains(text, "AGREEMENT TO MEDIATE"), text);
    BOOST_TEST(contains(text, "Zahnarztpraxis Müller"), text);
    BOOST_TEST(contains(text, "Kessler IT GmbH"), text);
    BOOST_TEST(contains(text, "60 %"), text);
    // The parties' addresses are not recorded: they are listed to fill in.
    BOOST_TEST(contains(out, "blank, printed as a line to fill in by hand"), out);
}

BOOST_AUTO_TEST_SUITE_END()
