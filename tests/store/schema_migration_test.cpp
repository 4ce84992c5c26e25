#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <memory>

#include "raw_sqlite.h"
#include "store/audit_trail.h"
#include "store/case_repository.h"
#include "store/conflict_decisions.h"
#include "store/connection_string.h"
#include "store/database.h"
#include "store/record_repository.h"
#include "store/schema_migrations.h"
#include "store/store_error.h"
#include "store_fixture.h"

using namespace cg::store;
using cg::testing::Engine;
using cg::testing::messageOf;
using cg::testing::onlyOn;
using cg::testing::RawSqlite;
using cg::testing::ScopedTempDir;

namespace {

// A database exactly as the first CommonGround wrote it: the version-1 SQL,
// the version recorded, one case with one party.
void writeVersionOneDatabase(cg::testing::RawDatabase& raw) {
    raw.exec("BEGIN");
    for (const std::string& statement :
         schemaMigrations().at(0).sqlFor(cg::testing::dialectUnderTest()))
        raw.exec(statement);
    raw.exec("INSERT INTO schema_version VALUES (1, '2026-01-01T00:00:00Z', 'case records')");
    raw.exec(
        "INSERT INTO cases (reference, title, status, governing_law, jurisdiction, mediator, "
        "currency, opened_on, closed_on, summary) VALUES ('CG-2026-0001', 'Praxis v. MSP', "
        "'active', 'German law', 'DE', 'Ingrid', 'EUR', '2026-01-15', NULL, '')");
    raw.exec(
        "INSERT INTO parties SELECT id, 1, 'Zahnarztpraxis Müller', 'organisation', 'claimant', "
        "'', '', '' FROM cases");
    raw.exec("COMMIT");
}

// A database as CommonGround wrote it at schema version 3: a case whose
// accepted payment is in draft 1, before signatories, instalments and
// snapshots existed.
void writeVersionThreeDatabase(cg::testing::RawDatabase& raw) {
    writeVersionOneDatabase(raw);
    raw.exec("BEGIN");
    for (int migration : {1, 2})
        for (const std::string& statement :
             schemaMigrations().at(migration).sqlFor(cg::testing::dialectUnderTest()))
            raw.exec(statement);
    raw.exec("INSERT INTO schema_version VALUES (2, '2026-02-01T00:00:00Z', 'audit trail')");
    raw.exec("INSERT INTO schema_version VALUES (3, '2026-03-01T00:00:00Z', 'audit trail sealed')");
    raw.exec(
        "INSERT INTO parties SELECT id, 2, 'Kessler IT Services GmbH', 'organisation', "
        "'respondent', 'IT', 'Kai Kessler', '' FROM cases");
    raw.exec(
        "INSERT INTO settlement_options SELECT id, 1, 'payment', 'MSP pays restoration costs', "
        "4500000, 'EUR', 2, 1, 'accepted' FROM cases");
    raw.exec(
        "INSERT INTO agreement_drafts SELECT id, 1, 1, 'settlement-agreement', "
        "'2026-03-01T09:00:00Z', 'first version' FROM cases");
    raw.exec("INSERT INTO draft_terms SELECT id, 1, 1, 1 FROM cases");
    raw.exec("COMMIT");
}

// A database as CommonGround wrote it at schema version 4, before conflict
// decisions were kept: the version-3 case with a signatory and a due date.
void writeVersionFourDatabase(cg::testing::RawDatabase& raw) {
    writeVersionThreeDatabase(raw);
    raw.exec("BEGIN");
    for (const std::string& statement :
         schemaMigrations().at(3).sqlFor(cg::testing::dialectUnderTest()))
        raw.exec(statement);
    raw.exec(
        "INSERT INTO schema_version VALUES (4, '2026-04-01T00:00:00Z', 'signatories, due dates, "
        "instalments and draft snapshots')");
    raw.exec("UPDATE parties SET signatory_name = 'Kai Kessler' WHERE no = 2");
    raw.exec("UPDATE settlement_options SET due_on = '2026-04-30'");
    raw.exec("COMMIT");
}

// A database as CommonGround wrote it at schema version 5, before the
// practice side existed: the version-4 case with a session and a decision.
void writeVersionFiveDatabase(cg::testing::RawDatabase& raw) {
    writeVersionFourDatabase(raw);
    raw.exec("BEGIN");
    for (const std::string& statement :
         schemaMigrations().at(4).sqlFor(cg::testing::dialectUnderTest()))
        raw.exec(statement);
    raw.exec("INSERT INTO schema_version VALUES (5, '2026-05-01T00:00:00Z', 'conflict check decisions')");
    raw.exec(
        "INSERT INTO mediation_sessions SELECT id, 1, 'caucus', 2, '2026-05-04T09:00:00Z', NULL "
        "FROM cases");
    raw.exec(
        "INSERT INTO conflict_decisions SELECT id, 1, 'Kessler IT Services GmbH', 'no-conflict', "
        "'', 'Ingrid', '2026-05-01T08:00:00Z', '' FROM cases");
    raw.exec("COMMIT");
}

// An empty database of the engine under test, not yet opened by the store.
struct EmptyDatabase {
    ScopedTempDir dir;
    std::string connection = cg::testing::freshDatabase(dir.path().string());
    std::unique_ptr<cg::testing::RawDatabase> raw = cg::testing::rawAccess(connection);
};

}  // namespace

BOOST_AUTO_TEST_SUITE(SchemaMigration)

BOOST_AUTO_TEST_CASE(migrationsAreNumberedFromOneWithoutGaps) {
    int expected = 1;
    for (const Migration& migration : schemaMigrations())
        BOOST_TEST(migration.version == expected++);
    BOOST_TEST(Database::currentSchemaVersion() == 9);
}

BOOST_AUTO_TEST_CASE(anEmptyDatabaseGetsEveryMigration) {
    EmptyDatabase empty;
    auto db = Database::open(empty.connection, "Ingrid");
    BOOST_TEST(db->schemaVersion() == Database::currentSchemaVersion());
    db.reset();
    BOOST_TEST(empty.raw->number("SELECT COUNT(*) FROM schema_version") == 9);
    BOOST_TEST(empty.raw->text("SELECT description FROM schema_version WHERE version = 1") ==
               "case records");
    BOOST_TEST(empty.raw->text("SELECT description FROM schema_version WHERE version = 2") ==
               "audit trail");
    BOOST_TEST(empty.raw->text("SELECT description FROM schema_version WHERE version = 3") ==
               "audit trail sealed");
    BOOST_TEST(empty.raw->text("SELECT description FROM schema_version WHERE version = 4") ==
               "signatories, due dates, instalments and draft snapshots");
    BOOST_TEST(empty.raw->text("SELECT description FROM schema_version WHERE version = 5") ==
               "conflict check decisions");
    BOOST_TEST(empty.raw->text("SELECT description FROM schema_version WHERE version = 6") ==
               "practice: participants, exhibits, time, expenses, payments and fees");
    BOOST_TEST(empty.raw->text("SELECT description FROM schema_version WHERE version = 9") ==
               "legal hold on a case, which refuses its secure deletion");
}

BOOST_AUTO_TEST_CASE(anEmptyFileThatMustExistGetsEveryMigration,
                     *onlyOn(Engine::Sqlite, "a zero-byte file is how SQLite starts a database")) {
    ScopedTempDir dir;
    const std::string path = dir.file("empty.db");
    cg::testing::writeBytes(path, "");
    auto db = Database::open(path, "Ingrid", Database::OpenMode::MustExist);
    BOOST_TEST(db->schemaVersion() == Database::currentSchemaVersion());
}

BOOST_AUTO_TEST_CASE(aVersionOneDatabaseIsUpgradedAndKeepsItsCases) {
    EmptyDatabase old;
    writeVersionOneDatabase(*old.raw);

    auto db = Database::open(old.connection, "Ingrid", Database::OpenMode::MustExist);
    BOOST_TEST(db->schemaVersion() == 9);
    const auto record = CaseRepository(*db).load("CG-2026-0001");
    BOOST_TEST(record.head.title == "Praxis v. MSP");
    BOOST_TEST_REQUIRE(record.parties.size() == 1u);
    BOOST_TEST(record.parties[0].name == "Zahnarztpraxis Müller");

    // Version 2 brought the audit trail: changes to the old case are recorded.
    PartyRepository parties(*db);
    auto party = parties.get("CG-2026-0001", 1);
    party.sector = "Dentistry";
    parties.update("CG-2026-0001", party);
    const auto trail = AuditTrail(*db).forCase("CG-2026-0001");
    BOOST_TEST_REQUIRE(trail.size() == 1u);
    BOOST_TEST(trail[0].change == "sector: (none) → Dentistry");

    db.reset();
    BOOST_TEST(old.raw->number("SELECT MAX(version) FROM schema_version") == 9);
}

BOOST_AUTO_TEST_CASE(aVersionThreeDatabaseIsUpgradedAndKeepsItsRecords) {
    EmptyDatabase old;
    writeVersionThreeDatabase(*old.raw);

    auto db = Database::open(old.connection, "Ingrid", Database::OpenMode::MustExist);
    BOOST_TEST(db->schemaVersion() == 9);
    const auto record = CaseRepository(*db).load("CG-2026-0001");
    BOOST_TEST_REQUIRE(record.parties.size() == 2u);
    BOOST_TEST(record.parties[1].representative == "Kai Kessler");
    BOOST_TEST(record.parties[1].signatoryName.empty());
    BOOST_TEST(record.parties[1].address.empty());
    BOOST_TEST_REQUIRE(record.options.size() == 1u);
    BOOST_TEST(record.options[0].amount->display() == "EUR 45,000.00");
    BOOST_TEST(!record.options[0].dueOn.has_value());
    BOOST_TEST(record.options[0].instalments.empty());
    BOOST_TEST_REQUIRE(record.drafts.size() == 1u);
    BOOST_TEST(record.drafts[0].termNos == cg::domain::RecordNos{1});
    BOOST_TEST(record.drafts[0].note == "first version");
    // Never rendered with a snapshot: none is invented from today's options.
    BOOST_TEST(record.drafts[0].termSnapshot.empty());
    BOOST_TEST(record.drafts[0].pdfSha256.empty());

    // The new fields of the old records can be filled in, and the trail says so.
    PartyRepository parties(*db);
    auto msp = parties.get("CG-2026-0001", 2);
    msp.signatoryName = "Kai Kessler";
    msp.signatoryTitle = "Geschäftsführer";
    parties.update("CG-2026-0001", msp);
    OptionRepository options(*db);
    auto payment = options.get("CG-2026-0001", 1);
    payment.instalments = {{cg::domain::Date(2026, 4, 30), cg::domain::Money(2'500'000, "EUR")},
                           {cg::domain::Date(2026, 5, 31), cg::domain::Money(2'000'000, "EUR")}};
    options.update("CG-2026-0001", payment);
    const auto trail = AuditTrail(*db).forCase("CG-2026-0001");
    BOOST_TEST_REQUIRE(trail.size() == 2u);
    BOOST_TEST(trail[0].change ==
               "signatory: (none) → Kai Kessler; signatory title: (none) → Geschäftsführer");
    BOOST_TEST(trail[1].change ==
               "instalments: (none) → EUR 25,000.00 on 2026-04-30, EUR 20,000.00 on 2026-05-31");
    BOOST_TEST(options.get("CG-2026-0001", 1).instalments == payment.instalments);
    BOOST_TEST(db->check().empty());
}

BOOST_AUTO_TEST_CASE(aVersionFourDatabaseIsUpgradedAndKeepsItsDecisionsFromThenOn) {
    EmptyDatabase old;
    writeVersionFourDatabase(*old.raw);

    auto db = Database::open(old.connection, "Ingrid", Database::OpenMode::MustExist);
    BOOST_TEST(db->schemaVersion() == 9);
    const auto record = CaseRepository(*db).load("CG-2026-0001");
    BOOST_TEST_REQUIRE(record.parties.size() == 2u);
    BOOST_TEST(record.parties[1].signatoryName == "Kai Kessler");
    BOOST_TEST_REQUIRE(record.options.size() == 1u);
    BOOST_TEST(record.options[0].dueOn.value().toString() == "2026-04-30");
    BOOST_TEST(ConflictDecisionRepository(*db).forCase("CG-2026-0001").empty());

    cg::domain::conflicts::ConflictDecision decision;
    decision.checkedName = "Kessler IT Services GmbH";
    decision.verdict = cg::domain::conflicts::ConflictVerdict::Declined;
    decision.reason = "Advised Kessler IT on its MSP contracts in 2025";
    ConflictDecisionRepository(*db).record("CG-2026-0001", decision);
    db.reset();

    db = Database::open(old.connection, "Ingrid", Database::OpenMode::MustExist);
    const auto decisions = ConflictDecisionRepository(*db).forCase("CG-2026-0001");
    BOOST_TEST_REQUIRE(decisions.size() == 1u);
    BOOST_TEST(decisions[0].reason == "Advised Kessler IT on its MSP contracts in 2025");
    BOOST_TEST(AuditTrail(*db).forCase("CG-2026-0001").back().recordKind == "conflict decision");
    BOOST_TEST(db->check().empty());
    db.reset();
    BOOST_TEST(old.raw->number("SELECT MAX(version) FROM schema_version") == 9);
}

BOOST_AUTO_TEST_CASE(aVersionFiveDatabaseIsUpgradedAndTakesThePracticeSideFromThenOn) {
    EmptyDatabase old;
    writeVersionFiveDatabase(*old.raw);

    auto db = Database::open(old.connection, "Ingrid", Database::OpenMode::MustExist);
    BOOST_TEST(db->schemaVersion() == 9);
    const auto record = CaseRepository(*db).load("CG-2026-0001");
    BOOST_TEST((record.head.fees.basis == cg::domain::FeeBasis::Hourly));
    BOOST_TEST(record.head.fees.hourlyRate.display() == "EUR 0.00");
    BOOST_TEST(record.head.fees.shares.empty());
    BOOST_TEST(!record.head.outcome.has_value());
    BOOST_TEST_REQUIRE(record.parties.size() == 2u);
    BOOST_TEST(!record.parties[0].agreementSignedOn.has_value());
    BOOST_TEST_REQUIRE(record.sessions.size() == 1u);
    BOOST_TEST(record.sessions[0].caucusPartyNo.value() == 2);
    BOOST_TEST(!record.sessions[0].plannedMinutes.has_value());
    BOOST_TEST(record.sessions[0].location.empty());
    BOOST_TEST(record.sessions[0].videoLink.empty());
    BOOST_TEST(record.participants.empty());
    BOOST_TEST(record.exhibits.empty());
    BOOST_TEST(ConflictDecisionRepository(*db).forCase("CG-2026-0001").size() == 1u);

    cg::domain::Case head = record.head;
    head.fees.hourlyRate = cg::domain::Money(25000, "EUR");
    head.fees.shares = {{1, 5000}, {2, 5000}};
    CaseRepository(*db).updateHead(head);
    cg::domain::Participant counsel;
    counsel.name = "Dr. Weber";
    counsel.partyNo = 1;
    ParticipantRepository(*db).add("CG-2026-0001", counsel);
    cg::domain::TimeEntry entry;
    entry.workedOn = cg::domain::Date(2026, 5, 4);
    entry.minutes = 120;
    entry.sessionNo = 1;
    TimeEntryRepository(*db).add("CG-2026-0001", entry);
    db.reset();

    db = Database::open(old.connection, "Ingrid", Database::OpenMode::MustExist);
    const auto upgraded = CaseRepository(*db).load("CG-2026-0001");
    BOOST_TEST(upgraded.head.fees.hourlyRate.display() == "EUR 250.00");
    BOOST_TEST(upgraded.head.fees.shares.size() == 2u);
    BOOST_TEST(upgraded.participants.size() == 1u);
    BOOST_TEST(upgraded.timeEntries.size() == 1u);
    BOOST_TEST(db->check().empty());
    db.reset();
    BOOST_TEST(old.raw->number("SELECT MAX(version) FROM schema_version") == 9);
    BOOST_TEST(old.raw->text("SELECT description FROM schema_version WHERE version = 6") ==
               "practice: participants, exhibits, time, expenses, payments and fees");
    // A minute count the domain refuses is refused by the upgraded schema too.
    BOOST_CHECK_THROW(old.raw->exec("UPDATE time_entries SET minutes = 0"), std::runtime_error);
    BOOST_CHECK_THROW(old.raw->exec("UPDATE case_fee_shares SET basis_points = 10001"),
                      std::runtime_error);
}

// A version-2 database (the audit trail, before seals) holding two entries
// written by that version: no seal, no head.
void writeVersionTwoDatabaseWithUnsealedEntries(cg::testing::RawDatabase& raw) {
    writeVersionOneDatabase(raw);
    for (const std::string& statement : schemaMigrations().at(1).sqlFor(cg::testing::dialectUnderTest()))
        raw.exec(statement);
    raw.exec("INSERT INTO schema_version VALUES (2, '2026-02-01T00:00:00Z', 'audit trail')");
    for (const char* change : {"sector: (none) → Dentistry", "counsel: (none) → Dr. Weber"})
        raw.exec(
            "INSERT INTO audit_log (at, actor, case_reference, record_kind, record_no, action, "
            "change) VALUES ('2026-02-02T10:00:00Z', 'Ingrid', 'CG-2026-0001', 'party', 1, "
            "'update', '" +
            std::string(change) + "')");
}

BOOST_AUTO_TEST_CASE(entriesWrittenBeforeTheTrailWasSealedAreSealedByTheUpgrade) {
    EmptyDatabase old;
    writeVersionTwoDatabaseWithUnsealedEntries(*old.raw);

    auto db = Database::open(old.connection, "Ingrid", Database::OpenMode::MustExist);
    BOOST_TEST(db->check().empty());
    old.raw->exec("UPDATE audit_log SET change = 'sector: (none) → Bakery' WHERE sequence = 1");
    const auto problems = db->check();
    BOOST_TEST_REQUIRE(problems.size() == 1u);
    BOOST_TEST(problems[0] ==
               "audit trail: entry 1 (case CG-2026-0001, party 1 update by Ingrid at "
               "2026-02-02T10:00:00Z) was changed, or an entry before it was removed, after it was "
               "written");
}

BOOST_AUTO_TEST_CASE(theUpgradeAnchorsTheHeadOfTheTrailItFinds) {
    EmptyDatabase old;
    writeVersionTwoDatabaseWithUnsealedEntries(*old.raw);

    auto db = Database::open(old.connection, "Ingrid", Database::OpenMode::MustExist);
    BOOST_TEST(old.raw->number("SELECT entry_count FROM audit_head") == 2);
    old.raw->exec("DELETE FROM audit_log WHERE sequence = 2");
    const auto problems = db->check();
    BOOST_TEST_REQUIRE(problems.size() == 1u);
    BOOST_TEST(problems[0] ==
               "audit trail: the newest entry was removed from its end (CommonGround wrote 2 entries; the "
               "trail now ends at entry 1 (case CG-2026-0001, party 1 update by Ingrid at "
               "2026-02-02T10:00:00Z))");
}

BOOST_AUTO_TEST_CASE(aFailedUpgradeLeavesTheDatabaseAtItsOldVersion) {
    EmptyDatabase old;
    writeVersionOneDatabase(*old.raw);
    // Someone made a table of that name by hand: version 2 cannot be applied.
    old.raw->exec("CREATE TABLE audit_log (note TEXT)");
    const std::string shown = parseConnection(old.connection).location;

    BOOST_TEST(messageOf<StoreError>([&] { Database::open(old.connection, "Ingrid"); }) ==
               "Could not upgrade " + shown +
                   " from schema version 1 to 9 (nothing was changed): the database " + shown +
                   " reported an error: " + cg::testing::tableExistsRefusal("audit_log") + ".");

    BOOST_TEST(old.raw->number("SELECT MAX(version) FROM schema_version") == 1);
    BOOST_TEST(old.raw->number("SELECT COUNT(*) FROM cases") == 1);
}

BOOST_AUTO_TEST_CASE(aDatabaseFromANewerCommonGroundIsRefusedAndKeepsItsVersions) {
    EmptyDatabase newer;
    Database::open(newer.connection, "Ingrid").reset();
    newer.raw->exec(
        "INSERT INTO schema_version VALUES (10, '2027-01-01T00:00:00Z', 'from the future')");
    BOOST_TEST(messageOf<StoreError>([&] { Database::open(newer.connection, "Ingrid"); }) ==
               parseConnection(newer.connection).location +
                   " was written by a newer CommonGround (schema version 10; this one reads up to "
                   "9). Update CommonGround to open it.");
    BOOST_TEST(newer.raw->number("SELECT COUNT(*) FROM schema_version") == 10);
}

BOOST_AUTO_TEST_CASE(aFileFromANewerCommonGroundIsRefusedAndLeftUntouched,
                     *onlyOn(Engine::Sqlite, "compares the file's bytes before and after")) {
    ScopedTempDir dir;
    const std::string path = dir.file("newer.db");
    Database::open(path, "Ingrid").reset();
    RawSqlite(path).exec(
        "INSERT INTO schema_version VALUES (10, '2027-01-01T00:00:00Z', 'from the future')");
    const std::string before = cg::testing::readBytes(path);

    BOOST_TEST(messageOf<StoreError>([&] { Database::open(path, "Ingrid"); }) ==
               path +
                   " was written by a newer CommonGround (schema version 10; this one reads up to "
                   "9). Update CommonGround to open it.");
    BOOST_TEST(cg::testing::readBytes(path) == before);
    BOOST_TEST(!std::filesystem::exists(path + "-wal"));
}

BOOST_AUTO_TEST_SUITE_END()
