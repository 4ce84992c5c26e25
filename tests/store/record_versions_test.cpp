// Optimistic concurrency: two mediators, each on a connection of their own,
// open the same record; the second save over the first is refused and says
// who changed it, when and what to do (store/record_stamp.h).
#include <boost/test/unit_test.hpp>

#include "store/audit_trail.h"
#include "store/case_repository.h"
#include "store/record_repository.h"
#include "store/schema_migrations.h"
#include "store_fixture.h"
#include "support/case_builder.h"

using namespace cg::store;
using namespace cg::domain;
using cg::testing::CaseBuilder;
using cg::testing::messageOf;
using cg::testing::StoreFixture;
using cg::testing::partyNamed;

namespace {

const std::string kRef = "CG-2026-0001";

// "2026-11-24 10:42 UTC", as the refusal names the time of a change.
std::string minuteOf(const RecordStamp& stamp) {
    const std::string iso = stamp.changedAt.value().toString();
    return iso.substr(0, 10) + " " + iso.substr(11, 5) + " UTC";
}

// Ingrid (store.db) and Maria on one case with two parties.
struct TwoMediators {
    StoreFixture store;
    std::unique_ptr<Database> maria;

    TwoMediators() {
        CaseRepository(*store.db)
            .insert(CaseBuilder(kRef).withParty("Praxis Müller").withParty("Kessler IT").build());
        maria = store.openAs("Maria");
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(RecordVersions)

BOOST_AUTO_TEST_CASE(aNewRecordIsVersionOneStampedWithWhoMadeIt) {
    TwoMediators team;
    const RecordNo no = PartyRepository(*team.maria).add(kRef, partyNamed("Insurer AG"));
    const RecordStamp stamp = PartyRepository(*team.store.db).stamp(kRef, no);
    BOOST_TEST(stamp.version == 1);
    BOOST_TEST(stamp.changedBy == "Maria");
    BOOST_TEST(stamp.changedAt.has_value());
    const RecordStamps imported = PartyRepository(*team.store.db).listStamps(kRef);
    BOOST_TEST_REQUIRE(imported.size() == 3u);
    BOOST_TEST(imported.at(1).version == 1);
    BOOST_TEST(imported.at(1).changedBy == "Ingrid");
    BOOST_TEST(CaseRepository(*team.store.db).stamp(kRef).version == 1);
    BOOST_TEST(CaseRepository(*team.store.db).stamp(kRef).changedBy == "Ingrid");
}

BOOST_AUTO_TEST_CASE(aSaveOverAnotherMediatorsNewerChangeIsRefusedAndKeepsTheirs) {
    TwoMediators team;
    PartyRepository ingrids(*team.store.db), marias(*team.maria);
    Party ingridsCopy = ingrids.get(kRef, 2);
    const long long ingridRead = ingrids.stamp(kRef, 2).version;
    Party mariasCopy = marias.get(kRef, 2);
    const long long mariaRead = marias.stamp(kRef, 2).version;

    mariasCopy.sector = "IT services";
    BOOST_TEST(marias.update(kRef, mariasCopy, mariaRead) == 2);
    const RecordStamp afterMaria = ingrids.stamp(kRef, 2);
    BOOST_TEST(afterMaria.changedBy == "Maria");

    ingridsCopy.counsel = "Dr. Weber";
    BOOST_TEST(messageOf<ConflictError>([&] { ingrids.update(kRef, ingridsCopy, ingridRead); }) ==
               "Could not save party 2 of case " + kRef + ": Maria changed it at " +
                   minuteOf(afterMaria) +
                   " (version 2) after you opened it; nothing was saved. Reload the case to see "
                   "Maria's change.");
    const Party stored = ingrids.get(kRef, 2);
    BOOST_TEST(stored.sector == "IT services");
    BOOST_TEST(stored.counsel == "");
    BOOST_TEST(ingrids.stamp(kRef, 2).version == 2);
    const auto trail = AuditTrail(*team.store.db).forCase(kRef);
    BOOST_TEST(trail.back().actor == "Maria");
    BOOST_TEST(trail.back().change == "sector: (none) → IT services");
    BOOST_TEST(team.store.db->check().empty());
}

BOOST_AUTO_TEST_CASE(afterReloadingTheRefusedMediatorsSaveGoesThrough) {
    TwoMediators team;
    PartyRepository ingrids(*team.store.db), marias(*team.maria);
    const long long read = ingrids.stamp(kRef, 1).version;
    Party mariasCopy = marias.get(kRef, 1);
    mariasCopy.sector = "Dentistry";
    marias.update(kRef, mariasCopy, marias.stamp(kRef, 1).version);
    Party stale = ingrids.get(kRef, 1);
    stale.counsel = "Dr. Weber";
    BOOST_CHECK_THROW(ingrids.update(kRef, stale, read), ConflictError);

    Party reloaded = ingrids.get(kRef, 1);
    reloaded.counsel = "Dr. Weber";
    BOOST_TEST(ingrids.update(kRef, reloaded, ingrids.stamp(kRef, 1).version) == 3);
    const Party stored = marias.get(kRef, 1);
    BOOST_TEST(stored.sector == "Dentistry");
    BOOST_TEST(stored.counsel == "Dr. Weber");
    const RecordStamp stamp = marias.stamp(kRef, 1);
    BOOST_TEST(stamp.changedBy == "Ingrid");
    BOOST_TEST(stamp.version == 3);
}

BOOST_AUTO_TEST_CASE(aSaveWithoutAVersionReadsItInTheSameTransaction) {
    TwoMediators team;
    PartyRepository ingrids(*team.store.db), marias(*team.maria);
    Party party = marias.get(kRef, 1);
    party.sector = "Dentistry";
    marias.update(kRef, party, 1);
    party = ingrids.get(kRef, 1);
    party.counsel = "Dr. Weber";
    BOOST_TEST(ingrids.update(kRef, party) == 3);
    BOOST_TEST(marias.get(kRef, 1).sector == "Dentistry");
}

BOOST_AUTO_TEST_CASE(deletingARecordAnotherMediatorChangedMeanwhileIsRefused) {
    TwoMediators team;
    PartyRepository ingrids(*team.store.db), marias(*team.maria);
    const long long read = ingrids.stamp(kRef, 2).version;
    Party party = marias.get(kRef, 2);
    party.sector = "IT services";
    marias.update(kRef, party, 1);
    const RecordStamp afterMaria = ingrids.stamp(kRef, 2);
    const std::size_t entries = AuditTrail(*team.store.db).forCase(kRef).size();

    BOOST_TEST(messageOf<ConflictError>([&] { ingrids.remove(kRef, 2, read); }) ==
               "Could not delete party 2 of case " + kRef + ": Maria changed it at " +
                   minuteOf(afterMaria) +
                   " (version 2) after you opened it; nothing was deleted. Reload the case to see "
                   "Maria's change.");
    BOOST_TEST(ingrids.list(kRef).size() == 2u);
    BOOST_TEST(AuditTrail(*team.store.db).forCase(kRef).size() == entries);
    ingrids.remove(kRef, 2, afterMaria.version);
    BOOST_TEST(ingrids.list(kRef).size() == 1u);
}

BOOST_AUTO_TEST_CASE(aCaseHeadSavedByAnotherMediatorIsNotOverwritten) {
    TwoMediators team;
    CaseRepository ingrids(*team.store.db), marias(*team.maria);
    Case ingridsHead = ingrids.loadHead(kRef);
    const long long read = ingrids.stamp(kRef).version;
    Case mariasHead = marias.loadHead(kRef);
    mariasHead.summary = "Ransomware at the practice";
    BOOST_TEST(marias.updateHead(mariasHead, marias.stamp(kRef).version) == 2);
    const RecordStamp afterMaria = ingrids.stamp(kRef);

    ingridsHead.title = "Praxis v. Kessler";
    BOOST_TEST(messageOf<ConflictError>([&] { ingrids.updateHead(ingridsHead, read); }) ==
               "Could not save case " + kRef + ": Maria changed it at " + minuteOf(afterMaria) +
                   " (version 2) after you opened it; nothing was saved. Reload the case to see "
                   "Maria's change.");
    const Case stored = ingrids.loadHead(kRef);
    BOOST_TEST(stored.summary == "Ransomware at the practice");
    BOOST_TEST(stored.title == "Test case");
}

BOOST_AUTO_TEST_CASE(aCaseLoadedWithItsStampsGivesTheVersionsOfWhatWasRead) {
    TwoMediators team;
    Party party = PartyRepository(*team.maria).get(kRef, 2);
    party.sector = "IT services";
    PartyRepository(*team.maria).update(kRef, party, 1);
    CaseStamps stamps;
    const CaseRecord record = CaseRepository(*team.store.db).load(kRef, stamps);
    BOOST_TEST(record.parties.at(1).sector == "IT services");
    BOOST_TEST(stamps.head.version == 1);
    BOOST_TEST(PartyRepository::loadedVersion(stamps, 1).value() == 1);
    BOOST_TEST(PartyRepository::loadedVersion(stamps, 2).value() == 2);
    BOOST_TEST(!PartyRepository::loadedVersion(stamps, 3).has_value());
    BOOST_TEST(stamps.records.at("parties").at(2).changedBy == "Maria");

    CaseStamps listed;
    BOOST_TEST(PartyRepository(*team.store.db).list(kRef, listed).size() == 2u);
    BOOST_TEST(PartyRepository::loadedVersion(listed, 2).value() == 2);
    BOOST_TEST(!InterestRepository::loadedVersion(listed, 1).has_value());
}

// A session's notes are saved with it: a note added since a session was
// opened would be lost by saving the session as it was read.
BOOST_AUTO_TEST_CASE(aNoteAddedToASessionMovesTheSessionOnAVersion) {
    TwoMediators team;
    SessionRepository ingrids(*team.store.db);
    MediationSession session;
    session.startedAt = Instant::parse("2026-05-04T09:00:00Z");
    const RecordNo no = ingrids.add(kRef, session);
    MediationSession read = ingrids.get(kRef, no);
    SessionNote note;
    note.text = "Both sides want the systems back first.";
    addSessionNote(*team.maria, kRef, no, note);
    read.location = "Room 2";
    BOOST_CHECK_THROW(ingrids.update(kRef, read, 1), ConflictError);
    BOOST_TEST(ingrids.get(kRef, no).notes.size() == 1u);
}

// A database written at schema version 7 has no versions; the upgrade
// starts every row at 1.
BOOST_AUTO_TEST_CASE(aVersionSevenDatabaseUpgradedToEightHasVersionOneEverywhere) {
    cg::testing::ScopedTempDir dir;
    const std::string connection = cg::testing::freshDatabase(dir.path().string());
    {
        auto raw = cg::testing::rawAccess(connection);
        raw->exec("BEGIN");
        for (const Migration& migration : schemaMigrations()) {
            if (migration.version > 7) break;
            for (const std::string& statement :
                 migration.sqlFor(cg::testing::dialectUnderTest()))
                raw->exec(statement);
            raw->exec("INSERT INTO schema_version VALUES (" + std::to_string(migration.version) +
                      ", '2026-07-01T00:00:00Z', 'step')");
        }
        raw->exec(
            "INSERT INTO cases (reference, title, status, governing_law, jurisdiction, mediator, "
            "currency, opened_on, closed_on, summary) VALUES ('" +
            kRef + "', 'Praxis v. MSP', 'active', 'German law', 'DE', 'Ingrid', 'EUR', "
                   "'2026-01-15', NULL, '')");
        raw->exec(
            "INSERT INTO parties (case_id, no, name, kind, role, sector, representative, counsel) "
            "SELECT id, 1, 'Zahnarztpraxis Müller', 'organisation', 'claimant', '', '', '' FROM "
            "cases");
        raw->exec("COMMIT");
    }
    auto db = Database::open(connection, "Ingrid", Database::OpenMode::MustExist);
    BOOST_TEST(db->schemaVersion() == Database::currentSchemaVersion());
    const RecordStamp party = PartyRepository(*db).stamp(kRef, 1);
    BOOST_TEST(party.version == 1);
    BOOST_TEST(party.changedBy == "");
    BOOST_TEST(!party.changedAt.has_value());
    BOOST_TEST(CaseRepository(*db).stamp(kRef).version == 1);
    auto raw = cg::testing::rawAccess(connection);
    for (const std::string table : {"cases", "parties", "interests", "agreement_drafts",
                                    "mediation_sessions", "payments"})
        BOOST_TEST(raw->text("SELECT COUNT(*) FROM " + table + " WHERE row_version <> 1") == "0",
                   table);

    // A stale save is refused on an upgraded row too, naming nobody.
    Party stale = PartyRepository(*db).get(kRef, 1);
    stale.sector = "Dentistry";
    PartyRepository(*db).update(kRef, stale, 1);
    BOOST_TEST(messageOf<ConflictError>([&] { PartyRepository(*db).update(kRef, stale, 1); })
                   .find("Ingrid changed it at ") != std::string::npos);
    BOOST_TEST(db->check().empty());
}

BOOST_AUTO_TEST_SUITE_END()
