// Comparing two drafts' terms and the "Changes since" page.
#include <boost/test/unit_test.hpp>

#include "domain/documents/draft_comparison.h"
#include "domain/documents/draft_versions.h"
#include "draft_cases.h"
#include "template_builders.h"

using namespace cg::testing;
using namespace cg::domain;
using namespace cg::domain::documents;
using Kind = TermDifference::Kind;

namespace {

// Version 1 of the settlement case, then version 2 after `edit`.
struct TwoVersions {
    CaseRecord record = settlementCase();
    AgreementDraft first;
    AgreementDraft second;

    template <typename Edit>
    explicit TwoVersions(Edit edit) {
        first = makeDraftRecord(record, "settlement-agreement", Instant::parse("2026-11-23T10:00:00Z"), "");
        record.drafts.push_back(first);
        edit(record);
        second = makeDraftRecord(record, "settlement-agreement", Instant::parse("2026-11-30T10:00:00Z"), "");
    }
};

SettlementOption& option(CaseRecord& record, RecordNo no) {
    for (auto& o : record.options)
        if (o.no == no) return o;
    throw std::logic_error("no option");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(DraftComparison)

BOOST_AUTO_TEST_CASE(identicalSnapshotsHaveNoDifferences) {
    const TwoVersions v([](CaseRecord&) {});
    BOOST_TEST(compareDrafts(v.first, v.second, v.record).empty());
}

BOOST_AUTO_TEST_CASE(eachChangedFieldIsListedBeforeAndAfter) {
    const TwoVersions v([](CaseRecord& r) {
        auto& payment = option(r, kPayment);
        payment.amount = Money(45'000'00, "USD");
        payment.description = "Acme pays restoration and forensics";
        payment.payeeNo = kInsurer;
        payment.dueOn = Date(2027, 2, 1);
        payment.instalments = {{Date(2027, 2, 1), Money(45'000'00, "USD")}};
    });
    const auto differences = compareDrafts(v.first, v.second, v.record);
    BOOST_REQUIRE_EQUAL(differences.size(), 1u);
    BOOST_TEST((differences[0].kind == Kind::Changed));
    BOOST_TEST(differences[0].optionNo == kPayment);
    std::vector<std::string> described;
    for (const auto& c : differences[0].changes) described.push_back(TermDifference::describe(c));
    const std::vector<std::string> expected{
        "description: Acme pays the restoration costs → Acme pays restoration and forensics",
        "amount: USD 46,200.00 → USD 45,000.00",
        "payee: Harbour Dental Group LLC → Northbridge Mutual Insurance",
        "due date: 15 January 2027 → 1 February 2027",
        "instalments: USD 23,100.00 on 15 December 2026; USD 23,100.00 on 15 January 2027 → USD 45,000.00 on "
        "1 February 2027"};
    BOOST_TEST(described == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(kindAndPayerChangesAndAMissingAmountReadAsNone) {
    const TwoVersions v([](CaseRecord& r) {
        auto& programme = option(r, kProgramme);
        programme.kind = OptionKind::RemediationWork;
        programme.payerNo = kDental;
        programme.amount = Money(8'000'00, "USD");
    });
    const auto differences = compareDrafts(v.first, v.second, v.record);
    BOOST_REQUIRE_EQUAL(differences.size(), 1u);
    std::vector<std::string> described;
    for (const auto& c : differences[0].changes) described.push_back(TermDifference::describe(c));
    const std::vector<std::string> expected{"kind: security programme → remediation work",
                                            "amount: none → USD 8,000.00",
                                            "payer: Acme IT Services LLC → Harbour Dental Group LLC"};
    BOOST_TEST(described == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(termsAcceptedOrDroppedSinceAreAddedOrRemoved) {
    const TwoVersions v([](CaseRecord& r) {
        option(r, kAcknowledgment).status = OptionStatus::Accepted;
        option(r, kNotices).status = OptionStatus::Rejected;
    });
    const auto differences = compareDrafts(v.first, v.second, v.record);
    BOOST_REQUIRE_EQUAL(differences.size(), 2u);
    BOOST_TEST((differences[0].kind == Kind::Removed));
    BOOST_TEST(differences[0].optionNo == kNotices);
    BOOST_TEST(differences[0].label == "term 4 (notification cooperation: Acme drafts the patient notices)");
    BOOST_TEST((differences[1].kind == Kind::Added));
    BOOST_TEST(differences[1].optionNo == kAcknowledgment);
}

BOOST_AUTO_TEST_CASE(changesSinceOpensWithAHeadingListsTheChangesAndBreaksThePage) {
    const TwoVersions v([](CaseRecord& r) {
        option(r, kPayment).amount = Money(45'000'00, "USD");
        option(r, kAcknowledgment).status = OptionStatus::Accepted;
        option(r, kNotices).status = OptionStatus::Rejected;
    });
    const auto blocks = changesSinceBlocks(v.first, v.second, v.record);
    BOOST_REQUIRE_EQUAL(blocks.size(), 5u);
    BOOST_TEST(plainText(std::get<Heading>(blocks[0]).text) == "Changes since version 1");
    BOOST_TEST(plainText(std::get<Paragraph>(blocks[1]).text) ==
               "Removed: term 4 (notification cooperation: Acme drafts the patient notices).");
    BOOST_TEST(plainText(std::get<Paragraph>(blocks[2]).text) ==
               "Added: term 3 (acknowledgment: Joint statement without admission).");
    const auto& table = std::get<Table>(blocks[3]);
    BOOST_TEST(table.columns[2].header == "Version 1");
    BOOST_TEST(table.columns[3].header == "Version 2");
    BOOST_REQUIRE_EQUAL(table.rows.size(), 1u);
    BOOST_TEST((table.rows[0] == std::vector<std::string>{"term 1 (payment: Acme pays the restoration costs)", "amount",
                                                           "USD 46,200.00", "USD 45,000.00"}));
    BOOST_TEST(std::holds_alternative<PageBreak>(blocks[4]));
}

BOOST_AUTO_TEST_CASE(changesSinceSaysSoWhenNothingChanged) {
    const TwoVersions v([](CaseRecord&) {});
    const auto blocks = changesSinceBlocks(v.first, v.second, v.record);
    BOOST_REQUIRE_EQUAL(blocks.size(), 3u);
    BOOST_TEST(plainText(std::get<Paragraph>(blocks[1]).text) == "The terms read as they did in version 1.");
    BOOST_TEST(std::holds_alternative<PageBreak>(blocks[2]));
}

BOOST_AUTO_TEST_CASE(changesSinceALaterVersionIsRefused) {
    const TwoVersions v([](CaseRecord&) {});
    BOOST_CHECK_EXCEPTION(changesSinceBlocks(v.second, v.first, v.record), ValidationError,
                          [](const ValidationError& e) {
                              return std::string(e.what()).find("compare with an earlier version") != std::string::npos;
                          });
}

BOOST_AUTO_TEST_SUITE_END()
