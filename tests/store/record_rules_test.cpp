// What the record repositories refuse, and what the refusal says.
#include <boost/test/unit_test.hpp>

#include "store/audit_trail.h"
#include "store/case_repository.h"
#include "store/record_repository.h"
#include "store_fixture.h"
#include "support/case_builder.h"
#include "support/full_case.h"

using namespace cg::store;
using namespace cg::domain;
using cg::testing::CaseBuilder;
using cg::testing::messageOf;
using cg::testing::StoreFixture;

namespace {

const std::string kRef = "CG-2026-0001";

// Party 2 is named by claim 1, interest 4 and offer 2, and by nothing else.
CaseRecord caseWhereParty2IsLinked() {
    CaseBuilder b(kRef);
    b.withParty("Zahnarztpraxis Müller")
        .withParty("Kessler IT", PartyRole::Respondent)
        .withParty("Allianz", PartyRole::Insurer);
    b.withInterest(1, "Keep the practice open")
        .withInterest(1, "Recover costs")
        .withInterest(3, "Limit payout");
    b.withInterest(2, "Keep the customer");
    b.withFact("Ransomware encrypted the server", Date(2026, 1, 3));
    b.withClaim(1, 2, "failed to encrypt the file server");
    b.record().claims[0].factNos = {1};
    Offer first;
    first.no = 1;
    first.fromPartyNo = 1;
    first.toPartyNo = 3;
    first.terms = "Pay the deductible";
    Offer second = first;
    second.no = 2;
    second.fromPartyNo = 2;
    second.toPartyNo = 1;
    b.record().offers = {first, second};
    return b.build();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(RecordRepositoryRules)

BOOST_AUTO_TEST_CASE(aNewRecordTakesTheNextFreeNumber) {
    StoreFixture store;
    CaseRepository(*store.db).create(CaseBuilder(kRef).build().head);
    PartyRepository parties(*store.db);
    Party party;
    party.name = "Zahnarztpraxis Müller";
    BOOST_TEST(parties.add(kRef, party) == 1);
    BOOST_TEST(parties.add(kRef, party) == 2);
    party.no = 7;
    BOOST_TEST(parties.add(kRef, party) == 7);
    party.no = 0;
    BOOST_TEST(parties.add(kRef, party) == 8);

    InterestRepository interests(*store.db);
    Interest interest;
    interest.partyNo = 7;
    interest.description = "Keep the practice open";
    BOOST_TEST(interests.add(kRef, interest) == 1);
}

BOOST_AUTO_TEST_CASE(aTakenNumberIsAConflict) {
    StoreFixture store;
    CaseRepository(*store.db).insert(caseWhereParty2IsLinked());
    Party party;
    party.no = 2;
    party.name = "Someone else";
    BOOST_TEST(messageOf<ConflictError>([&] { PartyRepository(*store.db).add(kRef, party); }) ==
               "case CG-2026-0001 already has party 2");
    BOOST_TEST(PartyRepository(*store.db).get(kRef, 2).name == "Kessler IT");
}

BOOST_AUTO_TEST_CASE(aRecordOthersLinkToCannotBeRemovedAndTheMessageNamesThem) {
    StoreFixture store;
    CaseRepository(*store.db).insert(caseWhereParty2IsLinked());
    PartyRepository parties(*store.db);
    BOOST_TEST(messageOf<ValidationError>([&] { parties.remove(kRef, 2); }) ==
               "party 2 cannot be deleted: claim 1, interest 4 and offer 2 refer to it");
    BOOST_TEST(messageOf<ValidationError>([&] { FactRepository(*store.db).remove(kRef, 1); }) ==
               "fact 1 cannot be deleted: claim 1 refers to it");
    BOOST_TEST(parties.list(kRef).size() == 3u);
}

BOOST_AUTO_TEST_CASE(removingARecordRemovesItsOwnLinksSoTheirTargetsCanGo) {
    StoreFixture store;
    CaseRepository(*store.db).insert(caseWhereParty2IsLinked());
    ClaimRepository(*store.db).remove(kRef, 1);
    FactRepository(*store.db).remove(kRef, 1);
    BOOST_TEST(FactRepository(*store.db).list(kRef).empty());
    BOOST_TEST(store.db->check().empty());
}

BOOST_AUTO_TEST_CASE(aLinkToARecordOfAnotherCaseIsRefused) {
    StoreFixture store;
    CaseRepository cases(*store.db);
    cases.insert(caseWhereParty2IsLinked());
    cases.insert(CaseBuilder("CG-2026-0002").withParty("Bäckerei Schmidt").build());
    Interest interest;
    interest.partyNo = 2;  // party 2 exists, but in CG-2026-0001
    interest.description = "Stay in business";
    BOOST_TEST(messageOf<ValidationError>([&] {
                   InterestRepository(*store.db).add("CG-2026-0002", interest);
               }) == "interest 1: refers to party 2, which is not in this case");
    BOOST_TEST(InterestRepository(*store.db).list("CG-2026-0002").empty());
}

BOOST_AUTO_TEST_CASE(evenBypassingTheStoreALinkCannotPointIntoAnotherCase) {
    StoreFixture store;
    CaseRepository cases(*store.db);
    cases.insert(caseWhereParty2IsLinked());
    cases.insert(CaseBuilder("CG-2026-0002").withParty("Bäckerei Schmidt").build());
    store.db.reset();
    const auto raw = store.bypass();
    raw->enforceForeignKeys();
    BOOST_CHECK_EXCEPTION(raw->exec("INSERT INTO interests (case_id, no, party_no, category, "
                                    "priority, visibility, description) VALUES (2, 1, 2, "
                                    "'financial', 3, 'everyone', 'Stay in business')"),
                          std::runtime_error, [](const std::runtime_error& e) {
                              return std::string(e.what()).find(cg::testing::foreignKeyRefusal()) !=
                                     std::string::npos;
                          });
}

BOOST_AUTO_TEST_CASE(aRecordThatBreaksARuleIsNotStored) {
    StoreFixture store;
    CaseRepository(*store.db).insert(caseWhereParty2IsLinked());
    Interest interest;
    interest.partyNo = 1;
    interest.priority = 9;
    interest.description = "Everything";
    BOOST_TEST(messageOf<ValidationError>([&] {
                   InterestRepository(*store.db).add(kRef, interest);
               }) == "interest 5: priority 9 is outside 1 (highest) to 5 (lowest)");
    BOOST_TEST(InterestRepository(*store.db).list(kRef).size() == 4u);
    BOOST_TEST(AuditTrail(*store.db).forCase(kRef).size() == 1u);
}

BOOST_AUTO_TEST_CASE(anUnknownCaseOrNumberIsNamed) {
    StoreFixture store;
    CaseRepository(*store.db).insert(caseWhereParty2IsLinked());
    PartyRepository parties(*store.db);
    BOOST_TEST(messageOf<NotFound>([&] { parties.list("CG-2026-0009"); }) ==
               "case CG-2026-0009 does not exist");
    Party party;
    party.name = "Nobody";
    BOOST_TEST(messageOf<NotFound>([&] { parties.add("CG-2026-0009", party); }) ==
               "case CG-2026-0009 does not exist");
    BOOST_TEST(messageOf<NotFound>([&] { parties.get(kRef, 7); }) ==
               "case CG-2026-0001 has no party 7");
    party.no = 7;
    BOOST_TEST(messageOf<NotFound>([&] { parties.update(kRef, party); }) ==
               "case CG-2026-0001 has no party 7");
    BOOST_TEST(messageOf<NotFound>([&] { parties.remove(kRef, 7); }) ==
               "case CG-2026-0001 has no party 7");
    BOOST_TEST(messageOf<NotFound>([&] { OfferRepository(*store.db).get(kRef, 3); }) ==
               "case CG-2026-0001 has no offer 3");
}

BOOST_AUTO_TEST_CASE(anOfferMayAnswerOneNumberedAfterIt) {
    StoreFixture store;
    CaseRecord record = caseWhereParty2IsLinked();
    record.offers[0].respondsToOfferNo = 2;
    CaseRepository(*store.db).insert(record);
    BOOST_TEST((OfferRepository(*store.db).get(kRef, 1).respondsToOfferNo == OptionalNo(2)));
    BOOST_TEST(messageOf<ValidationError>([&] { OfferRepository(*store.db).remove(kRef, 2); }) ==
               "offer 2 cannot be deleted: offer 1 refers to it");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(SessionNotes)

BOOST_AUTO_TEST_CASE(aNoteIsAppendedWithTheNextNumberAndItsTextStaysOutOfTheTrail) {
    StoreFixture store;
    CaseRepository(*store.db).insert(cg::testing::fullCase(kRef));
    SessionNote note;
    note.writtenAt = Instant::parse("2026-02-10T17:20:00Z");
    note.visibility = Visibility::PartyAndMediator;
    note.text = "Would accept 75k if paid this quarter";
    BOOST_TEST(addSessionNote(*store.db, kRef, 2, note) == 3);

    store.reopen();
    const auto notes = SessionRepository(*store.db).get(kRef, 2).notes;
    BOOST_TEST_REQUIRE(notes.size() == 3u);
    BOOST_TEST(notes[2].no == 3);
    BOOST_TEST(notes[2].text == "Would accept 75k if paid this quarter");
    BOOST_TEST((notes[2].visibility == Visibility::PartyAndMediator));

    const auto trail = AuditTrail(*store.db).forCase(kRef);
    BOOST_TEST_REQUIRE(trail.size() == 2u);
    BOOST_TEST(trail[1].recordKind == "note");
    BOOST_TEST(trail[1].recordNo == 3);
    BOOST_TEST(trail[1].change == "note 3 added to session 2 (party-and-mediator)");
}

BOOST_AUTO_TEST_CASE(aNoteForAnUnknownSessionOrWithATakenNumberIsRefused) {
    StoreFixture store;
    CaseRepository(*store.db).insert(cg::testing::fullCase(kRef));
    SessionNote note;
    note.text = "Lost note";
    BOOST_TEST(messageOf<NotFound>([&] { addSessionNote(*store.db, kRef, 9, note); }) ==
               "case CG-2026-0001 has no session 9");
    note.no = 1;
    BOOST_TEST(messageOf<ConflictError>([&] { addSessionNote(*store.db, kRef, 2, note); }) ==
               "session 2 of case CG-2026-0001 already has note 1");
    BOOST_TEST(SessionRepository(*store.db).get(kRef, 2).notes.size() == 2u);
}

BOOST_AUTO_TEST_CASE(instalmentsThatDoNotAddUpAreRefusedAndNothingIsStored) {
    StoreFixture store;
    CaseBuilder b(kRef);
    b.withParty("Zahnarztpraxis Müller").withParty("Kessler IT", PartyRole::Respondent);
    CaseRepository(*store.db).insert(b.build());
    b.withPayment(2, 1, Money(45'000'00, "USD"))
        .withInstalment(Date(2026, 4, 30), Money(20'000'00, "USD"))
        .withInstalment(Date(2026, 5, 31), Money(20'000'00, "USD"));
    OptionRepository options(*store.db);
    BOOST_TEST(messageOf<ValidationError>([&] { options.add(kRef, b.record().options[0]); }) ==
               "option 1: instalments add up to USD 40,000.00, not the term's USD 45,000.00");
    BOOST_TEST(options.list(kRef).empty());
    BOOST_TEST(AuditTrail(*store.db).forCase(kRef).size() == 1u);  // the import only
}

// A snapshot records what a term said; it does not hold on to the parties it
// named, or an old version of a draft would keep a party forever.
BOOST_AUTO_TEST_CASE(aPartyNamedOnlyInADraftSnapshotCanBeRemoved) {
    StoreFixture store;
    CaseBuilder b(kRef);
    b.withParty("Zahnarztpraxis Müller")
        .withParty("Kessler IT", PartyRole::Respondent)
        .withParty("Allianz", PartyRole::Insurer);
    b.withPayment(3, 1, Money(10'000'00, "EUR")).withDraftOfAllOptions();
    b.record().options[0].payerNo = 2;  // the insurer no longer pays; the snapshot says it did
    CaseRepository(*store.db).insert(b.build());

    PartyRepository(*store.db).remove(kRef, 3);
    const auto draft = DraftRepository(*store.db).get(kRef, 1);
    BOOST_TEST_REQUIRE(draft.termSnapshot.size() == 1u);
    BOOST_TEST(*draft.termSnapshot[0].payerNo == 3);
    BOOST_TEST(store.db->check().empty());
}

BOOST_AUTO_TEST_SUITE_END()
