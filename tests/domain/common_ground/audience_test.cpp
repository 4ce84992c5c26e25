// The audience filter's rules, one at a time, on small built cases.
#include <boost/test/unit_test.hpp>

#include "domain/common_ground/audience.h"
#include "domain/errors.h"
#include "support/case_builder.h"
#include "support/full_case.h"

using namespace cg::domain;
using cg::testing::CaseBuilder;

namespace {

RecordNos interestNos(const CaseRecord& r) {
    RecordNos nos;
    for (const auto& i : r.interests) nos.push_back(i.no);
    return nos;
}

RecordNos sessionNos(const CaseRecord& r) {
    RecordNos nos;
    for (const auto& s : r.sessions) nos.push_back(s.no);
    return nos;
}

RecordNos offerNos(const CaseRecord& r) {
    RecordNos nos;
    for (const auto& o : r.offers) nos.push_back(o.no);
    return nos;
}

// Three parties; interests 1 (party 1, everyone), 2 (party 1, party and
// mediator), 3 (party 2, party and mediator), 4 (party 2, mediator only).
CaseRecord threeParties() {
    CaseBuilder b;
    b.withParty("Practice").withParty("Provider", PartyRole::Respondent).withParty("Insurer", PartyRole::Insurer);
    b.withInterest(1, "open interest")
        .withInterest(1, "practice's own", Visibility::PartyAndMediator)
        .withInterest(2, "provider's own", Visibility::PartyAndMediator)
        .withInterest(2, "mediator's reading", Visibility::MediatorOnly);
    b.withClaim(1, 2, "backups").withClaim(2, 1, "fees");
    auto& r = b.record();
    r.claims[0].interestNos = {1, 2, 3, 4};
    r.claims[1].interestNos = {3, 4};
    SettlementOption o;
    o.no = 1;
    o.interestNos = {2, 4, 1};
    r.options.push_back(o);

    MediationSession joint;
    joint.no = 1;
    joint.notes = {{1, Instant(), Visibility::Everyone, "open note"},
                   {2, Instant(), Visibility::PartyAndMediator, "joint note without owner"},
                   {3, Instant(), Visibility::MediatorOnly, "joint mediator note"}};
    MediationSession caucus;
    caucus.no = 2;
    caucus.kind = SessionKind::Caucus;
    caucus.caucusPartyNo = 1;
    caucus.notes = {{1, Instant(), Visibility::PartyAndMediator, "practice caucus note"},
                    {2, Instant(), Visibility::MediatorOnly, "practice caucus hunch"}};
    r.sessions = {joint, caucus};

    Offer inJoint;
    inJoint.no = 1;
    inJoint.fromPartyNo = 1;
    inJoint.toPartyNo = 2;
    inJoint.sessionNo = 1;
    Offer inCaucus = inJoint;
    inCaucus.no = 2;
    inCaucus.sessionNo = 2;
    inCaucus.respondsToOfferNo = 1;
    Offer answer = inJoint;
    answer.no = 3;
    answer.fromPartyNo = 2;
    answer.toPartyNo = 1;
    answer.respondsToOfferNo = 2;
    r.offers = {inJoint, inCaucus, answer};
    return b.build();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(AudienceFilter)

BOOST_AUTO_TEST_CASE(theMediatorSeesTheWholeCaseUnchanged) {
    const CaseRecord r = cg::testing::fullCase();
    const CaseRecord v = visibleTo(r, Audience::mediator());
    BOOST_TEST(v.interests.size() == r.interests.size());
    BOOST_TEST(v.sessions.size() == r.sessions.size());
    BOOST_TEST(v.sessions[1].notes.size() == 2u);
    BOOST_TEST(v.offers.size() == r.offers.size());
}

BOOST_AUTO_TEST_CASE(allPartiesSeeOnlyInterestsForEveryone) {
    const CaseRecord v = visibleTo(threeParties(), Audience::allParties());
    BOOST_TEST(interestNos(v) == RecordNos{1}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(aPartySeesItsOwnConfidentialInterestsAndNoOneElses) {
    const CaseRecord practice = visibleTo(threeParties(), Audience::party(1));
    BOOST_TEST(interestNos(practice) == (RecordNos{1, 2}), boost::test_tools::per_element());
    const CaseRecord provider = visibleTo(threeParties(), Audience::party(2));
    BOOST_TEST(interestNos(provider) == (RecordNos{1, 3}), boost::test_tools::per_element());
    const CaseRecord insurer = visibleTo(threeParties(), Audience::party(3));
    BOOST_TEST(interestNos(insurer) == RecordNos{1}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(linksToDroppedInterestsAreRemovedFromClaimsAndOptions) {
    const CaseRecord v = visibleTo(threeParties(), Audience::party(2));
    BOOST_TEST(v.claims[0].interestNos == (RecordNos{1, 3}), boost::test_tools::per_element());
    BOOST_TEST(v.claims[1].interestNos == RecordNos{3}, boost::test_tools::per_element());
    BOOST_TEST(v.options[0].interestNos == RecordNos{1}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(aCaucusReachesOnlyItsPartyAndWithoutMediatorOnlyNotes) {
    const CaseRecord practice = visibleTo(threeParties(), Audience::party(1));
    BOOST_TEST(sessionNos(practice) == (RecordNos{1, 2}), boost::test_tools::per_element());
    BOOST_REQUIRE_EQUAL(practice.sessions[1].notes.size(), 1u);
    BOOST_TEST(practice.sessions[1].notes[0].text == "practice caucus note");

    BOOST_TEST(sessionNos(visibleTo(threeParties(), Audience::party(2))) == RecordNos{1},
               boost::test_tools::per_element());
    BOOST_TEST(sessionNos(visibleTo(threeParties(), Audience::allParties())) == RecordNos{1},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(jointSessionNotesAreKeptByVisibility) {
    // A party-and-mediator note in a joint session has no owning party, so
    // it stays with the mediator.
    for (const Audience a : {Audience::allParties(), Audience::party(1), Audience::party(2)}) {
        const CaseRecord v = visibleTo(threeParties(), a);
        BOOST_REQUIRE_EQUAL(v.sessions[0].notes.size(), 1u);
        BOOST_TEST(v.sessions[0].notes[0].text == "open note");
    }
}

BOOST_AUTO_TEST_CASE(offersMadeInAnUnseenCaucusAreDroppedAndCounterLinksCleared) {
    const CaseRecord provider = visibleTo(threeParties(), Audience::party(2));
    BOOST_TEST(offerNos(provider) == (RecordNos{1, 3}), boost::test_tools::per_element());
    BOOST_TEST(!provider.offers[1].respondsToOfferNo.has_value());

    const CaseRecord practice = visibleTo(threeParties(), Audience::party(1));
    BOOST_TEST(offerNos(practice) == (RecordNos{1, 2, 3}), boost::test_tools::per_element());
    BOOST_TEST(practice.offers[2].respondsToOfferNo.value_or(0) == 2);
}

BOOST_AUTO_TEST_CASE(anAlternativeReachesItsPartyOrTheMediatorAlone) {
    // fullCase: alternative 1 is the practice's own (party-and-mediator),
    // alternative 2 the mediator's estimate of the MSP's WATNA.
    const CaseRecord r = cg::testing::fullCase();
    const auto alternativeNos = [](const CaseRecord& v) {
        RecordNos nos;
        for (const auto& a : v.alternatives) nos.push_back(a.no);
        return nos;
    };
    BOOST_TEST(alternativeNos(visibleTo(r, Audience::mediator())) == (RecordNos{1, 2}), boost::test_tools::per_element());
    BOOST_TEST(alternativeNos(visibleTo(r, Audience::party(1))) == RecordNos{1}, boost::test_tools::per_element());
    BOOST_TEST(alternativeNos(visibleTo(r, Audience::party(2))).empty());
    BOOST_TEST(alternativeNos(visibleTo(r, Audience::allParties())).empty());
}

BOOST_AUTO_TEST_CASE(bottomLinesReachTheMediatorAloneNotEvenTheirOwnParty) {
    const CaseRecord r = cg::testing::fullCase();
    BOOST_TEST(visibleTo(r, Audience::mediator()).bottomLines.size() == 2u);
    for (const Audience a : {Audience::allParties(), Audience::party(1), Audience::party(2), Audience::party(3)})
        BOOST_TEST(visibleTo(r, a).bottomLines.empty());
}

BOOST_AUTO_TEST_CASE(anAudienceOfAnUnknownPartyIsRefused) {
    BOOST_CHECK_EXCEPTION(visibleTo(threeParties(), Audience::party(9)), NotFound, [](const NotFound& e) {
        return std::string(e.what()) == "case CG-2026-0001 has no party 9";
    });
}

BOOST_AUTO_TEST_CASE(describesEachAudience) {
    const CaseRecord r = threeParties();
    BOOST_TEST(Audience::mediator().describe(r) == "the mediator");
    BOOST_TEST(Audience::allParties().describe(r) == "all parties");
    BOOST_TEST(Audience::party(2).describe(r) == "party 2 (Provider)");
}

BOOST_AUTO_TEST_SUITE_END()
