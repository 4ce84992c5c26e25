// The practice side of a case (issue 7) through the store: the new records
// and case fields read back as stored, links to them protected, the fee
// split checked, exhibits kept with their bytes.
#include <boost/test/unit_test.hpp>

#include "domain/errors.h"
#include "practice_case.h"
#include "print_types.h"
#include "raw_database.h"
#include "store/audit_trail.h"
#include "store/case_repository.h"
#include "store/exhibit_contents.h"
#include "store/record_repository.h"
#include "store_fixture.h"

using namespace cg::store;
using namespace cg::domain;
using cg::testing::messageOf;
using cg::testing::practiceCase;
using cg::testing::StoreFixture;

namespace {

const std::string kRef = "CG-2026-0001";

std::size_t trailLength(Database& db) { return AuditTrail(db).forCase(kRef).size(); }

}  // namespace

BOOST_AUTO_TEST_SUITE(PracticeRecords)

BOOST_AUTO_TEST_CASE(aCaseWithItsPracticeSideIsReadBackAsStored) {
    StoreFixture store;
    const CaseRecord original = practiceCase();
    CaseRepository(*store.db).insert(original);
    store.reopen();
    const CaseRecord loaded = CaseRepository(*store.db).load(kRef);

    BOOST_TEST(loaded.head.fees.basis == FeeBasis::Hourly);
    BOOST_TEST(loaded.head.fees.hourlyRate == Money(30000, "EUR"));
    BOOST_TEST(loaded.head.fees.fixedFee == Money(0, "EUR"));
    BOOST_TEST_REQUIRE(loaded.head.fees.shares.size() == 2u);
    BOOST_TEST(loaded.head.fees.shares[0].partyNo == 1);
    BOOST_TEST(loaded.head.fees.shares[0].basisPoints == 6000);
    BOOST_TEST(loaded.head.fees.shares[1].basisPoints == 4000);
    BOOST_TEST(!loaded.head.outcome.has_value());

    BOOST_TEST(loaded.parties[0].agreementSignedOn.value().toString() == "2026-01-20");
    BOOST_TEST(!loaded.parties[1].agreementSignedOn.has_value());

    BOOST_TEST_REQUIRE(loaded.sessions.size() == 2u);
    BOOST_TEST(loaded.sessions[0].plannedMinutes.value() == 180);
    BOOST_TEST(loaded.sessions[0].location == original.sessions[0].location);
    BOOST_TEST(loaded.sessions[0].videoLink == "https://meet.example.org/bright-smile");
    BOOST_TEST(!loaded.sessions[1].plannedMinutes.has_value());
    BOOST_TEST(loaded.sessions[1].location.empty());

    BOOST_TEST_REQUIRE(loaded.participants.size() == 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        const Participant& a = original.participants[i];
        const Participant& b = loaded.participants[i];
        BOOST_TEST(b.no == a.no);
        BOOST_TEST(b.name == a.name);
        BOOST_TEST(b.organisation == a.organisation);
        BOOST_TEST(b.role == a.role);
        BOOST_TEST((b.partyNo == a.partyNo));
        BOOST_TEST(b.email == a.email);
    }

    BOOST_TEST_REQUIRE(loaded.exhibits.size() == 1u);
    const Exhibit& exhibit = loaded.exhibits[0];
    const Exhibit& attached = original.exhibits[0];
    BOOST_TEST(exhibit.title == attached.title);
    BOOST_TEST(exhibit.fileName == "sra-report.pdf");
    BOOST_TEST(exhibit.mediaType == "application/pdf");
    BOOST_TEST(exhibit.sizeBytes == attached.sizeBytes);
    BOOST_TEST(exhibit.sha256 == attached.sha256);
    BOOST_TEST(exhibit.attachedAt == attached.attachedAt);
    BOOST_TEST(exhibit.visibility == Visibility::PartyAndMediator);
    BOOST_TEST((exhibit.submittedByPartyNo == OptionalNo(1)));
    BOOST_TEST(exhibit.factNos == RecordNos{1});
    BOOST_TEST(exhibit.claimNos == RecordNos{1});
    BOOST_TEST(exhibit.description == attached.description);
    BOOST_TEST(!exhibit.content);  // records are loaded without their bytes

    BOOST_TEST_REQUIRE(loaded.timeEntries.size() == 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        const TimeEntry& a = original.timeEntries[i];
        const TimeEntry& b = loaded.timeEntries[i];
        BOOST_TEST(b.workedOn == a.workedOn);
        BOOST_TEST(b.minutes == a.minutes);
        BOOST_TEST(b.activity == a.activity);
        BOOST_TEST((b.sessionNo == a.sessionNo));
        BOOST_TEST(b.mediator == a.mediator);
        BOOST_TEST(b.billable == a.billable);
        BOOST_TEST(b.description == a.description);
    }
    BOOST_TEST_REQUIRE(loaded.expenses.size() == 2u);
    BOOST_TEST(loaded.expenses[0].amount == Money(25000, "EUR"));
    BOOST_TEST(!loaded.expenses[0].chargedToPartyNo.has_value());
    BOOST_TEST((loaded.expenses[1].chargedToPartyNo == OptionalNo(2)));
    BOOST_TEST(loaded.expenses[1].description == "Travel of the respondent's expert");
    BOOST_TEST(loaded.expenses[1].incurredOn == Date(2026, 2, 10));
    BOOST_TEST_REQUIRE(loaded.payments.size() == 1u);
    BOOST_TEST(loaded.payments[0].partyNo == 1);
    BOOST_TEST(loaded.payments[0].receivedOn == Date(2026, 2, 20));
    BOOST_TEST(loaded.payments[0].amount == Money(100000, "EUR"));
    BOOST_TEST(loaded.payments[0].reference == "INV-1 / BSD");

    const auto trail = AuditTrail(*store.db).forCase(kRef);
    BOOST_TEST_REQUIRE(trail.size() == 1u);
    BOOST_TEST(trail[0].change ==
               "Bright Smile Dental v. Nimbus MSP with 2 parties, 1 fact, 1 claim, 2 sessions, 3 "
               "participants, 1 exhibit, 2 time entries, 2 expenses, 1 payment");
    BOOST_TEST(store.db->check().empty());
}

BOOST_AUTO_TEST_CASE(theNewRecordsAreAddedChangedAndRemovedWithAnAuditedDiff) {
    StoreFixture store;
    CaseRepository(*store.db).insert(practiceCase());

    TimeEntryRepository time(*store.db);
    TimeEntry entry = time.get(kRef, 1);
    entry.minutes = 150;
    entry.billable = false;
    time.update(kRef, entry);
    BOOST_TEST(time.get(kRef, 1).minutes == 150);
    BOOST_TEST(AuditTrail(*store.db).forCase(kRef).back().change ==
               "minutes: 180 → 150; billable: yes → no");

    ParticipantRepository participants(*store.db);
    Participant expert{0,
                       "Dr. Lena Voss",
                       "Voss Forensics",
                       ParticipantRole::Expert,
                       std::nullopt,
                       "lv@voss.example"};
    BOOST_TEST(participants.add(kRef, expert) == 4);
    BOOST_TEST(participants.get(kRef, 4).organisation == "Voss Forensics");
    BOOST_TEST(AuditTrail(*store.db).forCase(kRef).back().change == "Dr. Lena Voss (expert)");
    participants.remove(kRef, 4);
    BOOST_TEST(participants.list(kRef).size() == 3u);

    ExpenseRepository expenses(*store.db);
    Expense expense = expenses.get(kRef, 2);
    expense.chargedToPartyNo = std::nullopt;
    expense.amount = Money(9050, "EUR");
    expenses.update(kRef, expense);
    BOOST_TEST(AuditTrail(*store.db).forCase(kRef).back().change ==
               "amount: EUR 80.00 → EUR 90.50; charged to: 2 → (none)");

    PaymentRepository payments(*store.db);
    const RecordNo second =
        payments.add(kRef, Payment{0, 2, Date(2026, 3, 1), Money(40000, "EUR"), ""});
    BOOST_TEST(second == 2);
    BOOST_TEST(AuditTrail(*store.db).forCase(kRef).back().change ==
               "EUR 400.00 from party 2 on 2026-03-01");

    SessionRepository sessions(*store.db);
    MediationSession joint = sessions.get(kRef, 1);
    joint.plannedMinutes = 240;
    joint.location = "Room 5";
    sessions.update(kRef, joint);
    BOOST_TEST(sessions.get(kRef, 1).plannedMinutes.value() == 240);
    BOOST_TEST(AuditTrail(*store.db).forCase(kRef).back().change ==
               "planned minutes: 180 → 240; location: Room 4, Arbitration Centre, 12 Main St → "
               "Room 5");

    PartyRepository parties(*store.db);
    Party respondent = parties.get(kRef, 2);
    respondent.agreementSignedOn = Date(2026, 1, 22);
    parties.update(kRef, respondent);
    BOOST_TEST(parties.get(kRef, 2).agreementSignedOn.value() == Date(2026, 1, 22));
    BOOST_TEST(AuditTrail(*store.db).forCase(kRef).back().change ==
               "agreement to mediate signed on: (none) → 2026-01-22");
}

BOOST_AUTO_TEST_CASE(aRecordNamedByTheNewRecordsIsNotDeletedAndTheRefusalNamesThem) {
    StoreFixture store;
    CaseRepository(*store.db).insert(practiceCase());
    const std::size_t trailBefore = trailLength(*store.db);

    PartyRepository parties(*store.db);
    BOOST_TEST(messageOf<ValidationError>([&] { parties.remove(kRef, 1); }) ==
               "party 1 cannot be deleted: claim 1, exhibit 1, participant 1, payment 1, session "
               "2 and the case's fee split refer to it");
    BOOST_TEST(messageOf<ValidationError>([&] { parties.remove(kRef, 2); }) ==
               "party 2 cannot be deleted: claim 1, expense 2, participant 2 and the case's fee "
               "split refer to it");
    BOOST_TEST(messageOf<ValidationError>([&] { SessionRepository(*store.db).remove(kRef, 1); }) ==
               "session 1 cannot be deleted: time entry 1 refers to it");
    BOOST_TEST(messageOf<ValidationError>([&] { FactRepository(*store.db).remove(kRef, 1); }) ==
               "fact 1 cannot be deleted: claim 1 and exhibit 1 refer to it");
    BOOST_TEST(messageOf<ValidationError>([&] { ClaimRepository(*store.db).remove(kRef, 1); }) ==
               "claim 1 cannot be deleted: exhibit 1 refers to it");

    const CaseRecord kept = CaseRepository(*store.db).load(kRef);
    BOOST_TEST(kept.parties.size() == 2u);
    BOOST_TEST(kept.sessions.size() == 2u);
    BOOST_TEST(kept.facts.size() == 1u);
    BOOST_TEST(kept.claims.size() == 1u);
    BOOST_TEST(trailLength(*store.db) == trailBefore);

    // Once nothing names it, the session goes.
    TimeEntryRepository(*store.db).remove(kRef, 1);
    SessionRepository(*store.db).remove(kRef, 1);
    BOOST_TEST(SessionRepository(*store.db).list(kRef).size() == 1u);
}

BOOST_AUTO_TEST_CASE(aNewRecordLinkingToWhatTheCaseDoesNotHaveIsRefusedAndNothingStored) {
    StoreFixture store;
    CaseRepository(*store.db).insert(practiceCase());
    const std::size_t trailBefore = trailLength(*store.db);

    BOOST_TEST(messageOf<ValidationError>([&] {
                   PaymentRepository(*store.db).add(
                       kRef, Payment{0, 9, Date(2026, 3, 1), Money(100, "EUR"), ""});
               }) == "payment 2: refers to party 9, which is not in this case");
    TimeEntry entry{0, Date(2026, 3, 1), 30, TimeActivity::Session, 7, "", true, ""};
    BOOST_TEST(messageOf<ValidationError>([&] {
                   TimeEntryRepository(*store.db).add(kRef, entry);
               }) == "time entry 3: refers to session 7, which is not in this case");
    Exhibit exhibit = cg::testing::sraReport();
    exhibit.no = 0;
    exhibit.claimNos = {4};
    BOOST_TEST(messageOf<ValidationError>([&] {
                   ExhibitRepository(*store.db).add(kRef, exhibit);
               }) == "exhibit 2: refers to claim 4, which is not in this case");

    const CaseRecord kept = CaseRepository(*store.db).load(kRef);
    BOOST_TEST(kept.payments.size() == 1u);
    BOOST_TEST(kept.timeEntries.size() == 2u);
    BOOST_TEST(kept.exhibits.size() == 1u);
    BOOST_TEST(store.bypass()->number("SELECT COUNT(*) FROM exhibit_contents") == 1);
    BOOST_TEST(trailLength(*store.db) == trailBefore);
}

BOOST_AUTO_TEST_CASE(theOutcomeAndTheFeeArrangementAreSavedWithTheCaseAndAudited) {
    StoreFixture store;
    CaseRepository cases(*store.db);
    cases.insert(practiceCase());
    Case head = cases.loadHead(kRef);
    head.closedOn = Date(2026, 3, 31);
    head.outcome = CaseOutcome::SettledInFull;
    head.fees.basis = FeeBasis::Fixed;
    head.fees.fixedFee = Money(450000, "EUR");
    head.fees.shares = {{1, 5000}, {2, 5000}};
    cases.updateHead(head);
    store.reopen();

    const Case stored = CaseRepository(*store.db).loadHead(kRef);
    BOOST_TEST(stored.outcome == std::optional<CaseOutcome>(CaseOutcome::SettledInFull));
    BOOST_TEST(stored.fees.basis == FeeBasis::Fixed);
    BOOST_TEST(stored.fees.fixedFee == Money(450000, "EUR"));
    BOOST_TEST(stored.fees.hourlyRate == Money(30000, "EUR"));
    BOOST_TEST_REQUIRE(stored.fees.shares.size() == 2u);
    BOOST_TEST(stored.fees.shares[1].basisPoints == 5000);
    BOOST_TEST(AuditTrail(*store.db).forCase(kRef).back().change ==
               "closed on: (none) → 2026-03-31; outcome: (none) → settled-in-full; fee basis: "
               "hourly → fixed; fixed fee: EUR 0.00 → EUR 4,500.00; fee split: party 1 60 %, party "
               "2 40 % → party 1 50 %, party 2 50 %");

    // No split: equal between the sides again.
    Case equal = stored;
    equal.fees.shares.clear();
    CaseRepository(*store.db).updateHead(equal);
    BOOST_TEST(CaseRepository(*store.db).loadHead(kRef).fees.shares.empty());
    BOOST_TEST(AuditTrail(*store.db).forCase(kRef).back().change ==
               "fee split: party 1 50 %, party 2 50 % → equal between the sides");
}

BOOST_AUTO_TEST_CASE(aFeeSplitThatIsNotWholeOrNamesNoPartyOfTheCaseIsRefusedAndNothingStored) {
    StoreFixture store;
    CaseRepository cases(*store.db);
    cases.insert(practiceCase());
    const std::size_t trailBefore = trailLength(*store.db);

    Case head = cases.loadHead(kRef);
    head.title = "Renamed";
    head.fees.shares = {{1, 6000}, {2, 3000}};
    BOOST_TEST(messageOf<ValidationError>([&] { cases.updateHead(head); }) ==
               "the fee split adds up to 90 %, not 100 %");
    head.fees.shares = {{1, 6000}, {9, 4000}};
    BOOST_TEST(messageOf<ValidationError>([&] { cases.updateHead(head); }) ==
               "fee split: party 9 is not in this case");
    head.fees.shares = {{1, 10000}};
    head.fees.hourlyRate = Money(30000, "USD");
    BOOST_TEST(messageOf<ValidationError>([&] { cases.updateHead(head); }) ==
               "the hourly rate is in USD but case CG-2026-0001 is kept in EUR");

    const Case kept = cases.loadHead(kRef);
    BOOST_TEST(kept.title == "Bright Smile Dental v. Nimbus MSP");
    BOOST_TEST_REQUIRE(kept.fees.shares.size() == 2u);
    BOOST_TEST(kept.fees.shares[0].basisPoints == 6000);
    BOOST_TEST(kept.fees.shares[1].basisPoints == 4000);
    BOOST_TEST(kept.fees.hourlyRate == Money(30000, "EUR"));
    BOOST_TEST(kept.fees.basis == FeeBasis::Hourly);
    BOOST_TEST(trailLength(*store.db) == trailBefore);

    CaseRecord imported = practiceCase("CG-2026-0002");
    imported.head.fees.shares = {{1, 3333}, {2, 3333}};
    BOOST_TEST(messageOf<ValidationError>([&] { cases.insert(imported); }) ==
               "the fee split adds up to 66.66 %, not 100 %");
    BOOST_TEST(!cases.exists("CG-2026-0002"));

    Case fresh = imported.head;
    fresh.fees.shares = {{1, 10000}};
    BOOST_TEST(messageOf<ValidationError>([&] { cases.create(fresh); }) ==
               "fee split: party 1 is not in this case");
    BOOST_TEST(!cases.exists("CG-2026-0002"));
}

BOOST_AUTO_TEST_SUITE_END()
