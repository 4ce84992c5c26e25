#include "store/case_repository.h"

#include <boost/test/unit_test.hpp>

#include "cli/synthetic_case.h"
#include "domain/errors.h"
#include "store/audit_trail.h"
#include "store_fixture.h"
#include "support/case_builder.h"
#include "support/case_differences.h"
#include "support/full_case.h"

using namespace cg::store;
using namespace cg::domain;
using cg::testing::CaseBuilder;
using cg::testing::messageOf;
using cg::testing::StoreFixture;

namespace {

Case headOf(const std::string& reference, const std::string& title = "Test case") {
    return CaseBuilder(reference, title).build().head;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(CaseRepositoryRoundTrip)

BOOST_AUTO_TEST_CASE(everyFieldOfEveryRecordSurvivesClosingAndReopening) {
    StoreFixture store;
    const CaseRecord original = cg::testing::fullCase();
    CaseRepository(*store.db).insert(original);
    store.reopen();
    const CaseRecord loaded = CaseRepository(*store.db).load(original.head.reference);
    const auto differences = cg::testing::caseDifferences(original, loaded);
    BOOST_TEST(differences.empty());
    for (const auto& difference : differences) BOOST_TEST_MESSAGE(difference);
}

BOOST_AUTO_TEST_CASE(aCaseWithOnlyItsHeadComesBackEmpty) {
    StoreFixture store;
    CaseRepository cases(*store.db);
    Case head = headOf("CG-2026-0002");
    cases.create(head);
    store.reopen();
    const CaseRecord loaded = CaseRepository(*store.db).load("CG-2026-0002");
    CaseRecord expected;
    expected.head = head;
    BOOST_TEST(cg::testing::caseDifferences(expected, loaded).empty());
    BOOST_TEST(CaseRepository(*store.db).loadHead("CG-2026-0002").title == "Test case");
}

BOOST_AUTO_TEST_CASE(aLargeCaseComesBackWhole) {
    StoreFixture store;
    const CaseRecord original = cg::cli::makeSyntheticCase({}, "CG-2026-0100");
    CaseRepository(*store.db).insert(original);
    const CaseRecord loaded = CaseRepository(*store.db).load(original.head.reference);
    BOOST_TEST(cg::testing::caseDifferences(original, loaded).empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(CaseRepositoryChanges)

BOOST_AUTO_TEST_CASE(listShowsEveryCaseByReferenceWithItsPartyCount) {
    StoreFixture store;
    CaseRepository cases(*store.db);
    cases.insert(cg::testing::fullCase("CG-2026-0003"));
    cases.create(headOf("CG-2026-0001", "Bakery v. POS vendor"));
    const auto list = cases.list();
    BOOST_TEST_REQUIRE(list.size() == 2u);
    BOOST_TEST(list[0].reference == "CG-2026-0001");
    BOOST_TEST(list[0].title == "Bakery v. POS vendor");
    BOOST_TEST(list[0].partyCount == 0);
    BOOST_TEST(list[0].mediator == "Dr. Ingrid Størseth");
    BOOST_TEST((list[0].openedOn == Date(2026, 1, 15)));
    BOOST_TEST(list[1].reference == "CG-2026-0003");
    BOOST_TEST(list[1].partyCount == 3);
    BOOST_TEST((list[1].status == CaseStatus::Active));
}

BOOST_AUTO_TEST_CASE(aTakenReferenceIsAConflict) {
    StoreFixture store;
    CaseRepository cases(*store.db);
    cases.create(headOf("CG-2026-0001"));
    const std::string expected =
        "case CG-2026-0001 already exists; choose another reference or delete the existing case "
        "first";
    BOOST_TEST(messageOf<ConflictError>([&] { cases.create(headOf("CG-2026-0001")); }) == expected);
    BOOST_TEST(messageOf<ConflictError>(
                   [&] { cases.insert(cg::testing::fullCase("CG-2026-0001")); }) == expected);
    BOOST_TEST(cases.load("CG-2026-0001").parties.empty());
}

BOOST_AUTO_TEST_CASE(anImportThatBreaksARuleStoresNothing) {
    StoreFixture store;
    CaseRepository cases(*store.db);
    CaseRecord record = cg::testing::fullCase();
    record.claims[1].accuserNo = record.claims[1].accusedNo;  // a claim against oneself
    BOOST_TEST(messageOf<ValidationError>([&] { cases.insert(record); }) ==
               "claim 2: accuser and accused are the same party (1)");
    BOOST_TEST(cases.list().empty());
    BOOST_TEST(AuditTrail(*store.db).forCase("CG-2026-0001").empty());
}

BOOST_AUTO_TEST_CASE(anUnknownCaseIsNamedInTheMessage) {
    StoreFixture store;
    CaseRepository cases(*store.db);
    BOOST_TEST(!cases.exists("CG-2026-0009"));
    BOOST_TEST(messageOf<NotFound>([&] { cases.load("CG-2026-0009"); }) ==
               "case CG-2026-0009 does not exist");
    BOOST_TEST(messageOf<NotFound>([&] { cases.updateHead(headOf("CG-2026-0009")); }) ==
               "case CG-2026-0009 does not exist");
    BOOST_TEST(messageOf<NotFound>([&] { cases.remove("CG-2026-0009"); }) ==
               "case CG-2026-0009 does not exist");
}

BOOST_AUTO_TEST_CASE(changingTheHeadRecordsEachChangedField) {
    StoreFixture store;
    CaseRepository cases(*store.db);
    Case head = headOf("CG-2026-0001", "Praxis v. MSP");
    cases.create(head);
    head.title = "Zahnarztpraxis Müller v. Kessler IT";
    head.status = CaseStatus::Active;
    cases.updateHead(head);
    cases.updateHead(head);  // nothing changed: nothing to record

    BOOST_TEST(cases.loadHead("CG-2026-0001").title == "Zahnarztpraxis Müller v. Kessler IT");
    const auto trail = AuditTrail(*store.db).forCase("CG-2026-0001");
    BOOST_TEST_REQUIRE(trail.size() == 2u);
    BOOST_TEST(trail[0].action == "create");
    BOOST_TEST(trail[0].change == "Praxis v. MSP");
    BOOST_TEST(trail[1].action == "update");
    BOOST_TEST(trail[1].recordKind == "case");
    BOOST_TEST(
        trail[1].change ==
        "title: Praxis v. MSP → Zahnarztpraxis Müller v. Kessler IT; status: intake → active");
}

BOOST_AUTO_TEST_CASE(anInvalidHeadIsRefusedBeforeAnythingIsStored) {
    StoreFixture store;
    CaseRepository cases(*store.db);
    Case head = headOf("CG-2026-0001");
    head.title = " ";
    BOOST_TEST(messageOf<ValidationError>([&] { cases.create(head); }) ==
               "case CG-2026-0001: title is required");
    BOOST_TEST(!cases.exists("CG-2026-0001"));
}

BOOST_AUTO_TEST_CASE(removingACaseDeletesEveryRecordButKeepsTheTrail) {
    StoreFixture store;
    CaseRepository cases(*store.db);
    cases.insert(cg::testing::fullCase("CG-2026-0001"));
    cases.insert(cg::testing::fullCase("CG-2026-0002"));
    cases.remove("CG-2026-0001");

    BOOST_TEST(!cases.exists("CG-2026-0001"));
    BOOST_TEST(cg::testing::caseDifferences(cg::testing::fullCase("CG-2026-0002"),
                                            cases.load("CG-2026-0002"))
                   .empty());
    const auto trail = AuditTrail(*store.db).forCase("CG-2026-0001");
    BOOST_TEST_REQUIRE(trail.size() == 2u);
    BOOST_TEST(trail[0].action == "import");
    BOOST_TEST(trail[1].action == "delete");
    BOOST_TEST(trail[1].change ==
               "Zahnarztpraxis Müller v. Kessler IT Services with 3 parties, 3 interests, 3 "
               "clauses, 2 facts, 2 claims, 2 options, 2 sessions, 2 offers, 2 losses, 2 drafts, 2 "
               "alternatives, 2 bottom lines");

    store.db.reset();
    const auto raw = store.bypass();
    for (const char* table : {"parties",
                              "party_covers",
                              "interests",
                              "contract_clauses",
                              "clause_controls",
                              "clause_carve_outs",
                              "breach_facts",
                              "fact_data_types",
                              "blame_claims",
                              "claim_facts",
                              "claim_clauses",
                              "claim_interests",
                              "settlement_options",
                              "option_interests",
                              "option_instalments",
                              "mediation_sessions",
                              "session_participants",
                              "session_notes",
                              "offers",
                              "loss_items",
                              "agreement_drafts",
                              "draft_terms",
                              "draft_term_snapshots",
                              "draft_term_instalments",
                              "draft_term_interests"})
        BOOST_TEST(
            raw->number(std::string("SELECT COUNT(*) FROM ") + table + " WHERE case_id = 1") == 0,
            table);
}

BOOST_AUTO_TEST_CASE(theNextReferenceCountsWithinPrefixAndYear) {
    StoreFixture store;
    CaseRepository cases(*store.db);
    for (const char* reference : {"CG-2026-0001", "CG-2026-0007", "CG-2025-0031", "ACME-2026-0002"})
        cases.create(headOf(reference));
    BOOST_TEST(cases.nextReference("CG", 2026) == "CG-2026-0008");
    BOOST_TEST(cases.nextReference("CG", 2027) == "CG-2027-0001");
    BOOST_TEST(cases.nextReference("ACME", 2026) == "ACME-2026-0003");
    BOOST_TEST(messageOf<ValidationError>([&] { cases.nextReference("cg", 2026); }) ==
               "case reference prefix 'cg' must be 1 to 8 capital letters or digits, starting "
               "with a letter");
}

BOOST_AUTO_TEST_SUITE_END()
