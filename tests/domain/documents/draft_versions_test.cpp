// Version numbers and the record kept of each draft.
#include <boost/test/unit_test.hpp>

#include "domain/documents/draft_versions.h"
#include "draft_cases.h"

using namespace cg::testing;
using namespace cg::domain;
using namespace cg::domain::documents;

BOOST_AUTO_TEST_SUITE(DraftVersions)

BOOST_AUTO_TEST_CASE(theFirstDraftIsVersionOneAndLaterOnesFollowTheHighest) {
    auto record = settlementCase();
    BOOST_TEST(nextDraftVersion(record) == 1);
    BOOST_TEST(latestDraft(record) == nullptr);
    AgreementDraft third;
    third.no = 1;
    third.version = 3;
    AgreementDraft second;
    second.no = 2;
    second.version = 2;
    record.drafts = {third, second};
    BOOST_TEST(nextDraftVersion(record) == 4);
    BOOST_TEST(latestDraft(record)->no == 1);
}

BOOST_AUTO_TEST_CASE(aDraftRecordSnapshotsTheAcceptedTermsInRecordOrder) {
    auto record = settlementCase();
    const std::string sha(64, 'a');
    const auto draft = makeDraftRecord(record, "settlement-agreement", Instant::parse("2026-11-23T10:00:00Z"), sha);
    BOOST_TEST(draft.no == 1);
    BOOST_TEST(draft.version == 1);
    BOOST_TEST(draft.templateName == "settlement-agreement");
    BOOST_TEST(draft.createdAt.toString() == "2026-11-23T10:00:00Z");
    BOOST_TEST(draft.pdfSha256 == sha);
    BOOST_TEST(draft.termNos == (RecordNos{1, 2, 4}), boost::test_tools::per_element());
    BOOST_REQUIRE_EQUAL(draft.termSnapshot.size(), 3u);
    BOOST_TEST(draft.termSnapshot[0].amount->display() == "USD 46,200.00");
    BOOST_TEST(draft.termSnapshot[0].instalments.size() == 2u);

    record.drafts.push_back(draft);
    record.options[0].amount = Money(50'000'00, "USD");
    const auto next = makeDraftRecord(record, "settlement-agreement", Instant::parse("2026-11-30T10:00:00Z"), "");
    BOOST_TEST(next.no == 2);
    BOOST_TEST(next.version == 2);
    // The earlier snapshot keeps the term as it read then.
    BOOST_TEST(record.drafts[0].termSnapshot[0].amount->display() == "USD 46,200.00");
    BOOST_TEST(next.termSnapshot[0].amount->display() == "USD 50,000.00");
}

BOOST_AUTO_TEST_CASE(aHashThatIsNotSha256HexIsRefused) {
    const auto record = settlementCase();
    BOOST_CHECK_EXCEPTION(makeDraftRecord(record, "settlement-agreement", Instant(), std::string(64, 'A')),
                          ValidationError, [](const ValidationError& e) {
                              return std::string(e.what()).find("64 lower-case hex digits") != std::string::npos;
                          });
    BOOST_CHECK_THROW(makeDraftRecord(record, "settlement-agreement", Instant(), "abc"), ValidationError);
    BOOST_CHECK_THROW(makeDraftRecord(record, "", Instant(), ""), ValidationError);
}

BOOST_AUTO_TEST_SUITE_END()
