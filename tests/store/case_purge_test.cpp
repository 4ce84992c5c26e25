#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <map>
#include <sstream>

#include "domain/errors.h"
#include "practice_case.h"
#include "raw_database.h"
#include "store/audit_trail.h"
#include "store/case_access.h"
#include "store/case_repository.h"
#include "store/conflict_decisions.h"
#include "store/legal_hold.h"
#include "store_fixture.h"
#include "support/full_case.h"
#include "support/temp_dir.h"

using namespace cg::store;
using namespace cg::domain;
using cg::testing::Engine;
using cg::testing::engineUnderTest;
using cg::testing::messageOf;
using cg::testing::StoreFixture;

namespace {

constexpr const char* kRef = "CG-2026-0001";
constexpr const char* kOther = "CG-2026-0002";
// In a caucus note only: the import's audit entry names counts, not text,
// so after a purge these bytes can only survive in freed pages or the WAL.
constexpr const char* kMarker = "PURGE-MARKER-7f3a9c-confidential-caucus";

// Every record of the whole case and the practice side; kRef's first
// session has a note with the marker.
CaseRecord closedCase(const std::string& reference, CaseStatus status = CaseStatus::Closed) {
    CaseRecord record = cg::testing::fullCase(reference);
    record.head.status = status;
    const CaseRecord practice = cg::testing::practiceCase(reference);
    record.head.currency = practice.head.currency;
    record.head.fees = practice.head.fees;
    record.exhibits = practice.exhibits;
    record.participants = practice.participants;
    if (reference == kRef)
        record.sessions.at(0).notes.push_back(SessionNote{
            99, Instant::parse("2026-02-10T10:00:00Z"), Visibility::MediatorOnly, kMarker});
    return record;
}

conflicts::ConflictDecision cleared() {
    conflicts::ConflictDecision decision;
    decision.checkedName = "Kessler IT Services GmbH";
    decision.verdict = conflicts::ConflictVerdict::NoConflict;
    decision.reason = "No earlier matter with them";
    return decision;
}

// Every table with a case_id column, read from the catalog so that a table
// added later is counted too.
std::vector<std::string> caseTables(cg::testing::RawDatabase& raw) {
    const std::string list = raw.text(
        engineUnderTest() == Engine::Sqlite
            ? "SELECT group_concat(m.name, ',') FROM sqlite_master m, pragma_table_info(m.name) p "
              "WHERE m.type = 'table' AND p.name = 'case_id'"
            : "SELECT string_agg(table_name, ',') FROM information_schema.columns WHERE "
              "column_name = 'case_id' AND table_schema = current_schema()");
    std::vector<std::string> tables;
    std::stringstream in(list);
    for (std::string table; std::getline(in, table, ',');) tables.push_back(table);
    return tables;
}

// Rows of the case in each table, and its row in cases.
std::map<std::string, long long> rowsOf(cg::testing::RawDatabase& raw, long long caseId) {
    std::map<std::string, long long> rows;
    for (const std::string& table : caseTables(raw))
        rows[table] = raw.number("SELECT COUNT(*) FROM " + table +
                                 " WHERE case_id = " + std::to_string(caseId));
    rows["cases"] = raw.number("SELECT COUNT(*) FROM cases WHERE id = " + std::to_string(caseId));
    return rows;
}

struct ClosedCases : StoreFixture {
    long long caseId = 0;
    long long otherId = 0;
    ClosedCases() {
        CaseRepository(*db).insert(closedCase(kRef));
        CaseRepository(*db).insert(closedCase(kOther));
        ConflictDecisionRepository(*db).record(kRef, cleared());
        CaseAccess(*db).grant(kRef, "Marek");
        auto raw = bypass();
        caseId = raw->number(std::string("SELECT id FROM cases WHERE reference = '") + kRef + "'");
        otherId = raw->number(std::string("SELECT id FROM cases WHERE reference = '") + kOther + "'");
    }
};

long long total(const std::map<std::string, long long>& rows) {
    long long sum = 0;
    for (const auto& [table, count] : rows) sum += count;
    return sum;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(CasePurge)

BOOST_FIXTURE_TEST_CASE(purgingAClosedCaseRemovesEveryRowOfItAndNoOtherCase, ClosedCases) {
    auto raw = bypass();
    const auto before = rowsOf(*raw, caseId);
    const auto otherBefore = rowsOf(*raw, otherId);
    // The case fills every kind of row the purge must take.
    for (const char* table : {"session_notes", "agreement_drafts", "exhibits", "exhibit_contents",
                              "case_fee_shares", "conflict_decisions", "case_access",
                              "alternatives", "bottom_lines", "participants", "parties"})
        BOOST_TEST(before.at(table) > 0, table);

    const std::string removed = CaseRepository(*db).purge(kRef);

    BOOST_TEST(removed.find("Bright Smile") == std::string::npos);
    BOOST_TEST(removed.find("draft") != std::string::npos);
    const auto after = rowsOf(*raw, caseId);
    BOOST_TEST(total(after) == 0);
    for (const auto& [table, count] : after) BOOST_TEST(count == 0, table);
    BOOST_TEST(rowsOf(*raw, otherId) == otherBefore);
    BOOST_TEST(!CaseRepository(*db).exists(kRef));
    BOOST_TEST(db->check().empty());
}

BOOST_FIXTURE_TEST_CASE(anOpenCaseIsNotPurgedAndKeepsEveryRow, StoreFixture) {
    CaseRepository(*db).insert(closedCase(kRef, CaseStatus::Active));
    auto raw = bypass();
    const long long id =
        raw->number(std::string("SELECT id FROM cases WHERE reference = '") + kRef + "'");
    const auto before = rowsOf(*raw, id);
    const auto trail = AuditTrail(*db).forCase(kRef).size();
    BOOST_TEST(messageOf<ValidationError>([&] { CaseRepository(*db).purge(kRef); }) ==
               "case CG-2026-0001 is active; only a closed case can be purged. Close it first.");
    BOOST_TEST(rowsOf(*raw, id) == before);
    BOOST_TEST(AuditTrail(*db).forCase(kRef).size() == trail);
}

BOOST_FIXTURE_TEST_CASE(aCaseUnderLegalHoldIsNotPurgedAndKeepsEveryRow, ClosedCases) {
    LegalHolds(*db).set(kRef, "Litigation hold: Bright Smile v. Nimbus, court order of 2026-03-01");
    const auto hold = LegalHolds(*db).read(kRef);
    BOOST_REQUIRE(hold.has_value());
    BOOST_TEST(hold->setBy == "Ingrid");
    auto raw = bypass();
    const auto before = rowsOf(*raw, caseId);
    BOOST_TEST(messageOf<ConflictError>([&] { CaseRepository(*db).purge(kRef); }) ==
               "case CG-2026-0001 is under a legal hold set by Ingrid on " +
                   hold->since.toString() +
                   " (Litigation hold: Bright Smile v. Nimbus, court order of 2026-03-01); it "
                   "cannot be purged until the hold is released.");
    BOOST_TEST(rowsOf(*raw, caseId) == before);
}

BOOST_FIXTURE_TEST_CASE(aHoldNeedsAReasonAndIsSetOnce, ClosedCases) {
    BOOST_TEST(messageOf<ValidationError>([&] { LegalHolds(*db).set(kRef, "  \t"); }) ==
               "a legal hold on case CG-2026-0001 needs a reason: the matter or order that "
               "requires keeping it");
    BOOST_TEST(!LegalHolds(*db).read(kRef).has_value());
    LegalHolds(*db).set(kRef, "Regulator's inquiry");
    const auto since = LegalHolds(*db).read(kRef)->since.toString();
    BOOST_TEST(messageOf<ConflictError>([&] { LegalHolds(*db).set(kRef, "Another"); }) ==
               "case CG-2026-0001 is already under a legal hold set by Ingrid on " + since +
                   " (Regulator's inquiry)");
    BOOST_TEST(LegalHolds(*db).read(kRef)->reason == "Regulator's inquiry");
    BOOST_TEST(messageOf<ConflictError>([&] { LegalHolds(*db).release(kOther); }) ==
               "case CG-2026-0002 has no legal hold to release");
}

BOOST_FIXTURE_TEST_CASE(releasingTheHoldLetsThePurgeThroughAndTheTrailKeepsAllThree,
                        ClosedCases) {
    LegalHolds(*db).set(kRef, "Court order 12/26");
    LegalHolds(*db).release(kRef);
    BOOST_TEST(!LegalHolds(*db).read(kRef).has_value());
    CaseRepository(*db).purge(kRef);
    const auto trail = AuditTrail(*db).forCase(kRef);
    BOOST_REQUIRE(trail.size() >= 3);
    const auto n = trail.size();
    BOOST_TEST(trail[n - 3].change == "legal hold set: Court order 12/26");
    BOOST_TEST(trail[n - 2].change.find("legal hold released (set by Ingrid on ") == 0);
    BOOST_TEST(trail[n - 1].action == "delete");
    BOOST_TEST(trail[n - 1].change.find("purged: ") == 0);
    BOOST_TEST(trail[n - 1].actor == "Ingrid");
    BOOST_TEST(db->check().empty());
}

BOOST_FIXTURE_TEST_CASE(aPurgedNoteIsNoLongerInTheFileOrItsLog, ClosedCases,
                        *cg::testing::onlyOn(Engine::Sqlite,
                                             "PostgreSQL reclaims space at VACUUM, outside "
                                             "a transaction")) {
    const auto inFiles = [&] {
        std::string bytes = cg::testing::readBytes(path);
        if (std::filesystem::exists(path + "-wal")) bytes += cg::testing::readBytes(path + "-wal");
        return bytes.find(kMarker) != std::string::npos;
    };
    db->check();  // the marker must be on disk before, or the test proves nothing
    BOOST_TEST(inFiles());
    CaseRepository(*db).purge(kRef);
    BOOST_TEST(!inFiles());
    db.reset();
    BOOST_TEST(!inFiles());
}

BOOST_AUTO_TEST_SUITE_END()
