// The interest-map handout: the app's map for the audience, each party's
// interests as that audience may see them, the shared interests (confirmed
// before suggested), the options with what they serve, and the frame.
#include "domain/documents/handouts/interest_map_handout.h"

#include <boost/test/unit_test.hpp>
#include <set>

#include "document_text.h"
#include "domain/common_ground/audience.h"
#include "domain/common_ground/interest_map.h"
#include "planted_case.h"
#include "support/case_builder.h"

using namespace cg;
using namespace cg::domain;
using namespace cg::domain::documents;

namespace {

const Date kHandedOut(2026, 3, 4);

// Two parties with one confirmed pair (both interests linked to the claim)
// and one suggested pair (same category, shared words, not linked).
CaseRecord sharedGroundCase() {
    testing::CaseBuilder builder("CG-2026-0042", "Zahnarztpraxis Müller v. Kessler IT");
    builder.withParty("Zahnarztpraxis Müller", PartyRole::Claimant)
        .withParty("Kessler IT Services GmbH", PartyRole::Respondent)
        .withInterest(1, "Keep the practice open")
        .withInterest(2, "Keep the clinic systems running")
        .withInterest(1, "Restore patient trust after the breach")
        .withInterest(2, "Restore patient trust in our services")
        .withClaim(1, 2, "Failed to patch the VPN");
    CaseRecord& r = builder.record();
    r.interests[0].category = r.interests[1].category = InterestCategory::OperationalContinuity;
    r.interests[2].category = r.interests[3].category = InterestCategory::Reputational;
    r.claims[0].interestNos = {1, 2};
    SettlementOption payment;
    payment.no = 1;
    payment.kind = OptionKind::Payment;
    payment.description = "MSP pays restoration costs";
    payment.amount = Money(90'000'00, "EUR");
    payment.status = OptionStatus::Accepted;
    payment.interestNos = {1, 3};
    r.options.push_back(payment);
    return builder.build();
}

std::set<RecordNo> interestNos(const std::vector<Interest>& interests) {
    std::set<RecordNo> nos;
    for (const auto& i : interests) nos.insert(i.no);
    return nos;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(InterestMapHandout)

BOOST_AUTO_TEST_CASE(theMapHoldsExactlyTheInterestsTheAudienceMaySee) {
    const CaseRecord record = testing::plantedCase();
    for (const Audience& audience : {Audience::party(1), Audience::party(2), Audience::party(3),
                                     Audience::allParties(), Audience::mediator()}) {
        const Document handout = interestMapHandout(record, audience, kHandedOut);
        const auto figures = testing::blocksOf<MapFigure>(handout);
        BOOST_TEST_REQUIRE(figures.size() == 1u);
        std::set<RecordNo> onMap;
        for (const auto& card : figures[0]->layout.cards) onMap.insert(card.interestNo);
        BOOST_TEST(onMap == interestNos(visibleTo(record, audience).interests),
                   audience.describe(record));
    }
    // Party 1: its own two confidential-or-not interests and the shared ones
    // of party 2; nothing of party 2's confidential ones.
    const Document practiceHandout = interestMapHandout(record, Audience::party(1), kHandedOut);
    const auto practice = testing::blocksOf<MapFigure>(practiceHandout);
    std::set<RecordNo> onMap;
    for (const auto& card : practice[0]->layout.cards) onMap.insert(card.interestNo);
    BOOST_TEST((onMap == std::set<RecordNo>{1, 4, 6}));
}

BOOST_AUTO_TEST_CASE(theMapIsTheAppsLayoutForTheAudience) {
    const CaseRecord record = testing::plantedCase();
    const Document handout = interestMapHandout(record, Audience::party(2), kHandedOut);
    const auto figures = testing::blocksOf<MapFigure>(handout);
    BOOST_TEST_REQUIRE(figures.size() == 1u);
    const InterestMapLayout app =
        layoutInterestMap(record, Audience::party(2), kHandoutMapWidth, kHandoutMapHeight);
    BOOST_TEST(figures[0]->layout.preparedFor == "Prepared for: Kessler IT Services GmbH");
    BOOST_TEST(figures[0]->layout.cards.size() == app.cards.size());
    BOOST_TEST(figures[0]->layout.width == app.width);
    BOOST_TEST(figures[0]->layout.commonGround.entries.size() == app.commonGround.entries.size());
    BOOST_TEST(testing::hasParagraph(handout, "Prepared for: Kessler IT Services GmbH"));
}

BOOST_AUTO_TEST_CASE(eachPartyHasItsInterestsSectionAndAPartyReadsItsOwnAsForItAndTheMediator) {
    const Document handout =
        interestMapHandout(testing::plantedCase(), Audience::party(1), kHandedOut);
    BOOST_TEST(testing::contains(handout, "Zahnarztpraxis Müller (claimant)"));
    BOOST_TEST(testing::contains(handout, "Kessler IT Services GmbH (respondent)"));
    BOOST_TEST(testing::hasParagraph(handout, "No interests of Jens Ohlsen recorded."));
    // The first table with a "Seen by" column is the practice's own.
    const Table* own = testing::tableWithColumn(handout, "Seen by");
    BOOST_TEST_REQUIRE(own);
    BOOST_TEST_REQUIRE(own->rows.size() == 2u);
    // Priority 1 both; the public one was recorded first.
    BOOST_TEST(own->rows[0][1] == "Keep the practice open");
    BOOST_TEST(own->rows[0][4] == "everyone");
    BOOST_TEST(own->rows[1][1] == "SECRET-P1-interest No public blame either");
    BOOST_TEST(own->rows[1][4] == "you and the mediator");
}

BOOST_AUTO_TEST_CASE(sharedInterestsListConfirmedPairsBeforeSuggestions) {
    const Document handout =
        interestMapHandout(sharedGroundCase(), Audience::allParties(), kHandedOut);
    const Table* shared = testing::tableWithColumn(handout, "Shared with");
    BOOST_TEST_REQUIRE(shared);
    const std::size_t standing = testing::columnIndex(*shared, "Standing");
    BOOST_TEST_REQUIRE(shared->rows.size() == 2u);
    BOOST_TEST(shared->rows[0][standing] == "confirmed");
    BOOST_TEST(shared->rows[0][0] == "Zahnarztpraxis Müller: Keep the practice open");
    BOOST_TEST(shared->rows[0][1] == "Kessler IT Services GmbH: Keep the clinic systems running");
    BOOST_TEST(shared->rows[1][standing] == "suggestion, to be confirmed");
    BOOST_TEST(shared->rows[1][0] ==
               "Zahnarztpraxis Müller: Restore patient trust after the breach");
}

BOOST_AUTO_TEST_CASE(optionsNameTheInterestsTheyServeAndTheirStatus) {
    const Document handout = interestMapHandout(sharedGroundCase(), Audience::party(2), kHandedOut);
    const Table* options = testing::tableWithColumn(handout, "Serves");
    BOOST_TEST_REQUIRE(options);
    BOOST_TEST_REQUIRE(options->rows.size() == 1u);
    const auto& row = options->rows[0];
    BOOST_TEST(row[testing::columnIndex(*options, "Option")] ==
               "payment: MSP pays restoration costs");
    BOOST_TEST(row[testing::columnIndex(*options, "Amount")] == "EUR 90,000.00");
    BOOST_TEST(row[testing::columnIndex(*options, "Serves")] ==
               "Zahnarztpraxis Müller: Keep the practice open; "
               "Zahnarztpraxis Müller: Restore patient trust after the breach");
    BOOST_TEST(row[testing::columnIndex(*options, "Status")] == "accepted");
}

BOOST_AUTO_TEST_CASE(theFrameNamesTheCaseTheRecipientAndThePaper) {
    const Document a4 = interestMapHandout(testing::plantedCase(), Audience::party(1), kHandedOut);
    BOOST_TEST(a4.running.headerLeft == "CG-2026-0001");
    BOOST_TEST(a4.running.headerRight == "Zahnarztpraxis Müller v. Kessler IT Services");
    BOOST_TEST(a4.running.footer ==
               "Prepared for Zahnarztpraxis Müller — confidential to the mediation");
    BOOST_TEST(a4.running.pageLabel.find("{page}") != std::string::npos);
    BOOST_TEST(a4.info.author == "Dr. Ingrid Størseth");
    BOOST_TEST(a4.info.subject == "Interest map handout for Zahnarztpraxis Müller");
    BOOST_TEST(a4.info.createdAt.toString() == "2026-03-04T00:00:00Z");
    BOOST_TEST((a4.page.paper == PaperSize::A4));
    BOOST_TEST(!a4.watermark.has_value());

    const Document letter = interestMapHandout(testing::plantedCase(), Audience::allParties(),
                                               kHandedOut, PaperSize::Letter);
    BOOST_TEST((letter.page.paper == PaperSize::Letter));
    BOOST_TEST(letter.running.footer == "Prepared for all parties — confidential to the mediation");

    const Document mediator =
        interestMapHandout(testing::plantedCase(), Audience::mediator(), kHandedOut);
    BOOST_TEST(mediator.running.footer.find("mediator's working paper") != std::string::npos);
    BOOST_TEST(mediator.watermark.has_value());
}

BOOST_AUTO_TEST_CASE(greekCyrillicAndAccentedNamesPassThrough) {
    testing::CaseBuilder builder("CG-2026-0077", "Ναυτιλιακή Αιγαίου v. ООО «Северный Код»");
    builder.withParty("Ναυτιλιακή Αιγαίου Α.Ε.", PartyRole::Claimant)
        .withParty("ООО «Северный Код»", PartyRole::Respondent)
        .withParty("Société Générale d'Assurances", PartyRole::Insurer)
        .withInterest(1, "Αποκατάσταση της φήμης")
        .withInterest(2, "Сохранить договор обслуживания");
    const Document handout = interestMapHandout(builder.build(), Audience::party(2), kHandedOut);
    for (const char* text :
         {"Ναυτιλιακή Αιγαίου Α.Ε. (claimant)", "ООО «Северный Код» (respondent)",
          "Société Générale d'Assurances (insurer)", "Αποκατάσταση της φήμης",
          "Сохранить договор обслуживания"})
        BOOST_TEST(testing::contains(handout, text), text);
    BOOST_TEST(handout.running.footer ==
               "Prepared for ООО «Северный Код» — confidential to the mediation");
    BOOST_TEST(handout.running.headerRight == "Ναυτιλιακή Αιγαίου v. ООО «Северный Код»");
}

BOOST_AUTO_TEST_CASE(emptySectionsReadAsASentenceNotAnEmptyTable) {
    testing::CaseBuilder builder;
    builder.withParty("Zahnarztpraxis Müller");
    const Document handout =
        interestMapHandout(builder.build(), Audience::allParties(), kHandedOut);
    BOOST_TEST(testing::hasParagraph(handout, "No interests of Zahnarztpraxis Müller recorded."));
    BOOST_TEST(testing::hasParagraph(handout, "No shared interests confirmed or suggested yet."));
    BOOST_TEST(testing::hasParagraph(handout, "No settlement options on the table yet."));
    for (const auto* table : testing::blocksOf<Table>(handout)) BOOST_TEST(!table->rows.empty());
}

BOOST_AUTO_TEST_CASE(aPartyTheCaseDoesNotHaveIsRefused) {
    BOOST_CHECK_THROW(interestMapHandout(testing::plantedCase(), Audience::party(9), kHandedOut),
                      NotFound);
}

BOOST_AUTO_TEST_SUITE_END()
