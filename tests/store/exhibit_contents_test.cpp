// Exhibits keep their bytes in the database beside the record: attached
// with a fingerprint taken by the store, kept through changes, gone with the
// record, and checked by `check` against the fingerprint.
#include "store/exhibit_contents.h"

#include <boost/test/unit_test.hpp>

#include "domain/errors.h"
#include "practice_case.h"
#include "print_types.h"
#include "raw_database.h"
#include "domain/base64.h"
#include "domain/sha256.h"
#include "store/audit_trail.h"
#include "store/case_repository.h"
#include "store/record_repository.h"
#include "store/store_error.h"
#include "store_fixture.h"

using namespace cg::store;
using namespace cg::domain;
using cg::testing::exhibitBytes;
using cg::testing::messageOf;
using cg::testing::practiceCase;
using cg::testing::sraReport;
using cg::testing::StoreFixture;

namespace {

const std::string kRef = "CG-2026-0001";

// A second exhibit as the workspace attaches it: bytes, no fingerprint yet.
Exhibit attachment(std::string bytes) {
    Exhibit exhibit;
    exhibit.title = "RDP logs, November 2025";
    exhibit.fileName = "rdp-logs.txt";
    exhibit.mediaType = "text/plain";
    exhibit.attachedAt = Instant::parse("2026-02-02T10:00:00Z");
    exhibit.content = std::make_shared<const std::string>(std::move(bytes));
    exhibit.sizeBytes = exhibit.content->size();
    return exhibit;
}

long long contentRows(StoreFixture& store) {
    return store.bypass()->number("SELECT COUNT(*) FROM exhibit_contents");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ExhibitContents)

BOOST_AUTO_TEST_CASE(anAttachedFileIsFingerprintedByTheStoreAndReadBackByteForByte) {
    StoreFixture store;
    CaseRepository(*store.db).insert(practiceCase());
    ExhibitRepository exhibits(*store.db);
    const std::string bytes =
        "2025-11-03 02:14:07 RDP login from 185.220.101.4\r\n" + std::string("\0\xff", 2);
    const RecordNo no = exhibits.add(kRef, attachment(bytes));
    BOOST_TEST(no == 2);

    store.reopen();
    const Exhibit stored = ExhibitRepository(*store.db).get(kRef, 2);
    BOOST_TEST(stored.sha256 == sha256Hex(bytes));
    BOOST_TEST(stored.sizeBytes == bytes.size());
    BOOST_TEST(exhibitContent(*store.db, kRef, 2) == bytes);
    BOOST_TEST(exhibitContent(*store.db, kRef, 1) == exhibitBytes());
    BOOST_TEST(AuditTrail(*store.db).forCase(kRef).back().change ==
               "RDP logs, November 2025 (rdp-logs.txt, " + std::to_string(bytes.size()) +
                   " bytes, SHA-256 " + sha256Hex(bytes) + ")");

    CaseRecord record = CaseRepository(*store.db).load(kRef);
    loadExhibitContents(*store.db, record);
    BOOST_TEST_REQUIRE(record.exhibits.size() == 2u);
    BOOST_TEST(*record.exhibits[0].content == exhibitBytes());
    BOOST_TEST(*record.exhibits[1].content == bytes);
    BOOST_TEST(messageOf<NotFound>([&] { exhibitContent(*store.db, kRef, 7); }) ==
               "case CG-2026-0001 has no exhibit 7");
}

BOOST_AUTO_TEST_CASE(anExhibitWithoutItsFileOrWithAnotherFilesFingerprintIsRefused) {
    StoreFixture store;
    CaseRepository(*store.db).insert(practiceCase());
    ExhibitRepository exhibits(*store.db);
    const std::size_t trailBefore = AuditTrail(*store.db).forCase(kRef).size();

    Exhibit missing = attachment("log");
    missing.content = nullptr;
    BOOST_TEST(messageOf<ValidationError>([&] { exhibits.add(kRef, missing); }) ==
               "exhibit 2: the file's content is missing");

    Exhibit other = attachment("log");
    other.sha256 = sha256Hex("another file");
    BOOST_TEST(messageOf<ValidationError>([&] { exhibits.add(kRef, other); }) ==
               "exhibit 2: the SHA-256 given (" + sha256Hex("another file") +
                   ") is not that of the file's content (" + sha256Hex("log") + ")");

    BOOST_TEST(exhibits.list(kRef).size() == 1u);
    BOOST_TEST(contentRows(store) == 1);
    BOOST_TEST(AuditTrail(*store.db).forCase(kRef).size() == trailBefore);
}

BOOST_AUTO_TEST_CASE(aChangedExhibitKeepsItsFileAndCannotSwapItAndARemovedOneTakesItsFile) {
    StoreFixture store;
    CaseRepository(*store.db).insert(practiceCase());
    ExhibitRepository exhibits(*store.db);

    Exhibit renamed = exhibits.get(kRef, 1);
    renamed.title = "SRA, March 2025 (final)";
    exhibits.update(kRef, renamed);
    BOOST_TEST(exhibits.get(kRef, 1).title == "SRA, March 2025 (final)");
    BOOST_TEST(exhibitContent(*store.db, kRef, 1) == exhibitBytes());
    BOOST_TEST(AuditTrail(*store.db).forCase(kRef).back().change ==
               "title: Security risk assessment, March 2025 → SRA, March 2025 (final)");

    Exhibit swapped = exhibits.get(kRef, 1);
    swapped.content = std::make_shared<const std::string>("a different report");
    swapped.sizeBytes = swapped.content->size();
    BOOST_TEST(messageOf<ValidationError>([&] { exhibits.update(kRef, swapped); }) ==
               "exhibit 1: the file attached cannot be replaced; attach the other file as a new "
               "exhibit");
    Exhibit refingerprinted = exhibits.get(kRef, 1);
    refingerprinted.sha256 = sha256Hex("a different report");
    BOOST_TEST(messageOf<ValidationError>([&] { exhibits.update(kRef, refingerprinted); }) ==
               "exhibit 1: the file attached cannot be replaced; attach the other file as a new "
               "exhibit");
    BOOST_TEST(exhibits.get(kRef, 1).sha256 == sha256Hex(exhibitBytes()));
    BOOST_TEST(exhibitContent(*store.db, kRef, 1) == exhibitBytes());

    exhibits.remove(kRef, 1);
    BOOST_TEST(exhibits.list(kRef).empty());
    BOOST_TEST(contentRows(store) == 0);
    BOOST_TEST(store.db->check().empty());

    CaseRepository(*store.db).remove(kRef);
    BOOST_TEST(!CaseRepository(*store.db).exists(kRef));
}

BOOST_AUTO_TEST_CASE(anImportCarriesItsExhibitsFilesAndOneMissingOrAlteredStoresNothing) {
    StoreFixture store;
    CaseRepository cases(*store.db);

    CaseRecord withoutFile = practiceCase();
    withoutFile.exhibits[0].content = nullptr;
    BOOST_TEST(messageOf<ValidationError>([&] { cases.insert(withoutFile); }) ==
               "exhibit 1: the file's content is missing");

    CaseRecord altered = practiceCase();
    std::string bytes = exhibitBytes();
    bytes[3] = 'X';  // same size, other bytes
    altered.exhibits[0].content = std::make_shared<const std::string>(bytes);
    BOOST_TEST(messageOf<ValidationError>([&] { cases.insert(altered); }) ==
               "exhibit 1 (sra-report.pdf): the file's content does not match its SHA-256 " +
                   sha256Hex(exhibitBytes()) + " (it was changed after it was attached)");

    BOOST_TEST(!cases.exists(kRef));
    BOOST_TEST(contentRows(store) == 0);

    cases.insert(practiceCase());
    BOOST_TEST(exhibitContent(*store.db, kRef, 1) == exhibitBytes());
}

BOOST_AUTO_TEST_CASE(checkNamesAnExhibitWhoseStoredBytesWereChangedOrRemoved) {
    StoreFixture store;
    CaseRepository(*store.db).insert(practiceCase());
    BOOST_TEST(store.db->check().empty());
    auto raw = store.bypass();
    const std::string original = raw->text("SELECT content FROM exhibit_contents");
    BOOST_TEST(original == encodeBase64(exhibitBytes()));

    std::string tampered = exhibitBytes();
    tampered[20] = static_cast<char>(tampered[20] ^ 1);
    raw->exec("UPDATE exhibit_contents SET content = '" + encodeBase64(tampered) + "'");
    std::vector<std::string> problems = store.db->check();
    BOOST_TEST_REQUIRE(problems.size() == 1u);
    BOOST_TEST(problems[0] ==
               "CG-2026-0001 exhibit 1 (sra-report.pdf): content no longer matches its SHA-256 "
               "(changed after it was attached)");
    BOOST_TEST(checkExhibitContents(*store.db) == problems);
    const std::string refused = messageOf<ExhibitChanged>([&] { verifiedExhibitContent(*store.db, kRef, 1); });
    BOOST_TEST(refused.find("exhibit 1 (sra-report.pdf) no longer matches the SHA-256 taken when it was "
                            "attached on ") == 0u,
               refused);
    BOOST_TEST(refused.find("Restore the database from a backup or attach the original file again.") !=
                   std::string::npos,
               refused);

    raw->exec("UPDATE exhibit_contents SET content = 'not base64!'");
    problems = store.db->check();
    BOOST_TEST_REQUIRE(problems.size() == 1u);
    BOOST_TEST(problems[0] ==
               "CG-2026-0001 exhibit 1 (sra-report.pdf): content is damaged (not base64)");
    BOOST_TEST(messageOf<StoreError>([&] { exhibitContent(*store.db, kRef, 1); }) ==
               "stored exhibit content is not base64; the database is damaged (run a check)");

    raw->exec("UPDATE exhibit_contents SET content = '" + original + "'");
    BOOST_TEST(store.db->check().empty());
    BOOST_TEST(verifiedExhibitContent(*store.db, kRef, 1) == exhibitBytes());

    raw->exec("DELETE FROM exhibit_contents");
    problems = store.db->check();
    BOOST_TEST_REQUIRE(problems.size() == 1u);
    BOOST_TEST(problems[0] ==
               "CG-2026-0001 exhibit 1 (sra-report.pdf): content is missing (restore the file from "
               "a backup)");
    BOOST_TEST(messageOf<NotFound>([&] { exhibitContent(*store.db, kRef, 1); }) ==
               "the file of exhibit 1 of case CG-2026-0001 is missing from the database (run a "
               "check)");
}

BOOST_AUTO_TEST_SUITE_END()
