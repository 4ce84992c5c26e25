#include "domain/common_ground/audience.h"

#include <algorithm>
#include <set>

#include "domain/errors.h"

namespace cg::domain {

bool Audience::maySee(Visibility visibility, OptionalNo ownerPartyNo) const {
    if (m_kind == Kind::Mediator) return true;
    switch (visibility) {
        case Visibility::Everyone: return true;
        case Visibility::PartyAndMediator:
            return m_kind == Kind::Party && ownerPartyNo && *ownerPartyNo == m_partyNo;
        case Visibility::MediatorOnly: return false;
    }
    return false;
}

std::string Audience::describe(const CaseRecord& record) const {
    switch (m_kind) {
        case Kind::Mediator: return "the mediator";
        case Kind::AllParties: return "all parties";
        case Kind::Party: return "party " + std::to_string(m_partyNo) + " (" + record.party(m_partyNo).name + ")";
    }
    return "?";
}

namespace {

void dropLinksTo(RecordNos& links, const std::set<RecordNo>& kept) {
    std::erase_if(links, [&](RecordNo no) { return !kept.contains(no); });
}

}  // namespace

CaseRecord visibleTo(const CaseRecord& record, const Audience& audience) {
    if (audience.kind() == Audience::Kind::Party) record.party(audience.partyNo());  // NotFound if absent
    if (audience.isMediator()) return record;

    CaseRecord visible;
    visible.head = record.head;
    visible.parties = record.parties;
    visible.clauses = record.clauses;
    visible.facts = record.facts;
    visible.losses = record.losses;
    visible.drafts = record.drafts;

    std::set<RecordNo> interestNos;
    for (const auto& interest : record.interests) {
        if (!audience.maySee(interest.visibility, interest.partyNo)) continue;
        visible.interests.push_back(interest);
        interestNos.insert(interest.no);
    }

    std::set<RecordNo> sessionNos;
    for (const auto& session : record.sessions) {
        const bool caucus = session.kind == SessionKind::Caucus;
        if (caucus && !(audience.kind() == Audience::Kind::Party && session.caucusPartyNo == audience.partyNo()))
            continue;
        MediationSession kept = session;
        const OptionalNo owner = caucus ? session.caucusPartyNo : std::nullopt;
        std::erase_if(kept.notes, [&](const SessionNote& n) { return !audience.maySee(n.visibility, owner); });
        visible.sessions.push_back(std::move(kept));
        sessionNos.insert(session.no);
    }

    std::set<RecordNo> offerNos;
    for (const auto& offer : record.offers) {
        if (offer.sessionNo && !sessionNos.contains(*offer.sessionNo)) continue;
        visible.offers.push_back(offer);
        offerNos.insert(offer.no);
    }
    for (auto& offer : visible.offers)
        if (offer.respondsToOfferNo && !offerNos.contains(*offer.respondsToOfferNo)) offer.respondsToOfferNo.reset();

    visible.claims = record.claims;
    for (auto& claim : visible.claims) dropLinksTo(claim.interestNos, interestNos);
    visible.options = record.options;
    for (auto& option : visible.options) dropLinksTo(option.interestNos, interestNos);

    for (const auto& alternative : record.alternatives)
        if (audience.maySee(alternative.visibility, alternative.partyNo)) visible.alternatives.push_back(alternative);
    // visible.bottomLines stays empty: bottom lines are for the mediator alone (audience.h).
    return visible;
}

}  // namespace cg::domain
