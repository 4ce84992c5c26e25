#pragma once
// The full case with a marker string planted in every confidential field:
// SECRET-P1… (party 1 and the mediator), SECRET-P2… (party 2 and the
// mediator), SECRET-MED… (the mediator alone). Tests of everything a party
// may be given (views, case-file exports, handouts) look for the markers the
// audience may not see.
#include <string>
#include <vector>

#include "support/full_case.h"

namespace cg::testing {

inline const std::vector<std::string> kPartyOneMarkers = {
    "SECRET-P1-interest", "SECRET-P1-caucus-note", "SECRET-P1-participant",
    "SECRET-P1-caucus-offer"};
inline const std::vector<std::string> kPartyTwoMarkers = {
    "SECRET-P2-interest", "SECRET-P2-caucus-note", "SECRET-P2-participant",
    "SECRET-P2-caucus-offer"};
inline const std::vector<std::string> kMediatorMarkers = {
    "SECRET-MED-interest-p1",      "SECRET-MED-interest-p2",    "SECRET-MED-joint-note",
    "SECRET-MED-joint-party-note", "SECRET-MED-caucus-note-p1", "SECRET-MED-caucus-note-p2"};

// Alternatives and bottom lines, apart from the lists above because only the
// views and the case file carry them (the handouts do not show them).
// Alternatives reach their party (party-and-mediator) or the mediator
// (mediator-only); bottom lines, figures and notes alike, the mediator alone
// (not even the party that gave one).
inline const std::vector<std::string> kPartyOneAlternativeMarkers = {"SECRET-P1-batna"};
inline const std::vector<std::string> kPartyTwoAlternativeMarkers = {"SECRET-P2-batna"};
inline const std::vector<std::string> kMediatorAlternativeMarkers = {"SECRET-MED-watna-estimate"};
inline const std::vector<std::string> kBottomLineMarkers = {"SECRET-MED-bottom-line-note", "987654.32",
                                                            "987,654.32", "123456.78", "123,456.78"};

inline domain::CaseRecord plantedConfidences() {
    using namespace domain;
    CaseRecord r = fullCase();
    // fullCase: interest 2 is party 2's party-and-mediator, 3 party 2's
    // mediator-only; session 1 is joint, session 2 a caucus with party 2.
    r.interests[1].description = "SECRET-P2-interest No public blame";
    r.interests[2].description = "SECRET-MED-interest-p2 Cap exposure at the deductible";
    r.interests.push_back({4, 1, InterestCategory::Reputational, 1, Visibility::PartyAndMediator,
                           "SECRET-P1-interest No public blame either"});
    r.interests.push_back({5, 1, InterestCategory::Financial, 2, Visibility::MediatorOnly,
                           "SECRET-MED-interest-p1 Bank renewal pressure"});
    r.claims[0].interestNos = {1, 2, 3, 4, 5};
    r.options[1].interestNos = {4, 5, 2, 3};

    r.sessions[0].notes.push_back({2, Instant(), Visibility::MediatorOnly, "SECRET-MED-joint-note"});
    r.sessions[0].notes.push_back({3, Instant(), Visibility::PartyAndMediator, "SECRET-MED-joint-party-note"});
    r.sessions[1].participants = {"SECRET-P2-participant"};
    r.sessions[1].notes = {{1, Instant(), Visibility::PartyAndMediator, "SECRET-P2-caucus-note"},
                           {2, Instant(), Visibility::MediatorOnly, "SECRET-MED-caucus-note-p2"}};
    MediationSession practiceCaucus;
    practiceCaucus.no = 3;
    practiceCaucus.kind = SessionKind::Caucus;
    practiceCaucus.caucusPartyNo = 1;
    practiceCaucus.startedAt = Instant::parse("2026-02-10T18:00:00Z");
    practiceCaucus.participants = {"SECRET-P1-participant"};
    practiceCaucus.notes = {{1, Instant(), Visibility::PartyAndMediator, "SECRET-P1-caucus-note"},
                            {2, Instant(), Visibility::MediatorOnly, "SECRET-MED-caucus-note-p1"}};
    r.sessions.push_back(practiceCaucus);

    Offer fromCaucus2;
    fromCaucus2.no = 3;
    fromCaucus2.fromPartyNo = 2;
    fromCaucus2.toPartyNo = 1;
    fromCaucus2.madeAt = Instant::parse("2026-02-10T17:30:00Z");
    fromCaucus2.sessionNo = 2;
    fromCaucus2.amount = Money(60'000'00, r.head.currency);
    fromCaucus2.terms = "SECRET-P2-caucus-offer";
    Offer fromCaucus3 = fromCaucus2;
    fromCaucus3.no = 4;
    fromCaucus3.fromPartyNo = 1;
    fromCaucus3.toPartyNo = 2;
    fromCaucus3.sessionNo = 3;
    fromCaucus3.respondsToOfferNo = 3;
    fromCaucus3.terms = "SECRET-P1-caucus-offer";
    r.offers.push_back(fromCaucus2);
    r.offers.push_back(fromCaucus3);

    // fullCase: alternative 1 is party 1's own, 2 the mediator's estimate
    // for party 2; bottom line 1 is party 1's, 2 party 2's.
    r.alternatives[0].description = "SECRET-P1-batna Sue the MSP";
    r.alternatives[1].description = "SECRET-MED-watna-estimate Judgment plus costs";
    r.alternatives.push_back({3, 2, AlternativeKind::Batna, "SECRET-P2-batna Walk away and defend",
                              Money(40'000'00, r.head.currency), 70, Visibility::PartyAndMediator});
    r.bottomLines[0].amount = Money(987'654'32, r.head.currency);
    r.bottomLines[0].sessionNo = 3;
    r.bottomLines[1].amount = Money(123'456'78, r.head.currency);
    r.bottomLines[1].note = "SECRET-MED-bottom-line-note";
    return r;
}

}  // namespace cg::testing
