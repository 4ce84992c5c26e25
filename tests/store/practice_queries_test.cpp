// The practice report's figures and the booked sessions, asked of all cases
// at once, against a seeded set of cases counted by hand.
#include "store/practice_queries.h"

#include <boost/test/unit_test.hpp>

#include "domain/conflicts/conflict_entry.h"
#include "practice_case.h"
#include "print_types.h"
#include "store/case_repository.h"
#include "store/people_directory.h"
#include "store_fixture.h"

using namespace cg::store;
using namespace cg::domain;
using cg::testing::CaseBuilder;
using cg::testing::StoreFixture;

namespace {

CaseRecord seededCase(const std::string& reference, Date openedOn, std::optional<Date> closedOn,
                      const std::string& currency) {
    CaseRecord record = CaseBuilder(reference, "Case " + reference)
                            .withParty("Claimant of " + reference, PartyRole::Claimant)
                            .withParty("Respondent of " + reference, PartyRole::Respondent)
                            .build();
    record.head.openedOn = openedOn;
    record.head.closedOn = closedOn;
    record.head.currency = currency;
    record.head.mediator = "Ingrid";
    return record;
}

void addSession(CaseRecord& record, const std::string& startedAt) {
    MediationSession session;
    session.no = nextNo(record.sessions);
    session.startedAt = Instant::parse(startedAt);
    record.sessions.push_back(session);
}

void addTime(CaseRecord& record, Date workedOn, int minutes, bool billable = true) {
    TimeEntry entry;
    entry.no = nextNo(record.timeEntries);
    entry.workedOn = workedOn;
    entry.minutes = minutes;
    entry.activity = TimeActivity::Preparation;
    entry.billable = billable;
    record.timeEntries.push_back(entry);
}

// March 2026 is the period. Counted by hand:
// 0001 hourly EUR 300.00: in March 90 + 20 billable and 45 not billable
//      minutes (155), 110 min x 300.00 / 60 = EUR 550.00; sessions on
//      5 March and at 23:30 on 31 March (2), not 27 February or 1 April.
// 0002 hourly EUR 100.01, opened and settled in March: 7 minutes,
//      7 x 100.01 / 60 = 11.6678 -> EUR 11.67; one session.
// 0003 fixed USD 5,000.00, opened 15 March: the fixed fee, whatever the
//      hours (60 minutes).
// 0004 fixed EUR 4,000.00, opened in February: no fee in March.
// 0005 closed in February and 0006 opened in April do not count.
void seedCases(Database& db) {
    CaseRepository cases(db);
    CaseRecord a = seededCase("CG-2026-0001", Date(2026, 1, 15), std::nullopt, "EUR");
    a.head.fees.hourlyRate = Money(30000, "EUR");
    addTime(a, Date(2026, 2, 28), 60);
    addTime(a, Date(2026, 3, 5), 90);
    addTime(a, Date(2026, 3, 10), 45, false);
    addTime(a, Date(2026, 3, 31), 20);
    addTime(a, Date(2026, 4, 1), 30);
    addSession(a, "2026-02-27T09:00:00Z");
    addSession(a, "2026-03-05T09:00:00Z");
    addSession(a, "2026-03-31T23:30:00Z");
    addSession(a, "2026-04-01T00:00:00Z");
    cases.insert(a);

    CaseRecord b = seededCase("CG-2026-0002", Date(2026, 3, 2), Date(2026, 3, 20), "EUR");
    b.head.status = CaseStatus::Settled;
    b.head.outcome = CaseOutcome::SettledInFull;
    b.head.fees.hourlyRate = Money(10001, "EUR");
    addTime(b, Date(2026, 3, 3), 7);
    addSession(b, "2026-03-03T10:00:00Z");
    cases.insert(b);

    CaseRecord c = seededCase("CG-2026-0003", Date(2026, 3, 15), std::nullopt, "USD");
    c.head.fees.basis = FeeBasis::Fixed;
    c.head.fees.fixedFee = Money(500000, "USD");
    addTime(c, Date(2026, 3, 16), 60);
    cases.insert(c);

    CaseRecord d = seededCase("CG-2026-0004", Date(2026, 2, 1), std::nullopt, "EUR");
    d.head.fees.basis = FeeBasis::Fixed;
    d.head.fees.fixedFee = Money(400000, "EUR");
    cases.insert(d);

    CaseRecord e = seededCase("CG-2026-0005", Date(2026, 1, 2), Date(2026, 2, 20), "EUR");
    e.head.fees.hourlyRate = Money(30000, "EUR");
    addTime(e, Date(2026, 3, 2), 60);  // booked late, but the case was closed
    cases.insert(e);

    cases.insert(seededCase("CG-2026-0006", Date(2026, 4, 2), std::nullopt, "EUR"));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(PracticeQueries)

BOOST_AUTO_TEST_CASE(theFiguresOfAPeriodCountTheCasesOpenInItAndOnlyTheirWorkInIt) {
    StoreFixture store;
    seedCases(*store.db);
    const auto figures = practiceFigures(*store.db, Date(2026, 3, 1), Date(2026, 3, 31));

    BOOST_TEST_REQUIRE(figures.size() == 4u);
    BOOST_TEST(figures[0].reference == "CG-2026-0001");
    BOOST_TEST(figures[0].title == "Case CG-2026-0001");
    BOOST_TEST(figures[0].mediator == "Ingrid");
    BOOST_TEST(figures[0].sessionsHeld == 2);
    BOOST_TEST(figures[0].minutesWorked == 155);
    BOOST_TEST(figures[0].feesBilled == Money(55000, "EUR"));
    BOOST_TEST(!figures[0].closedOn.has_value());

    BOOST_TEST(figures[1].reference == "CG-2026-0002");
    BOOST_TEST(figures[1].status == CaseStatus::Settled);
    BOOST_TEST(figures[1].closedOn.value() == Date(2026, 3, 20));
    BOOST_TEST(figures[1].outcome == std::optional<CaseOutcome>(CaseOutcome::SettledInFull));
    BOOST_TEST(figures[1].sessionsHeld == 1);
    BOOST_TEST(figures[1].minutesWorked == 7);
    BOOST_TEST(figures[1].feesBilled == Money(1167, "EUR"));

    BOOST_TEST(figures[2].reference == "CG-2026-0003");
    BOOST_TEST(figures[2].minutesWorked == 60);
    BOOST_TEST(figures[2].feesBilled == Money(500000, "USD"));

    BOOST_TEST(figures[3].reference == "CG-2026-0004");
    BOOST_TEST(figures[3].openedOn == Date(2026, 2, 1));
    BOOST_TEST(figures[3].sessionsHeld == 0);
    BOOST_TEST(figures[3].minutesWorked == 0);
    BOOST_TEST(figures[3].feesBilled == Money(0, "EUR"));

    // February: 0001 (60 minutes, the session of 27 February), 0004 opened
    // with its fixed fee, 0005 closed.
    const auto february = practiceFigures(*store.db, Date(2026, 2, 1), Date(2026, 2, 28));
    BOOST_TEST_REQUIRE(february.size() == 3u);
    BOOST_TEST(february[0].feesBilled == Money(30000, "EUR"));
    BOOST_TEST(february[0].sessionsHeld == 1);
    BOOST_TEST(february[1].feesBilled == Money(400000, "EUR"));
    BOOST_TEST(february[2].reference == "CG-2026-0005");
    BOOST_TEST(february[2].minutesWorked == 0);
}

BOOST_AUTO_TEST_CASE(aSessionBookedAheadIsNotCountedAsHeld) {
    StoreFixture store;
    CaseRecord record = seededCase("CG-2026-0001", Date(2026, 1, 15), std::nullopt, "EUR");
    const auto now = std::chrono::system_clock::now();
    addSession(
        record,
        Instant(std::chrono::floor<std::chrono::seconds>(now - std::chrono::hours(2))).toString());
    addSession(
        record,
        Instant(std::chrono::floor<std::chrono::seconds>(now + std::chrono::hours(24))).toString());
    CaseRepository(*store.db).insert(record);
    const Date today = Date::today();
    const auto figures = practiceFigures(*store.db, today.plusDays(-30), today.plusDays(30));
    BOOST_TEST_REQUIRE(figures.size() == 1u);
    BOOST_TEST(figures[0].sessionsHeld == 1);
}

BOOST_AUTO_TEST_CASE(theSessionsBookedInAPeriodAreEventsOfEveryCaseOrderedByStart) {
    StoreFixture store;
    seedCases(*store.db);
    CaseRecord booked = cg::testing::practiceCase("CG-2026-0007");
    CaseRepository(*store.db).insert(booked);

    const auto march = scheduledSessions(*store.db, Instant::parse("2026-03-01T00:00:00Z"),
                                         Instant::parse("2026-04-01T00:00:00Z"));
    BOOST_TEST_REQUIRE(march.size() == 3u);
    BOOST_TEST(march[0].caseReference == "CG-2026-0002");
    BOOST_TEST(march[0].start == Instant::parse("2026-03-03T10:00:00Z"));
    BOOST_TEST(march[1].caseReference == "CG-2026-0001");
    BOOST_TEST(march[1].sessionNo == 2);
    BOOST_TEST(march[2].sessionNo == 3);
    BOOST_TEST(march[2].uid == "session-3.CG-2026-0001@commonground");

    const auto february = scheduledSessions(*store.db, Instant::parse("2026-02-10T00:00:00Z"),
                                            Instant::parse("2026-02-11T00:00:00Z"));
    BOOST_TEST_REQUIRE(february.size() == 2u);
    const auto& joint = february[0];
    BOOST_TEST(joint.caseReference == "CG-2026-0007");
    BOOST_TEST(joint.caseTitle == "Bright Smile Dental v. Nimbus MSP");
    BOOST_TEST(joint.summary == "CG-2026-0007 joint session");
    BOOST_TEST(joint.start == Instant::parse("2026-02-10T09:00:00Z"));
    BOOST_TEST(joint.end == Instant::parse("2026-02-10T12:00:00Z"));  // 180 minutes booked
    BOOST_TEST(joint.location == "Room 4, Arbitration Centre, 12 Main St");
    BOOST_TEST(joint.url == "https://meet.example.org/bright-smile");
    BOOST_TEST(joint.participants == booked.sessions[0].participants);
    const auto& caucus = february[1];
    BOOST_TEST(caucus.summary == "CG-2026-0007 caucus with Bright Smile Dental");
    BOOST_TEST(caucus.end == Instant::parse("2026-02-10T14:00:00Z"));
    BOOST_TEST(caucus.participants.empty());
}

BOOST_AUTO_TEST_CASE(thePeopleDirectoryListsParticipantsAndInsurers) {
    StoreFixture store;
    CaseRepository(*store.db).insert(cg::testing::practiceCase());
    const auto people = listPeople(*store.db);
    const auto count = [&](const std::string& name, conflicts::ConflictRole role) {
        return std::count_if(people.begin(), people.end(),
                             [&](const conflicts::ConflictEntry& entry) {
                                 return entry.name == name && entry.role == role &&
                                        entry.caseReference == "CG-2026-0001";
                             });
    };
    using conflicts::ConflictRole;
    BOOST_TEST(count("Rebecca Lowenstein", ConflictRole::Participant) == 1);
    BOOST_TEST(count("Lowenstein Ferraro LLP", ConflictRole::Participant) == 1);
    BOOST_TEST(count("Tom Harbor", ConflictRole::Participant) == 1);
    BOOST_TEST(count("Dr. Kim Osei", ConflictRole::Mediator) == 1);
    // Named in the respondent's cover and as the adjuster's firm: once.
    BOOST_TEST(count("Harbor Mutual", ConflictRole::Insurer) == 1);
    BOOST_TEST(count("Harbor Mutual", ConflictRole::Participant) == 0);
    BOOST_TEST(conflicts::toString(ConflictRole::Insurer) == "insurer");
}

BOOST_AUTO_TEST_SUITE_END()
