// Confidential stays confidential (DESIGN.md): markers planted in every
// confidential field of a full case; the interest-map handout is built for
// each party and for all parties, every text of every block is read back
// (the map's cards and labels, table cells, running text, metadata), and no
// marker the audience may not see appears. The mediator's copy holds them.
#include <boost/test/unit_test.hpp>

#include "document_text.h"
#include "domain/common_ground/audience.h"
#include "domain/documents/handouts/interest_map_handout.h"
#include "planted_case.h"

using namespace cg;
using namespace cg::domain;
using namespace cg::domain::documents;

namespace {

const Date kHandedOut(2026, 3, 4);

std::string handoutText(const Audience& audience) {
    return testing::allText(interestMapHandout(testing::plantedCase(), audience, kHandedOut));
}

void requireNone(const std::string& text, const std::vector<std::string>& markers,
                 const std::string& who) {
    for (const auto& m : markers)
        BOOST_TEST(text.find(m) == std::string::npos, m << " leaked to " << who);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(HandoutConfidentiality)

BOOST_AUTO_TEST_CASE(theMarkersArePlantedWhereTheCaseKeepsThem) {
    // The test below is only as good as its planting: the unfiltered case
    // must hold every marker.
    const CaseRecord r = testing::plantedCase();
    std::string everything;
    for (const auto& i : r.interests) everything += i.description + "\n";
    for (const auto& s : r.sessions) {
        for (const auto& p : s.participants) everything += p + "\n";
        for (const auto& n : s.notes) everything += n.text + "\n";
    }
    for (const auto& o : r.offers) everything += o.terms + "\n";
    for (const auto* list :
         {&testing::kPartyOneMarkers, &testing::kPartyTwoMarkers, &testing::kMediatorMarkers})
        for (const auto& m : *list)
            BOOST_TEST(everything.find(m) != std::string::npos, m << " not planted");
}

BOOST_AUTO_TEST_CASE(allPartiesHandoutHoldsNoConfidentialMarker) {
    const std::string text = handoutText(Audience::allParties());
    requireNone(text, testing::kPartyOneMarkers, "all parties");
    requireNone(text, testing::kPartyTwoMarkers, "all parties");
    requireNone(text, testing::kMediatorMarkers, "all parties");
    BOOST_TEST(text.find("Keep the practice open") != std::string::npos);
    BOOST_TEST(text.find("Keep the maintenance contract") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(eachPartysHandoutHoldsItsOwnInterestsAndNoOneElsesConfidentialOnes) {
    const std::string practice = handoutText(Audience::party(1));
    requireNone(practice, testing::kPartyTwoMarkers, "party 1");
    requireNone(practice, testing::kMediatorMarkers, "party 1");
    BOOST_TEST(practice.find("SECRET-P1-interest") != std::string::npos);
    BOOST_TEST(practice.find("Keep the maintenance contract") != std::string::npos);

    const std::string provider = handoutText(Audience::party(2));
    requireNone(provider, testing::kPartyOneMarkers, "party 2");
    requireNone(provider, testing::kMediatorMarkers, "party 2");
    BOOST_TEST(provider.find("SECRET-P2-interest") != std::string::npos);
    BOOST_TEST(provider.find("Keep the practice open") != std::string::npos);

    const std::string insurer = handoutText(Audience::party(3));
    requireNone(insurer, testing::kPartyOneMarkers, "party 3");
    requireNone(insurer, testing::kPartyTwoMarkers, "party 3");
    requireNone(insurer, testing::kMediatorMarkers, "party 3");
}

BOOST_AUTO_TEST_CASE(noMarkerReachesAPartyThroughTheMapAlone) {
    // The map is the part a reader sees first; check its own texts apart
    // from the rest, for every party audience.
    for (RecordNo partyNo : {1, 2, 3}) {
        const Document handout =
            interestMapHandout(testing::plantedCase(), Audience::party(partyNo), kHandedOut);
        const auto figures = testing::blocksOf<MapFigure>(handout);
        BOOST_TEST_REQUIRE(figures.size() == 1u);
        std::string mapText;
        for (const auto& t : testing::mapTexts(figures[0]->layout)) mapText += t + "\n";
        requireNone(mapText, testing::kMediatorMarkers, "a party's map");
        for (const auto& m : testing::kInterestMarkers) {
            const bool own = (partyNo == 1 && m == "SECRET-P1-interest") ||
                             (partyNo == 2 && m == "SECRET-P2-interest");
            BOOST_TEST((mapText.find(m) != std::string::npos) == own,
                       m << " on party " << partyNo << "'s map");
        }
    }
}

BOOST_AUTO_TEST_CASE(theMediatorsHandoutHoldsEveryInterestMarker) {
    const std::string text = handoutText(Audience::mediator());
    for (const auto& m : testing::kInterestMarkers)
        BOOST_TEST(text.find(m) != std::string::npos, m << " missing");
}

BOOST_AUTO_TEST_SUITE_END()
