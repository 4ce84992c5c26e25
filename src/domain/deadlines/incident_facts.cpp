#include "domain/deadlines/incident_facts.h"

#include <algorithm>

#include "domain/deadlines/evidence_terms.h"

namespace cg::domain {

namespace {

// The explicit phrase keeps "no good cause was shown" from counting.
bool recordsGoodCauseExtension(const BreachFact& fact) {
    return lowerAscii(fact.description).find("good-cause extension") != std::string::npos;
}

void findDiscovery(const CaseRecord& record, IncidentFacts& facts, bool eventsOnly) {
    for (const BreachFact& f : record.facts) {
        if (!f.discoveredOn || (eventsOnly && f.category != FactCategory::Event)) continue;
        if (!facts.discovery || *f.discoveredOn < *facts.discovery) {
            facts.discovery = f.discoveredOn;
            facts.discoveryFactNo = f.no;
        }
    }
}

}  // namespace

IncidentFacts deriveIncidentFacts(const CaseRecord& record, const DeadlineInputs& inputs) {
    IncidentFacts facts;
    findDiscovery(record, facts, true);
    if (!facts.discovery) findDiscovery(record, facts, false);
    facts.awareness = inputs.awareness;
    facts.determination = inputs.determination;
    facts.determinationInstant = inputs.determinationInstant;
    if (inputs.determinationInstant) facts.determination = inputs.determinationInstant->date();
    facts.materialityDetermination = inputs.materialityDetermination;
    facts.goodCauseExtension = inputs.goodCauseExtension;

    for (const BreachFact& f : record.facts) {
        for (DataType t : f.dataTypes)
            if (std::find(facts.dataTypes.begin(), facts.dataTypes.end(), t) ==
                facts.dataTypes.end())
                facts.dataTypes.push_back(t);
        if (f.category == FactCategory::Event && f.recordsAffected &&
            (!facts.recordsAffected || *f.recordsAffected > *facts.recordsAffected))
            facts.recordsAffected = f.recordsAffected;
        if (f.category == FactCategory::Notification)
            facts.notices.push_back({f.no, f.occurredOn, f.description});
        if (recordsGoodCauseExtension(f)) facts.goodCauseExtension = true;
    }
    std::stable_sort(facts.notices.begin(), facts.notices.end(),
                     [](const NoticeFact& a, const NoticeFact& b) { return a.on < b.on; });

    if (!record.head.jurisdiction.empty()) facts.jurisdictions.push_back(record.head.jurisdiction);
    for (const std::string& j : inputs.extraJurisdictions)
        if (std::find(facts.jurisdictions.begin(), facts.jurisdictions.end(), j) ==
            facts.jurisdictions.end())
            facts.jurisdictions.push_back(j);
    for (const Party& p : record.parties)
        if (p.role == PartyRole::Claimant) facts.claimantSectors.push_back(p.sector);
    return facts;
}

}  // namespace cg::domain
