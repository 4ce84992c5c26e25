#include "domain/common_ground/worksheet.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "domain/common_ground/control_key.h"
#include "domain/common_ground/interest_matching.h"

namespace cg::domain {

WorksheetInterest worksheetInterest(const Interest& interest, bool linkedFromClaim) {
    return {interest.no, interest.partyNo, interest.category, interest.priority, interest.visibility, linkedFromClaim};
}

ClauseCriterion clauseCriterion(const ContractClause& clause) {
    ClauseCriterion c{clause.no, clause.documentTitle, clause.section, clause.kind, clause.obligatedPartyNo, {}, {}};
    if (clause.cap) {
        c.capAmount = clause.cap->amount();
        c.carveOuts = clause.cap->carveOuts;
    }
    return c;
}

std::vector<ControlCriterion> controlCriteria(const std::vector<const BreachFact*>& facts) {
    std::vector<ControlCriterion> result;
    for (const BreachFact* f : facts) {
        if (f->failedControl.empty()) continue;
        const BreachFact& fact = *f;
        const std::string key = ControlKey::parse(fact.failedControl).key();
        auto found = std::find_if(result.begin(), result.end(), [&](const ControlCriterion& c) { return c.key == key; });
        if (found == result.end()) {
            result.push_back({key, fact.failedControl, {}, true});
            found = result.end() - 1;
        }
        found->factNos.push_back(fact.no);
        found->allAgreed = found->allAgreed && fact.standing == FactStanding::Agreed;
    }
    return result;
}

namespace {

// Indexes over one case, built once per worksheet.
class CaseIndex {
public:
    explicit CaseIndex(const CaseRecord& record) : m_matcher(record.interests) {
        for (const auto& i : record.interests) {
            m_interests[i.no] = &i;
            m_byParty[i.partyNo].push_back(worksheetInterest(i, false));
        }
        // Each party's interests are ordered by priority once; a row only
        // moves the claim's linked ones to the front.
        for (auto& [party, interests] : m_byParty)
            std::sort(interests.begin(), interests.end(), [](const WorksheetInterest& a, const WorksheetInterest& b) {
                return a.priority != b.priority ? a.priority < b.priority : a.no < b.no;
            });
        for (const auto& c : record.clauses) m_clauses[c.no] = &c;
        for (const auto& f : record.facts) m_facts[f.no] = &f;
        for (const auto& o : record.options)
            for (RecordNo i : o.interestNos) m_optionsServing[i].push_back(&o);
    }

    const Interest* interest(RecordNo no) const {
        const auto it = m_interests.find(no);
        return it == m_interests.end() ? nullptr : it->second;
    }
    const ContractClause* clause(RecordNo no) const {
        const auto it = m_clauses.find(no);
        return it == m_clauses.end() ? nullptr : it->second;
    }
    std::vector<const BreachFact*> facts(const RecordNos& nos) const {
        std::vector<const BreachFact*> result;
        for (RecordNo no : nos)
            if (const auto it = m_facts.find(no); it != m_facts.end()) result.push_back(it->second);
        return result;
    }
    const std::vector<WorksheetInterest>& interestsOf(RecordNo partyNo) const {
        static const std::vector<WorksheetInterest> kNone;
        const auto it = m_byParty.find(partyNo);
        return it == m_byParty.end() ? kNone : it->second;
    }
    const std::vector<const SettlementOption*>& optionsServing(RecordNo interestNo) const {
        static const std::vector<const SettlementOption*> kNone;
        const auto it = m_optionsServing.find(interestNo);
        return it == m_optionsServing.end() ? kNone : it->second;
    }
    const InterestMatcher& matcher() const { return m_matcher; }
    const std::vector<InterestMatcher::Candidate>& matches(RecordNo accuserNo, RecordNo accusedNo) {
        const auto key = std::pair(accuserNo, accusedNo);
        auto it = m_matches.find(key);
        if (it == m_matches.end()) it = m_matches.emplace(key, m_matcher.between(accuserNo, accusedNo)).first;
        return it->second;
    }

private:
    InterestMatcher m_matcher;
    std::unordered_map<RecordNo, const Interest*> m_interests;
    std::unordered_map<RecordNo, std::vector<WorksheetInterest>> m_byParty;  // by priority
    std::unordered_map<RecordNo, const ContractClause*> m_clauses;
    std::unordered_map<RecordNo, const BreachFact*> m_facts;
    std::unordered_map<RecordNo, std::vector<const SettlementOption*>> m_optionsServing;
    std::map<std::pair<RecordNo, RecordNo>, std::vector<InterestMatcher::Candidate>> m_matches;
};

// A side's interests: those the claim links first (the mediator chose them
// for this claim), then the rest by priority (1 = must have).
std::vector<WorksheetInterest> sideInterests(const CaseIndex& index, RecordNo partyNo, const std::set<RecordNo>& linked) {
    const auto& byPriority = index.interestsOf(partyNo);
    std::vector<WorksheetInterest> result;
    result.reserve(byPriority.size());
    for (const auto& i : byPriority)
        if (linked.contains(i.no)) {
            result.push_back(i);
            result.back().linkedFromClaim = true;
        }
    for (const auto& i : byPriority)
        if (!linked.contains(i.no)) result.push_back(i);
    return result;
}

std::vector<SharedInterest> sharedInterests(CaseIndex& index, const BlameClaim& claim, const std::set<RecordNo>& linked) {
    std::vector<SharedInterest> result;
    std::vector<const Interest*> linkedAccuser, linkedAccused;
    for (RecordNo no : claim.interestNos)
        if (const Interest* i = index.interest(no)) {
            if (i->partyNo == claim.accuserNo) linkedAccuser.push_back(i);
            if (i->partyNo == claim.accusedNo) linkedAccused.push_back(i);
        }
    // Confirmed: the mediator linked interests of both sides to the claim.
    // They are paired by category where categories meet; an accused interest
    // no accuser interest shares a category with is paired with each of them.
    for (const Interest* b : linkedAccused) {
        const bool anySameCategory = std::any_of(linkedAccuser.begin(), linkedAccuser.end(),
                                                 [&](const Interest* a) { return a->category == b->category; });
        for (const Interest* a : linkedAccuser)
            if (!anySameCategory || a->category == b->category)
                result.push_back({a->no, b->no, a->category == b->category ? a->category : b->category, false, 0, {}});
    }
    std::size_t suggestions = 0;
    for (const auto& candidate : index.matches(claim.accuserNo, claim.accusedNo)) {
        if (suggestions == kMaxSuggestionsPerClaim) break;
        if (linked.contains(candidate.firstNo) && linked.contains(candidate.secondNo)) continue;  // confirmed
        InterestMatch m = index.matcher().spell(candidate);
        result.push_back({m.firstNo, m.secondNo, index.interest(m.firstNo)->category, true, m.scorePercent,
                          std::move(m.commonWords)});
        ++suggestions;
    }
    return result;
}

}  // namespace

Worksheet buildWorksheet(const CaseRecord& visible) {
    CaseIndex index(visible);
    Worksheet sheet;
    for (const BlameClaim& claim : visible.claims) {
        WorksheetRow row;
        row.claimNo = claim.no;
        row.basis = claim.basis;
        row.allegation = claim.allegation;
        row.amountClaimed = claim.amountClaimed;
        row.accuserNo = claim.accuserNo;
        row.accuserPosition = claim.position;
        row.accusedNo = claim.accusedNo;
        for (const BlameClaim& counter : visible.claims)
            if (counter.accuserNo == claim.accusedNo && counter.accusedNo == claim.accuserNo && !counter.position.empty())
                row.accusedPositions.push_back(counter.position);

        const std::set<RecordNo> linked(claim.interestNos.begin(), claim.interestNos.end());
        row.accuserInterests = sideInterests(index, claim.accuserNo, linked);
        row.accusedInterests = sideInterests(index, claim.accusedNo, linked);
        row.shared = sharedInterests(index, claim, linked);

        for (RecordNo no : claim.clauseNos)
            if (const ContractClause* c = index.clause(no)) row.clauses.push_back(clauseCriterion(*c));
        row.controls = controlCriteria(index.facts(claim.factNos));

        // The interests this row is about: those the claim links and those
        // in a shared pair. Options are matched against these.
        std::vector<RecordNo> involved;
        const auto involve = [&](RecordNo no) {
            if (std::find(involved.begin(), involved.end(), no) == involved.end()) involved.push_back(no);
        };
        for (RecordNo no : claim.interestNos)
            if (index.interest(no)) involve(no);
        for (const auto& s : row.shared) {
            involve(s.accuserInterestNo);
            involve(s.accusedInterestNo);
        }
        std::map<RecordNo, ServingOption> options;
        for (RecordNo interestNo : involved) {
            bool served = false;
            for (const SettlementOption* o : index.optionsServing(interestNo)) {
                auto [it, added] = options.try_emplace(o->no);
                if (added) it->second = {o->no, o->kind, o->status, o->description, {}};
                it->second.servedInterestNos.push_back(interestNo);
                served = served || o->status != OptionStatus::Rejected;
            }
            if (!served) row.unservedInterestNos.push_back(interestNo);
        }
        for (auto& [no, option] : options) row.options.push_back(std::move(option));
        sheet.rows.push_back(std::move(row));
    }
    return sheet;
}

}  // namespace cg::domain
