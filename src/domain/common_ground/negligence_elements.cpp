#include "domain/common_ground/negligence_elements.h"

#include <unordered_map>

namespace cg::domain {

std::string_view toString(ElementSupport support) {
    switch (support) {
        case ElementSupport::SupportedByAgreedFacts: return "supported";
        case ElementSupport::Disputed: return "disputed";
        case ElementSupport::Missing: return "missing";
    }
    return "?";
}

namespace {

ElementFinding fromFacts(const std::vector<const BreachFact*>& facts, FactCategory category) {
    ElementFinding finding;
    bool anyAgreed = false;
    for (const BreachFact* f : facts) {
        if (f->category != category) continue;
        finding.factNos.push_back(f->no);
        anyAgreed = anyAgreed || f->standing == FactStanding::Agreed;
    }
    if (!finding.factNos.empty())
        finding.support = anyAgreed ? ElementSupport::SupportedByAgreedFacts : ElementSupport::Disputed;
    return finding;
}

}  // namespace

std::vector<NegligenceElements> assessNegligenceElements(const CaseRecord& visible) {
    std::unordered_map<RecordNo, const BreachFact*> facts;
    for (const auto& f : visible.facts) facts[f.no] = &f;
    std::unordered_map<RecordNo, const ContractClause*> clauses;
    for (const auto& c : visible.clauses) clauses[c.no] = &c;
    std::unordered_map<RecordNo, RecordNos> lossesOf;
    for (const auto& l : visible.losses) lossesOf[l.partyNo].push_back(l.no);

    std::vector<NegligenceElements> result;
    for (const BlameClaim& claim : visible.claims) {
        NegligenceElements e;
        e.claimNo = claim.no;
        e.accuserNo = claim.accuserNo;
        e.accusedNo = claim.accusedNo;
        e.basis = claim.basis;

        for (RecordNo no : claim.clauseNos) {
            const auto it = clauses.find(no);
            if (it == clauses.end()) continue;
            const ContractClause& c = *it->second;
            if (c.obligatedPartyNo == claim.accusedNo || c.kind == ClauseKind::SecurityObligation)
                e.duty.clauseNos.push_back(c.no);
        }
        if (!e.duty.clauseNos.empty()) e.duty.support = ElementSupport::SupportedByAgreedFacts;

        std::vector<const BreachFact*> linked;
        for (RecordNo no : claim.factNos)
            if (const auto it = facts.find(no); it != facts.end()) linked.push_back(it->second);
        e.breach = fromFacts(linked, FactCategory::ControlFailure);
        e.causation = fromFacts(linked, FactCategory::Event);
        e.damages = fromFacts(linked, FactCategory::Loss);
        if (e.damages.factNos.empty()) {
            if (const auto it = lossesOf.find(claim.accuserNo); it != lossesOf.end()) {
                e.damages.lossNos = it->second;
                e.damages.support = ElementSupport::Disputed;
            }
        }
        result.push_back(std::move(e));
    }
    return result;
}

}  // namespace cg::domain
