#pragma once
// Who is looking: the mediator, all parties together (a joint session, a
// handout for everyone) or one party (its own caucus, its own handout).
// Every view and every output passes the case through visibleTo() first, so
// confidential material is removed in one place (DESIGN.md, "Confidential
// stays confidential"; Uniform Mediation Act § 4 and the caucus rule:
// what a party says in caucus stays with that party and the mediator).
#include <string>

#include "domain/case_record.h"

namespace cg::domain {

class Audience {
public:
    enum class Kind { Mediator, AllParties, Party };

    static Audience mediator() { return Audience(Kind::Mediator, 0); }
    static Audience allParties() { return Audience(Kind::AllParties, 0); }
    static Audience party(RecordNo partyNo) { return Audience(Kind::Party, partyNo); }

    Kind kind() const { return m_kind; }
    bool isMediator() const { return m_kind == Kind::Mediator; }
    // The party for Kind::Party; 0 otherwise.
    RecordNo partyNo() const { return m_partyNo; }

    // May this audience see material of the given visibility that belongs to
    // ownerPartyNo (the interest's party, the caucus party)? Material with
    // PartyAndMediator visibility and no owner is for the mediator alone.
    bool maySee(Visibility visibility, OptionalNo ownerPartyNo) const;

    // "the mediator", "all parties", "party 2 (Bridgeview …)".
    std::string describe(const CaseRecord& record) const;

    friend bool operator==(const Audience&, const Audience&) = default;

private:
    Audience(Kind kind, RecordNo partyNo) : m_kind(kind), m_partyNo(partyNo) {}
    Kind m_kind;
    RecordNo m_partyNo;
};

// The case as this audience may see it:
// - interests: Everyone → all; PartyAndMediator → that interest's party and
//   the mediator; MediatorOnly → the mediator;
// - sessions: a caucus reaches only the mediator and the caucus party; notes
//   are kept by their visibility (a caucus note's owner is the caucus party,
//   a joint-session note has no owner);
// - offers made in a session the audience may not see are dropped, and a
//   counter-offer's link to a dropped offer is cleared;
// - links from claims and options to dropped interests are removed;
// - alternatives (BATNA, WATNA) are kept by their visibility, owned by their
//   party: PartyAndMediator reaches that party, MediatorOnly the mediator;
// - bottom lines reach the mediator alone. Not even the party that gave one
//   sees it in a party audience: its own figure is no news to it, and one
//   rule with no exceptions cannot leak the other side's figure by a wrong
//   owner check.
// Everything else (parties, clauses, facts, losses, drafts) is shared
// material and passes unchanged. NotFound when a party audience names a
// party the case does not have.
CaseRecord visibleTo(const CaseRecord& record, const Audience& audience);

}  // namespace cg::domain
