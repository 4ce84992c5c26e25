// The mediator's worksheet paper: one section per claim with the interests of
// both sides (confidential ones included), the shared pairs, the criteria,
// the options and what no option serves; each party's preparation notes; and
// "Confidential — mediator's working paper" on every page.
#include "domain/documents/handouts/mediator_worksheet_document.h"

#include <boost/test/unit_test.hpp>

#include "document_text.h"
#include "planted_case.h"
#include "support/case_builder.h"

using namespace cg;
using namespace cg::domain;
using namespace cg::domain::documents;

namespace {

const Date kWritten(2026, 3, 4);

std::vector<std::string> headings(const Document& document) {
    std::vector<std::string> result;
    for (const auto* h : testing::blocksOf<Heading>(document))
        result.push_back((h->number.empty() ? "" : h->number + " ") + testing::runsText(h->text));
    return result;
}

bool hasHeading(const Document& document, const std::string& text) {
    for (const auto& h : headings(document))
        if (h == text) return true;
    return false;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(MediatorWorksheetDocument)

BOOST_AUTO_TEST_CASE(everyPageIsMarkedAsTheMediatorsConfidentialWorkingPaper) {
    const Document paper =
        mediatorWorksheetDocument(testing::plantedCase(), kWritten, PaperSize::Letter);
    BOOST_TEST(paper.running.footer.find("Confidential — mediator's working paper") !=
               std::string::npos);
    BOOST_TEST(paper.watermark.value_or("") == "CONFIDENTIAL");
    BOOST_TEST((paper.page.paper == PaperSize::Letter));
    BOOST_TEST(paper.info.author == "Dr. Ingrid Størseth");
}

BOOST_AUTO_TEST_CASE(itHoldsEveryPartysConfidentialInterests) {
    const std::string text =
        testing::allText(mediatorWorksheetDocument(testing::plantedCase(), kWritten));
    for (const auto& m : testing::kInterestMarkers)
        BOOST_TEST(text.find(m) != std::string::npos, m << " missing");
}

BOOST_AUTO_TEST_CASE(eachClaimHasItsSectionWithPositionsPairsCriteriaAndOptions) {
    const Document paper = mediatorWorksheetDocument(testing::plantedCase(), kWritten);
    BOOST_TEST(
        hasHeading(paper, "1 Claim 1: Zahnarztpraxis Müller blames Kessler IT Services GmbH"));
    BOOST_TEST(
        hasHeading(paper, "2 Claim 2: Kessler IT Services GmbH blames Zahnarztpraxis Müller"));
    BOOST_TEST(hasHeading(paper, "1.2 Shared interests"));
    BOOST_TEST(hasHeading(paper, "1.3 Objective criteria"));
    BOOST_TEST(
        testing::hasParagraph(paper, "Accuser's position: The MSP owes the full restoration cost"));
    BOOST_TEST(testing::hasParagraph(paper, "Amount claimed: EUR 1,487,000.00"));

    // Claim 1 links interests of both sides: confirmed pairs.
    const Table* shared = testing::tableWithColumn(paper, "Accuser's interest");
    BOOST_TEST_REQUIRE(shared);
    BOOST_TEST(shared->rows.front()[testing::columnIndex(*shared, "Basis")] ==
               "linked by the mediator");

    // Clause 3 (security obligation, § 2.1) is linked to claim 1; the failed
    // control comes from fact 1.
    const Table* criteria = testing::tableWithColumn(paper, "Obligates");
    BOOST_TEST_REQUIRE(criteria);
    BOOST_TEST(criteria->rows.front()[0] == "Clause 3 2.1");
    bool control = false;
    for (const auto& row : criteria->rows) control = control || row[0] == "CIS 3.11";
    BOOST_TEST(control);
}

BOOST_AUTO_TEST_CASE(suggestedPairsAreMarkedAndUnservedInterestsNamed) {
    // Interests 1 and 2 linked to the claim (a confirmed pair); 3 and 4 share
    // category and words but are not linked (a suggestion). No option exists,
    // so the linked interests and those in a pair are all unserved.
    testing::CaseBuilder builder;
    builder.withParty("Zahnarztpraxis Müller")
        .withParty("Kessler IT Services GmbH", PartyRole::Respondent)
        .withInterest(1, "Keep the practice open")
        .withInterest(2, "Keep the clinic systems running")
        .withInterest(1, "Restore patient trust after the breach")
        .withInterest(2, "Restore patient trust in our services")
        .withClaim(1, 2, "Failed to patch the VPN");
    CaseRecord& r = builder.record();
    r.interests[2].category = r.interests[3].category = InterestCategory::Reputational;
    r.claims[0].interestNos = {1, 2};
    const Document paper = mediatorWorksheetDocument(builder.build(), kWritten);

    const Table* shared = testing::tableWithColumn(paper, "Accuser's interest");
    BOOST_TEST_REQUIRE(shared);
    BOOST_TEST_REQUIRE(shared->rows.size() == 2u);
    const std::size_t basis = testing::columnIndex(*shared, "Basis");
    BOOST_TEST(shared->rows[0][basis] == "linked by the mediator");
    BOOST_TEST(shared->rows[1][basis].find("suggested (") == 0u);
    BOOST_TEST(shared->rows[1][testing::columnIndex(*shared, "Common words")] ==
               "patient restore trust");
    BOOST_TEST(testing::hasParagraph(
        paper,
        "Suggested pairs come from category and wording and await the mediator's confirmation."));
    BOOST_TEST(testing::hasParagraph(paper, "No option serves these interests yet."));
    const std::string text = testing::allText(paper);
    BOOST_TEST(
        text.find(
            "Interests no option serves yet: 1 Zahnarztpraxis Müller: Keep the practice open") !=
        std::string::npos);
}

BOOST_AUTO_TEST_CASE(preparationNotesFollowForEveryParty) {
    const Document paper = mediatorWorksheetDocument(testing::plantedCase(), kWritten);
    BOOST_TEST(hasHeading(paper, "3 Preparation notes per party"));
    BOOST_TEST(hasHeading(paper, "3.1 Preparation notes for Zahnarztpraxis Müller (claimant)"));
    BOOST_TEST(hasHeading(paper, "3.3 Preparation notes for Jens Ohlsen (insurer)"));
    BOOST_TEST(testing::hasParagraph(paper, "Alternatives (BATNA / WATNA): none recorded."));
}

// Each party's sheet lists the alternatives it may see: its own BATNA with
// value and likelihood; the mediator-only WATNA estimate stays off the sheet
// like the mediator-only interests.
BOOST_AUTO_TEST_CASE(aPartysSheetListsItsBatnaWithValueAndLikelihood) {
    const Document paper = mediatorWorksheetDocument(testing::plantedCase(), kWritten);
    const std::string text = testing::allText(paper);
    BOOST_TEST(text.find("SECRET-P1-batna Sue the MSP") != std::string::npos);
    BOOST_TEST(text.find("SECRET-P2-batna Walk away and defend") != std::string::npos);
    BOOST_TEST(text.find("SECRET-MED-watna-estimate") == std::string::npos);
    const Table* alternatives = testing::tableWithColumn(paper, "Likelihood");
    BOOST_TEST_REQUIRE(alternatives);
    BOOST_TEST(alternatives->rows.at(0).at(0) == "BATNA");
    BOOST_TEST(alternatives->rows.at(0).at(3).find(" %") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(aCaseWithoutClaimsSaysSoInsteadOfEmptyTables) {
    testing::CaseBuilder builder;
    builder.withParty("Zahnarztpraxis Müller");
    const Document paper = mediatorWorksheetDocument(builder.build(), kWritten);
    BOOST_TEST(
        testing::hasParagraph(paper, "No blame claims recorded, so the worksheet has no rows."));
    BOOST_TEST(testing::hasParagraph(paper, "Its interests: none recorded."));
    for (const auto* table : testing::blocksOf<Table>(paper)) BOOST_TEST(!table->rows.empty());
}

BOOST_AUTO_TEST_SUITE_END()
