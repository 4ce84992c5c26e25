// The interest map's layout: on built cases, on the sample cases and on the
// 2,000-interest synthetic case, every visible interest gets exactly one card,
// no two cards overlap, every card stays on the canvas and every claim gets an
// arrow between the right parties.
#include "domain/common_ground/interest_map.h"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <map>
#include <set>

#include "cli/synthetic_case.h"
#include "domain/common_ground/interest_map_palette.h"
#include "exchange/case_file.h"
#include "support/case_builder.h"

using namespace cg;
using namespace cg::domain;
using cg::testing::CaseBuilder;

namespace {

CaseRecord sample(const std::string& name) {
    return exchange::readCaseFile(std::string(CG_SOURCE_DIR) + "/data/samples/" + name);
}

// Sweep over the cards sorted by left edge: only cards whose horizontal
// ranges overlap are compared, so the check stays fast for 2,000 cards.
std::size_t overlappingPairs(const InterestMapLayout& layout) {
    std::vector<MapRect> boxes;
    for (const auto& c : layout.cards) boxes.push_back(c.box);
    std::sort(boxes.begin(), boxes.end(),
              [](const MapRect& a, const MapRect& b) { return a.x < b.x; });
    std::size_t pairs = 0;
    for (std::size_t i = 0; i < boxes.size(); ++i)
        for (std::size_t j = i + 1; j < boxes.size() && boxes[j].x < boxes[i].x + boxes[i].width;
             ++j)
            if (boxes[i].intersects(boxes[j])) ++pairs;
    return pairs;
}

void checkInvariants(const CaseRecord& visible, const InterestMapLayout& layout) {
    std::map<RecordNo, int> cardsPerInterest;
    for (const auto& c : layout.cards) {
        ++cardsPerInterest[c.interestNo];
        BOOST_TEST(c.box.insideCanvas(layout.width, layout.height),
                   "card " << c.interestNo << " off the canvas");
    }
    BOOST_TEST(layout.cards.size() == visible.interests.size());
    for (const auto& i : visible.interests)
        BOOST_TEST(cardsPerInterest[i.no] == 1, "interest " << i.no);
    BOOST_TEST(overlappingPairs(layout) == 0u);

    BOOST_TEST(layout.nodes.size() == visible.parties.size());
    const auto nodeOf = [&](RecordNo partyNo) {
        return *std::find_if(layout.nodes.begin(), layout.nodes.end(),
                             [&](const PartyNode& n) { return n.partyNo == partyNo; });
    };
    BOOST_TEST(layout.arrows.size() == visible.claims.size());
    for (std::size_t k = 0; k < layout.arrows.size(); ++k) {
        const ClaimArrow& a = layout.arrows[k];
        const BlameClaim& claim = visible.claims[k];
        BOOST_TEST(a.claimNo == claim.no);
        BOOST_TEST(a.accuserNo == claim.accuserNo);
        BOOST_TEST(a.accusedNo == claim.accusedNo);
        // The arrow starts on the accuser's circle and ends on the accused's.
        const PartyNode from = nodeOf(claim.accuserNo);
        const PartyNode to = nodeOf(claim.accusedNo);
        BOOST_TEST(std::hypot(a.from.x - from.centre.x, a.from.y - from.centre.y) == from.radius,
                   boost::test_tools::tolerance(1e-6));
        BOOST_TEST(std::hypot(a.to.x - to.centre.x, a.to.y - to.centre.y) == to.radius,
                   boost::test_tools::tolerance(1e-6));
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(InterestMap)

BOOST_AUTO_TEST_CASE(theSampleCasesGetOneCardPerVisibleInterestAndNoOverlaps) {
    for (const char* name :
         {"dental-practice-ransomware.cgcase", "online-retailer-cardholder-data.cgcase",
          "engineering-firm-coverage-denial.cgcase"}) {
        BOOST_TEST_CONTEXT(name) {
            const CaseRecord record = sample(name);
            for (const Audience& audience :
                 {Audience::mediator(), Audience::allParties(), Audience::party(1)}) {
                const CaseRecord visible = visibleTo(record, audience);
                checkInvariants(visible, layoutInterestMap(visible, 1600, 1100));
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(theSyntheticCaseGrowsTheCanvasUntilTwoThousandCardsFit) {
    const CaseRecord record = cli::makeSyntheticCase({}, "CG-2026-9000");
    const InterestMapLayout layout = layoutInterestMap(record, 1600, 1100);
    BOOST_TEST(record.interests.size() == 2000u);
    BOOST_TEST(layout.width > 1600);
    BOOST_TEST(layout.height > 1100);
    checkInvariants(record, layout);
}

BOOST_AUTO_TEST_CASE(aPartyOnlyAudienceGetsCardsForWhatItMaySeeAlone) {
    CaseBuilder builder;
    builder.withParty("Zahnarztpraxis Müller").withParty("Bridgeview IT", PartyRole::Respondent);
    builder.withInterest(1, "keep patients").withInterest(2, "keep the contract");
    builder.withInterest(1, "a line of credit", Visibility::MediatorOnly);
    const CaseRecord record = builder.build();
    BOOST_TEST(layoutInterestMap(record, Audience::mediator(), 800, 600).cards.size() == 3u);
    const InterestMapLayout forParty = layoutInterestMap(record, Audience::party(2), 800, 600);
    BOOST_TEST(forParty.cards.size() == 2u);
    BOOST_TEST(forParty.preparedFor == "Prepared for: Bridgeview IT");
    BOOST_TEST(layoutInterestMap(record, Audience::allParties(), 800, 600).preparedFor ==
               "All parties");
    BOOST_TEST(layoutInterestMap(record, Audience::mediator(), 800, 600).preparedFor ==
               "Mediator — contains confidential material");
}

BOOST_AUTO_TEST_CASE(twoPartiesBlamingEachOtherGetArrowsOnOppositeSides) {
    CaseBuilder builder;
    builder.withParty("Practice").withParty("Provider", PartyRole::Respondent);
    builder.withClaim(1, 2, "no backups tested")
        .withClaim(2, 1, "declined MFA")
        .withClaim(1, 2, "late notice");
    const InterestMapLayout layout = layoutInterestMap(builder.build(), 1000, 800);
    BOOST_REQUIRE(layout.arrows.size() == 3u);
    // The parties sit left and right at the same height, so the arrows bend
    // up or down: 1→2 one way, 2→1 the other, the second 1→2 further out.
    const double middleY = layout.nodes[0].centre.y;
    BOOST_TEST(layout.nodes[1].centre.y == middleY, boost::test_tools::tolerance(1e-9));
    const double bendFirst = layout.arrows[0].control.y - middleY;
    const double bendReverse = layout.arrows[1].control.y - middleY;
    const double bendSecond = layout.arrows[2].control.y - middleY;
    BOOST_TEST(bendFirst * bendReverse < 0);
    BOOST_TEST(std::abs(bendFirst) == 40.0, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(std::abs(bendSecond) == 64.0, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(bendFirst * bendSecond > 0);
}

BOOST_AUTO_TEST_CASE(aConfirmedSharedInterestSitsInTheCommonGroundWithLinesToBothCards) {
    CaseBuilder builder;
    builder.withParty("Practice").withParty("Provider", PartyRole::Respondent);
    builder.withInterest(1, "keep operating")
        .withInterest(2, "keep the client")
        .withInterest(2, "unrelated");
    builder.withClaim(1, 2, "ransomware outage");
    builder.record().interests[0].category = InterestCategory::OperationalContinuity;
    builder.record().interests[1].category = InterestCategory::OperationalContinuity;
    builder.record().interests[2].category = InterestCategory::Recognition;
    builder.record().claims[0].interestNos = {1, 2};
    const InterestMapLayout layout = layoutInterestMap(builder.build(), 1000, 800);
    const CommonGroundZone& zone = layout.commonGround;
    BOOST_REQUIRE(zone.entries.size() == 1u);
    BOOST_TEST(zone.entries[0].firstInterestNo == 1u);
    BOOST_TEST(zone.entries[0].secondInterestNo == 2u);
    BOOST_TEST(!zone.entries[0].suggested);
    BOOST_REQUIRE(zone.labels.size() == 1u);
    BOOST_TEST(zone.labels[0].text == "operational-continuity: 1 ↔ 2");
    BOOST_REQUIRE(layout.links.size() == 2u);
    BOOST_TEST(layout.links[0].interestNo == 1u);
    BOOST_TEST(layout.links[1].interestNo == 2u);
    for (const auto& link : layout.links)
        BOOST_TEST(
            std::hypot(link.from.x - zone.centre.x, link.from.y - zone.centre.y) == zone.radius,
            boost::test_tools::tolerance(1e-6));
    // No card covers the common-ground circle.
    for (const auto& c : layout.cards)
        BOOST_TEST(!c.box.intersects({zone.centre.x - zone.radius, zone.centre.y - zone.radius,
                                      2 * zone.radius, 2 * zone.radius}));
}

BOOST_AUTO_TEST_CASE(theRetailersCommonGroundHoldsTheWorksheetsThreeSuggestions) {
    // The retailer sample links no shared pair to a claim, so the worksheet's
    // suggestions (same category, overlapping wording) are all there is; each
    // joins two cards, so six dashed lines.
    const InterestMapLayout layout = layoutInterestMap(
        sample("online-retailer-cardholder-data.cgcase"), Audience::mediator(), 1600, 1100);
    const CommonGroundZone& zone = layout.commonGround;
    BOOST_REQUIRE(zone.labels.size() == 3u);
    BOOST_TEST(zone.labels[0].text == "reputational: 3 ↔ 7 (suggested)");
    BOOST_TEST(zone.labels[1].text == "financial: 12 ↔ 1 (suggested)");
    BOOST_TEST(zone.labels[2].text == "regulatory: 13 ↔ 4 (suggested)");
    BOOST_TEST(zone.unlabelledCount == 0u);
    BOOST_TEST(layout.links.size() == 6u);
    for (const auto& link : layout.links) BOOST_TEST(link.suggested);
}

BOOST_AUTO_TEST_CASE(categoryColoursAreTheOkabeItoPaletteOnePerCategory) {
    BOOST_TEST(categoryColour(InterestCategory::Financial) == "#E69F00");
    BOOST_TEST(categoryColour(InterestCategory::Regulatory) == "#0072B2");
    std::set<std::string_view> colours;
    for (auto category :
         {InterestCategory::Financial, InterestCategory::Reputational, InterestCategory::Regulatory,
          InterestCategory::OperationalContinuity, InterestCategory::Relationship,
          InterestCategory::SecurityImprovement, InterestCategory::Recognition})
        colours.insert(categoryColour(category));
    BOOST_TEST(colours.size() == 7u);
}

BOOST_AUTO_TEST_SUITE_END()
