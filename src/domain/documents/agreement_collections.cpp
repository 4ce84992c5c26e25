#include "domain/documents/agreement_collections.h"

#include <algorithm>
#include <set>

#include "domain/common_ground/worksheet.h"

namespace cg::domain::documents {

// Claimants and respondents sign; so does any other party an accepted term
// binds or benefits (an insurer releasing its subrogation claim, a third party
// that pays), because a term cannot bind someone who has not signed. A
// regulator is never a party to a private settlement.
std::vector<const Party*> signingParties(const CaseRecord& record) {
    std::set<RecordNo> named;
    for (const SettlementOption& o : record.options) {
        if (o.status != OptionStatus::Accepted) continue;
        if (o.payerNo) named.insert(*o.payerNo);
        if (o.payeeNo) named.insert(*o.payeeNo);
    }
    std::vector<const Party*> result;
    for (const Party& p : record.parties) {
        const bool principal = p.role == PartyRole::Claimant || p.role == PartyRole::Respondent;
        if (principal || (p.role != PartyRole::Regulator && named.count(p.no))) result.push_back(&p);
    }
    return result;
}

std::vector<const SettlementOption*> acceptedTerms(const CaseRecord& record) {
    std::vector<const SettlementOption*> result;
    for (const SettlementOption& o : record.options)
        if (o.status == OptionStatus::Accepted) result.push_back(&o);
    return result;
}

std::vector<InstalmentOfTerm> instalmentsOf(const CaseRecord& record, const SettlementOption* enclosingTerm) {
    std::vector<InstalmentOfTerm> result;
    const auto add = [&](const SettlementOption& term) {
        for (const Instalment& i : term.instalments) result.push_back({&term, &i});
    };
    if (enclosingTerm) {
        add(*enclosingTerm);
    } else {
        for (const SettlementOption* term : acceptedTerms(record)) add(*term);
    }
    return result;
}

std::vector<const BreachFact*> agreedFacts(const CaseRecord& record) {
    std::vector<const BreachFact*> result;
    for (const BreachFact& f : record.facts)
        if (f.standing == FactStanding::Agreed) result.push_back(&f);
    std::stable_sort(result.begin(), result.end(),
                     [](const BreachFact* a, const BreachFact* b) { return a->occurredOn < b->occurredOn; });
    return result;
}

std::vector<const BreachFact*> disputedFacts(const CaseRecord& record) {
    std::vector<const BreachFact*> result;
    for (const BreachFact& f : record.facts)
        if (f.standing == FactStanding::Disputed) result.push_back(&f);
    return result;
}

std::vector<const Interest*> sharedInterests(const CaseRecord& record) {
    std::set<RecordNo> served;
    for (const SettlementOption* term : acceptedTerms(record))
        served.insert(term->interestNos.begin(), term->interestNos.end());
    std::vector<const Interest*> result;
    for (const Interest& i : record.interests)
        if (served.contains(i.no) && i.visibility == Visibility::Everyone) result.push_back(&i);
    return result;
}

RecordNos confirmedSharedInterestNos(const CaseRecord& record) {
    RecordNos result;
    const auto add = [&](RecordNo no) {
        if (std::find(result.begin(), result.end(), no) == result.end()) result.push_back(no);
    };
    for (const WorksheetRow& row : buildWorksheet(record).rows)
        for (const SharedInterest& pair : row.shared) {
            if (pair.suggested) continue;
            add(pair.accuserInterestNo);
            add(pair.accusedInterestNo);
        }
    return result;
}

std::vector<const ContractClause*> contractClauses(const CaseRecord& record) {
    std::vector<const ContractClause*> result;
    for (const ContractClause& c : record.clauses) result.push_back(&c);
    return result;
}

}  // namespace cg::domain::documents
