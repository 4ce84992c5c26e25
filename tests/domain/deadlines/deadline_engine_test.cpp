// The deadline engine, one counting rule at a time (legal-domain.md section 4,
// "Counting rules").
#include "domain/deadlines/deadline_engine.h"

#include <boost/test/unit_test.hpp>

#include "print_types.h"
#include "rule_fixtures.h"

using namespace cg::domain;
using namespace cg::testing;

namespace {

Deadline only(const std::vector<Deadline>& deadlines) {
    BOOST_REQUIRE_EQUAL(deadlines.size(), 1u);
    return deadlines.front();
}

const NotificationRule kSixtyDays =
    rule("sixty", ClockTrigger::Discovery,
         {primary(recipient("Individuals", DeadlineKind::CalendarDays, 60, {"letters"}))});

}  // namespace

BOOST_AUTO_TEST_SUITE(DeadlineEngine)

BOOST_AUTO_TEST_CASE(calendarDaysCountTheEventDayAsDayZeroAndStayOnASaturday) {
    // 2025-12-30 + 60: 1 day to 31 Dec, 31 to 31 Jan (32), 28 to 28 Feb (60).
    const Deadline d =
        only(computeDeadlines(incident(Date(2025, 12, 30)), {kSixtyDays}, Date(2026, 2, 1)));
    BOOST_TEST(d.due->toString() == "2026-02-28");
    BOOST_TEST(d.counting == "60 calendar days after discovery (day 0 = 2025-12-30)");
    BOOST_TEST(d.triggerText == "discovery 2025-12-30 (fact 1)");
    BOOST_REQUIRE_EQUAL(d.notes.size(), 1u);
    BOOST_TEST(d.notes[0] == "falls on a Saturday; calendar-day deadlines are not moved");
}

BOOST_AUTO_TEST_CASE(aCalendarDeadlineOnAnObservedHolidayStaysThereWithANote) {
    // 2026-06-03 + 30 = Friday 2026-07-03, the observed Independence Day.
    const NotificationRule thirty =
        rule("thirty", ClockTrigger::Discovery,
             {primary(recipient("Residents", DeadlineKind::CalendarDays, 30))});
    const Deadline d =
        only(computeDeadlines(incident(Date(2026, 6, 3)), {thirty}, Date(2026, 6, 4)));
    BOOST_TEST(d.due->toString() == "2026-07-03");
    BOOST_REQUIRE_EQUAL(d.notes.size(), 1u);
    BOOST_TEST(d.notes[0] ==
               "falls on Independence Day (observed); calendar-day deadlines are not moved");
}

BOOST_AUTO_TEST_CASE(dueInCountsCalendarDaysAndZeroIsToday) {
    const IncidentFacts f = incident(Date(2025, 12, 30));
    BOOST_TEST(only(computeDeadlines(f, {kSixtyDays}, Date(2026, 2, 20))).statusText() ==
               "due in 8 days");
    BOOST_TEST(only(computeDeadlines(f, {kSixtyDays}, Date(2026, 2, 27))).statusText() ==
               "due in 1 day");
    BOOST_TEST(only(computeDeadlines(f, {kSixtyDays}, Date(2026, 2, 28))).statusText() ==
               "due in 0 days (today)");
    const Deadline late = only(computeDeadlines(f, {kSixtyDays}, Date(2026, 3, 2)));
    BOOST_TEST(late.status == DeadlineStatus::Overdue);
    BOOST_TEST(late.statusText() == "overdue by 2 days");
}

BOOST_AUTO_TEST_CASE(aNoticeOnTheDueDayIsMetAndOneAfterIsMissedByItsDays) {
    IncidentFacts f = incident(Date(2025, 12, 30));
    noticeOn(f, 7, Date(2026, 2, 28), "Letters went to every customer.");
    BOOST_TEST(only(computeDeadlines(f, {kSixtyDays}, Date(2026, 4, 1))).statusText() ==
               "met on 2026-02-28 (fact 7)");

    IncidentFacts late = incident(Date(2025, 12, 30));
    noticeOn(late, 8, Date(2026, 3, 3), "letters posted");
    const Deadline d = only(computeDeadlines(late, {kSixtyDays}, Date(2026, 4, 1)));
    BOOST_TEST(d.status == DeadlineStatus::Missed);
    BOOST_TEST(d.days == 3);
    BOOST_TEST(d.statusText() == "missed by 3 days on 2026-03-03 (fact 8)");
}

BOOST_AUTO_TEST_CASE(aNoticeThatDoesNotNameTheRecipientDoesNotCount) {
    IncidentFacts f = incident(Date(2025, 12, 30));
    noticeOn(f, 4, Date(2026, 1, 10), "The regulator was told by phone.");
    BOOST_TEST(only(computeDeadlines(f, {kSixtyDays}, Date(2026, 3, 1))).statusText() ==
               "overdue by 1 day");
}

BOOST_AUTO_TEST_CASE(anEvidenceTermWithPlusNeedsEveryPart) {
    const NotificationRule ag = rule("wa", ClockTrigger::Discovery,
                                     {primary(recipient("Washington AG", DeadlineKind::CalendarDays,
                                                        30, {"Attorney + General + Washington"}))});
    IncidentFacts f = incident(Date(2026, 1, 14));
    noticeOn(f, 3, Date(2026, 1, 20), "The Attorney General of Oregon was told.");
    noticeOn(f, 4, Date(2026, 2, 10),
             "The Attorneys General of California and Washington were notified.");
    BOOST_TEST(only(computeDeadlines(f, {ag}, Date(2026, 3, 1))).statusText() ==
               "met on 2026-02-10 (fact 4)");
}

BOOST_AUTO_TEST_CASE(seventyTwoHoursRunOnTheUtcTimeLineFromTheAwarenessInstant) {
    // Aware at 22:30Z on Friday 27 March 2026; Europe's clocks change on
    // Sunday 29 March, which does not matter on the UTC time line.
    const NotificationRule gdpr =
        rule("gdpr", ClockTrigger::Awareness,
             {primary(recipient("Supervisory authority", DeadlineKind::Hours, 72, {"authority"}))});
    IncidentFacts f = incident(Date(2026, 3, 27));
    f.awareness = Instant::parse("2026-03-27T22:30:00Z");
    noticeOn(f, 2, Date(2026, 3, 31), "Report filed with the data protection authority.");
    const Deadline d = only(computeDeadlines(f, {gdpr}, Date(2026, 4, 2)));
    BOOST_TEST(d.startText() == "2026-03-27T22:30:00Z");
    BOOST_TEST(d.dueText() == "2026-03-30T22:30:00Z");
    BOOST_TEST(d.counting == "72 hours after awareness on the UTC time line");
    // Notice facts carry dates only, taken as 00:00 UTC: 31 March 00:00 is 1 h 30 min late.
    BOOST_TEST(d.statusText() == "missed by 1 h 30 min on 2026-03-31 (fact 2)");

    IncidentFacts inTime = incident(Date(2026, 3, 27));
    inTime.awareness = f.awareness;
    noticeOn(inTime, 3, Date(2026, 3, 30), "authority notified");
    BOOST_TEST(only(computeDeadlines(inTime, {gdpr}, Date(2026, 4, 2))).status ==
               DeadlineStatus::Met);
}

BOOST_AUTO_TEST_CASE(aDeterminationInstantStartsTheNydfsClockToTheMinute) {
    // 10:00 EST on Friday 6 March 2026 is 15:00Z; New York's clocks go forward
    // on Sunday 8 March, and 72 elapsed hours end at 15:00Z on Monday 9 March.
    const NotificationRule nydfs =
        rule("nydfs", ClockTrigger::Determination,
             {primary(recipient("Superintendent", DeadlineKind::Hours, 72, {"Superintendent"}))});
    DeadlineInputs inputs;
    inputs.determinationInstant = Instant::parse("2026-03-06T15:00:00Z");
    cg::domain::CaseRecord record;
    record.head.jurisdiction = "US-NY";
    IncidentFacts f = deriveIncidentFacts(record, inputs);
    BOOST_TEST(f.determination->toString() == "2026-03-06");
    noticeOn(f, 2, Date(2026, 3, 9), "Filed with the Superintendent.");
    const Deadline d = only(computeDeadlines(f, {nydfs}, Date(2026, 3, 10)));
    BOOST_TEST(d.triggerText == "determination 2026-03-06T15:00:00Z");
    BOOST_TEST(d.dueText() == "2026-03-09T15:00:00Z");
    BOOST_TEST(d.statusText() == "met on 2026-03-09 (fact 2)");
}

BOOST_AUTO_TEST_CASE(withoutARecordedInstantAwarenessIsMidnightUtcOfDiscoveryAndSaysSo) {
    const NotificationRule nydfs =
        rule("nydfs", ClockTrigger::Determination,
             {primary(recipient("Superintendent", DeadlineKind::Hours, 72))});
    const Deadline d =
        only(computeDeadlines(incident(Date(2026, 3, 2)), {nydfs}, Date(2026, 3, 3)));
    BOOST_TEST(d.triggerText ==
               "determination taken as discovery 2026-03-02 (fact 1), none recorded");
    BOOST_TEST(d.dueText() == "2026-03-05T00:00:00Z");
    BOOST_TEST(d.statusText() == "due in 2 days");
}

BOOST_AUTO_TEST_CASE(businessDaysFromADeterminationOnASaturdayStartOnMonday) {
    // SEC 8-K: determination Saturday 2026-06-20 -> Mon 22 (1) ... Thu 25 June (4).
    const NotificationRule sec =
        rule("sec", ClockTrigger::MaterialityDetermination,
             {primary(recipient("SEC (Form 8-K)", DeadlineKind::BusinessDays, 4, {"8-K"}))});
    IncidentFacts f = incident(Date(2026, 6, 1));
    f.materialityDetermination = Date(2026, 6, 20);
    const Deadline d = only(computeDeadlines(f, {sec}, Date(2026, 6, 22)));
    BOOST_TEST(d.triggerText == "materiality determination 2026-06-20");
    BOOST_TEST(d.due->toString() == "2026-06-25");
    BOOST_TEST(d.statusText() == "due in 3 days");
    BOOST_TEST(d.notes.empty());  // business-day dates never carry a weekend warning
}

BOOST_AUTO_TEST_CASE(businessDaysOverNewYear2028SkipTheObservedFriday) {
    const NotificationRule sec =
        rule("sec", ClockTrigger::MaterialityDetermination,
             {primary(recipient("SEC (Form 8-K)", DeadlineKind::BusinessDays, 4))});
    IncidentFacts f = incident(Date(2027, 12, 30));
    const Deadline d = only(computeDeadlines(f, {sec}, Date(2027, 12, 30)));
    BOOST_TEST(d.triggerText ==
               "materiality determination taken as discovery 2027-12-30 (fact 1), none recorded");
    BOOST_TEST(d.due->toString() == "2028-01-06");
}

BOOST_AUTO_TEST_CASE(immediateAndUndueDelayObligationsGetNoDateAndNoStatus) {
    const NotificationRule r =
        rule("pci", ClockTrigger::Discovery,
             {recipient("Acquirer", DeadlineKind::Immediately, 0, {"acquirer"}),
              recipient("Controller", DeadlineKind::WithoutUndueDelay, 0, {"controller"})});
    IncidentFacts f = incident(Date(2026, 1, 14));
    noticeOn(f, 5, Date(2026, 1, 15), "The acquirer and the controller were told.");
    const auto all = computeDeadlines(f, {r}, Date(2026, 3, 1));
    BOOST_REQUIRE_EQUAL(all.size(), 2u);
    for (const Deadline& d : all) {
        BOOST_TEST(!d.due.has_value());
        BOOST_TEST(d.status == DeadlineStatus::NoComputedDate);
        BOOST_TEST(d.statusText() == "");
    }
    BOOST_TEST(all[0].dueText() == "immediately");
    BOOST_TEST(all[1].dueText() == "without undue delay");
}

BOOST_AUTO_TEST_CASE(
    aRecipientWithoutItsOwnDeadlineTakesThePrimaryDateWithoutTheGoodCauseExtension) {
    // Florida: 30 days from determination, +15 for good cause to individuals only.
    NotificationRecipient individuals =
        primary(recipient("Residents", DeadlineKind::CalendarDays, 30));
    individuals.goodCauseExtensionDays = 15;
    const NotificationRule fl = rule(
        "fl", ClockTrigger::Determination,
        {individuals, recipient("Dept. of Legal Affairs", DeadlineKind::SameAsPrimary)}, {"US-FL"});
    IncidentFacts f = incident(Date(2026, 4, 1));
    f.jurisdictions = {"US-FL"};
    auto plain = computeDeadlines(f, {fl}, Date(2026, 4, 2));
    BOOST_TEST(plain[0].due->toString() == "2026-05-01");
    BOOST_TEST(plain[0].notes[0] ==
               "a 15-day extension applies only if a good-cause extension is recorded");
    BOOST_TEST(plain[1].due->toString() == "2026-05-01");
    BOOST_TEST(plain[1].counting == "no deadline of its own: the outer date is that for Residents");

    f.goodCauseExtension = true;
    auto extended = computeDeadlines(f, {fl}, Date(2026, 4, 2));
    BOOST_TEST(extended[0].due->toString() == "2026-05-16");
    BOOST_TEST(extended[0].notes[0] == "includes the recorded 15-day good-cause extension");
    BOOST_TEST(extended[1].due->toString() == "2026-05-01");
}

BOOST_AUTO_TEST_CASE(aRuleForAnotherStateOrOtherDataDoesNotApply) {
    NotificationRule wa = kSixtyDays;
    wa.jurisdictions = {"US-WA"};
    BOOST_TEST(computeDeadlines(incident(Date(2026, 1, 5)), {wa}, Date(2026, 1, 6)).empty());

    NotificationRule phiOnly = kSixtyDays;
    phiOnly.dataTypes = {DataType::Phi};
    BOOST_TEST(computeDeadlines(incident(Date(2026, 1, 5)), {phiOnly}, Date(2026, 1, 6)).empty());

    NotificationRule listed = kSixtyDays;
    listed.sectorTerms = {"publicly traded"};
    IncidentFacts f = incident(Date(2026, 1, 5));
    f.claimantSectors = {"Dental practice"};
    BOOST_TEST(computeDeadlines(f, {listed}, Date(2026, 1, 6)).empty());
    f.claimantSectors = {"Retail, Publicly Traded on Nasdaq"};
    BOOST_TEST(computeDeadlines(f, {listed}, Date(2026, 1, 6)).size() == 1u);
}

BOOST_AUTO_TEST_CASE(jurisdictionPatternsMatchAStateByPrefix) {
    NotificationRule r = kSixtyDays;
    r.jurisdictions = {"US-*"};
    BOOST_TEST(r.appliesToJurisdiction("US-NY"));
    BOOST_TEST(!r.appliesToJurisdiction("US"));
    BOOST_TEST(!r.appliesToJurisdiction("DE"));
    r.jurisdictions = {"*"};
    BOOST_TEST(r.appliesToJurisdiction("DE"));
}

BOOST_AUTO_TEST_CASE(withoutADiscoveryDateNoDateIsInvented) {
    IncidentFacts f = incident(Date(2026, 1, 5));
    f.discovery.reset();
    const Deadline d = only(computeDeadlines(f, {kSixtyDays}, Date(2026, 1, 6)));
    BOOST_TEST(!d.due.has_value());
    BOOST_TEST(d.status == DeadlineStatus::NoComputedDate);
    BOOST_TEST(d.triggerText == "no discovery date in the case");
    BOOST_TEST(d.counting ==
               "no start date: record the discovery date on the incident's event fact");
}

BOOST_AUTO_TEST_SUITE_END()
