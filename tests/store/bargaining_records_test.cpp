// A party's alternatives (BATNA, WATNA) and confidential bottom lines
// through the store (schema version 7): kept, changed and deleted with an
// audit entry each, refused with a message and nothing stored when they
// break a rule, protecting the party and caucus they name, held to their
// rules by the schema itself, and added to a version-6 database without
// touching its cases. Runs on SQLite and on PostgreSQL.
#include <boost/test/unit_test.hpp>

#include "domain/errors.h"
#include "print_types.h"
#include "raw_database.h"
#include "store/audit_trail.h"
#include "store/case_repository.h"
#include "store/record_repository.h"
#include "store/schema_migrations.h"
#include "store_fixture.h"
#include "support/case_builder.h"

using namespace cg::store;
using namespace cg::domain;
using cg::testing::messageOf;
using cg::testing::StoreFixture;

namespace {

const std::string kRef = "CG-2026-0001";

// Two parties and a caucus with the respondent (session 1).
CaseRecord negotiation() {
    cg::testing::CaseBuilder b(kRef, "Bright Smile Dental v. Nimbus MSP");
    b.withParty("Bright Smile Dental").withParty("Nimbus MSP", PartyRole::Respondent);
    MediationSession caucus;
    caucus.no = 1;
    caucus.kind = SessionKind::Caucus;
    caucus.caucusPartyNo = 2;
    caucus.startedAt = Instant::parse("2026-02-10T17:00:00Z");
    b.record().sessions.push_back(caucus);
    return b.build();
}

Alternative batna(int likelihood = 60) {
    return {0, 1, AlternativeKind::Batna, "Sue Nimbus in state court", Money(90'000'00, "USD"), likelihood,
            Visibility::PartyAndMediator};
}

BottomLine paysAtMost(OptionalNo sessionNo = 1, RecordNo partyNo = 2) {
    return {0, partyNo, BottomLineStance::PaysAtMost, Money(75'000'00, "USD"), sessionNo, Date(2026, 2, 10),
            "if paid in 30 days"};
}

std::size_t trailLength(Database& db) { return AuditTrail(db).forCase(kRef).size(); }

}  // namespace

BOOST_AUTO_TEST_SUITE(BargainingRecords)

BOOST_AUTO_TEST_CASE(anAlternativeIsKeptChangedAndDeletedWithAnAuditEntryEach) {
    StoreFixture store;
    CaseRepository(*store.db).insert(negotiation());
    AlternativeRepository alternatives(*store.db);
    BOOST_TEST(alternatives.add(kRef, batna()) == 1);
    Alternative watna{0, 1, AlternativeKind::Watna, "Counter-claim succeeds", std::nullopt, 20,
                      Visibility::MediatorOnly};
    BOOST_TEST(alternatives.add(kRef, watna) == 2);
    store.reopen();

    AlternativeRepository reopened(*store.db);
    const auto stored = reopened.list(kRef);
    BOOST_TEST_REQUIRE(stored.size() == 2u);
    BOOST_TEST(stored[0].description == "Sue Nimbus in state court");
    BOOST_TEST(stored[0].value.value() == Money(90'000'00, "USD"));
    BOOST_TEST(stored[0].likelihoodPercent == 60);
    BOOST_TEST(stored[1].kind == AlternativeKind::Watna);
    BOOST_TEST(!stored[1].value.has_value());
    BOOST_TEST(stored[1].visibility == Visibility::MediatorOnly);
    BOOST_TEST(AuditTrail(*store.db).forCase(kRef).back().change ==
               "party 1, watna: Counter-claim succeeds, 20 % likely");

    Alternative changed = stored[0];
    changed.likelihoodPercent = 45;
    changed.value = Money(80'000'00, "USD");
    reopened.update(kRef, changed);
    BOOST_TEST(AuditTrail(*store.db).forCase(kRef).back().change ==
               "value: USD 90,000.00 → USD 80,000.00; likelihood: 60 % → 45 %");
    reopened.remove(kRef, 2);
    BOOST_TEST(reopened.list(kRef).size() == 1u);
    BOOST_TEST(AuditTrail(*store.db).forCase(kRef).back().action == "delete");
}

BOOST_AUTO_TEST_CASE(aBottomLineIsReadBackWithItsCaucusDateAndNote) {
    StoreFixture store;
    CaseRepository(*store.db).insert(negotiation());
    BOOST_TEST(BottomLineRepository(*store.db).add(kRef, paysAtMost()) == 1);
    store.reopen();
    const BottomLine b = BottomLineRepository(*store.db).get(kRef, 1);
    BOOST_TEST(b.partyNo == 2);
    BOOST_TEST(b.stance == BottomLineStance::PaysAtMost);
    BOOST_TEST(b.amount == Money(75'000'00, "USD"));
    BOOST_TEST(b.sessionNo.value() == 1);
    BOOST_TEST(b.givenOn.toString() == "2026-02-10");
    BOOST_TEST(b.note == "if paid in 30 days");
    BOOST_TEST(AuditTrail(*store.db).forCase(kRef).back().change ==
               "party 2 pays-at-most USD 75,000.00, given on 2026-02-10");
    BOOST_TEST(CaseRepository(*store.db).load(kRef).bottomLines.size() == 1u);
}

BOOST_AUTO_TEST_CASE(aLikelihoodOfAHundredAndFortyIsRefusedAndNothingStored) {
    StoreFixture store;
    CaseRepository(*store.db).insert(negotiation());
    const std::size_t before = trailLength(*store.db);
    BOOST_TEST(messageOf<ValidationError>([&] { AlternativeRepository(*store.db).add(kRef, batna(140)); }) ==
               "alternative 1: likelihood 140 % is outside 0 % to 100 %");
    BOOST_TEST(AlternativeRepository(*store.db).list(kRef).empty());
    BOOST_TEST(trailLength(*store.db) == before);
}

BOOST_AUTO_TEST_CASE(aBottomLineOutsideThePartysCaucusIsRefusedAndNothingStored) {
    StoreFixture store;
    CaseRepository(*store.db).insert(negotiation());
    const std::size_t before = trailLength(*store.db);
    BOOST_TEST(messageOf<ValidationError>([&] { BottomLineRepository(*store.db).add(kRef, paysAtMost(1, 1)); }) ==
               "bottom line 1: session 1 is not a caucus with party 1; a bottom line is given in private, in that "
               "party's caucus");
    BOOST_TEST(messageOf<ValidationError>([&] { BottomLineRepository(*store.db).add(kRef, paysAtMost(1, 9)); }) ==
               "bottom line 1: refers to party 9, which is not in this case");
    BOOST_TEST(BottomLineRepository(*store.db).list(kRef).empty());
    BOOST_TEST(trailLength(*store.db) == before);
}

BOOST_AUTO_TEST_CASE(aPartyOrCaucusTheyNameCannotBeDeleted) {
    StoreFixture store;
    CaseRepository(*store.db).insert(negotiation());
    AlternativeRepository(*store.db).add(kRef, batna());
    Alternative nimbus = batna();
    nimbus.partyNo = 2;
    AlternativeRepository(*store.db).add(kRef, nimbus);
    BottomLineRepository(*store.db).add(kRef, paysAtMost());

    BOOST_TEST(messageOf<ValidationError>([&] { PartyRepository(*store.db).remove(kRef, 1); }) ==
               "party 1 cannot be deleted: alternative 1 refers to it");
    BOOST_TEST(messageOf<ValidationError>([&] { PartyRepository(*store.db).remove(kRef, 2); }) ==
               "party 2 cannot be deleted: alternative 2, bottom line 1 and session 1 refer to it");
    BOOST_TEST(messageOf<ValidationError>([&] { SessionRepository(*store.db).remove(kRef, 1); }) ==
               "session 1 cannot be deleted: bottom line 1 refers to it");
    BOOST_TEST(PartyRepository(*store.db).list(kRef).size() == 2u);

    BottomLineRepository(*store.db).remove(kRef, 1);
    SessionRepository(*store.db).remove(kRef, 1);
    BOOST_TEST(SessionRepository(*store.db).list(kRef).empty());
}

BOOST_AUTO_TEST_CASE(deletingTheCaseDeletesThem) {
    StoreFixture store;
    CaseRepository cases(*store.db);
    cases.insert(negotiation());
    AlternativeRepository(*store.db).add(kRef, batna());
    BottomLineRepository(*store.db).add(kRef, paysAtMost());
    cases.remove(kRef);
    BOOST_TEST(!cases.exists(kRef));
    const auto raw = store.bypass();
    BOOST_TEST(raw->number("SELECT COUNT(*) FROM alternatives") == 0);
    BOOST_TEST(raw->number("SELECT COUNT(*) FROM bottom_lines") == 0);
}

BOOST_AUTO_TEST_CASE(theSchemaHoldsTheirRulesItself) {
    StoreFixture store;
    CaseRepository(*store.db).insert(negotiation());
    AlternativeRepository(*store.db).add(kRef, batna());
    BottomLineRepository(*store.db).add(kRef, paysAtMost());
    const auto raw = store.bypass();
    BOOST_CHECK_THROW(raw->exec("UPDATE alternatives SET visibility = 'everyone'"), std::runtime_error);
    BOOST_CHECK_THROW(raw->exec("UPDATE alternatives SET likelihood_percent = 140"), std::runtime_error);
    BOOST_CHECK_THROW(raw->exec("UPDATE alternatives SET value_currency = NULL"), std::runtime_error);
    BOOST_CHECK_THROW(raw->exec("UPDATE bottom_lines SET amount_minor = 0"), std::runtime_error);
    BOOST_CHECK_THROW(raw->exec("UPDATE bottom_lines SET stance = 'hopes-for'"), std::runtime_error);
    BOOST_TEST(raw->text("SELECT visibility FROM alternatives") == "party-and-mediator");
}

BOOST_AUTO_TEST_CASE(aVersionSixDatabaseIsUpgradedAndKeepsItsCases) {
    cg::testing::ScopedTempDir dir;
    const std::string connection = cg::testing::freshDatabase(dir.path().string());
    {
        // The schema exactly as CommonGround 6 left it, with one case.
        const auto raw = cg::testing::rawAccess(connection);
        raw->exec("BEGIN");
        for (int migration = 0; migration < 6; ++migration)
            for (const std::string& statement :
                 schemaMigrations().at(migration).sqlFor(cg::testing::dialectUnderTest()))
                raw->exec(statement);
        for (const Migration& m : schemaMigrations())
            if (m.version <= 6)
                raw->exec("INSERT INTO schema_version VALUES (" + std::to_string(m.version) +
                          ", '2026-06-01T00:00:00Z', '" + std::string(m.description) + "')");
        raw->exec(
            "INSERT INTO cases (reference, title, status, governing_law, jurisdiction, mediator, currency, "
            "opened_on, closed_on, summary) VALUES ('CG-2026-0001', 'Praxis v. MSP', 'active', 'German law', "
            "'DE', 'Ingrid', 'EUR', '2026-01-15', NULL, '')");
        raw->exec(
            "INSERT INTO parties (case_id, no, name, kind, role, sector, representative, counsel) SELECT id, 1, "
            "'Zahnarztpraxis Müller', 'organisation', 'claimant', '', '', '' FROM cases");
        raw->exec("COMMIT");
    }
    auto db = Database::open(connection, "Ingrid", Database::OpenMode::MustExist);
    BOOST_TEST(db->schemaVersion() == Database::currentSchemaVersion());
    const CaseRecord upgraded = CaseRepository(*db).load(kRef);
    BOOST_TEST_REQUIRE(upgraded.parties.size() == 1u);
    BOOST_TEST(upgraded.parties[0].name == "Zahnarztpraxis Müller");
    BOOST_TEST(upgraded.alternatives.empty());
    BOOST_TEST(upgraded.bottomLines.empty());

    Alternative own = batna();
    own.value = Money(90'000'00, "EUR");
    AlternativeRepository(*db).add(kRef, own);
    BOOST_TEST(CaseRepository(*db).load(kRef).alternatives.size() == 1u);
    BOOST_TEST(db->check().empty());
    db.reset();
    const auto raw = cg::testing::rawAccess(connection);
    BOOST_TEST(raw->text("SELECT description FROM schema_version WHERE version = 7") ==
               "each party's alternatives (BATNA, WATNA) and confidential bottom lines");
}

BOOST_AUTO_TEST_SUITE_END()
