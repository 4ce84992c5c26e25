#pragma once
// Small notification rules and incidents for the engine tests, built in code
// so each test shows the one rule it is about.
#include <string>
#include <vector>

#include "domain/deadlines/incident_facts.h"
#include "domain/deadlines/notification_rule.h"

namespace cg::testing {

inline domain::NotificationRecipient recipient(std::string name, domain::DeadlineKind kind,
                                               int amount = 0,
                                               std::vector<std::string> evidence = {}) {
    domain::NotificationRecipient r;
    r.name = std::move(name);
    r.kind = kind;
    r.amount = amount;
    r.evidenceTerms = std::move(evidence);
    return r;
}

inline domain::NotificationRecipient primary(domain::NotificationRecipient r) {
    r.primary = true;
    return r;
}

inline domain::NotificationRecipient withThreshold(
    domain::NotificationRecipient r, domain::Comparator c, std::int64_t value,
    domain::ThresholdScope scope = domain::ThresholdScope::Total) {
    r.threshold = domain::Threshold{c, value, scope};
    return r;
}

inline domain::NotificationRule rule(std::string id, domain::ClockTrigger trigger,
                                     std::vector<domain::NotificationRecipient> recipients,
                                     std::vector<std::string> jurisdictions = {"US-NY"}) {
    domain::NotificationRule r;
    r.id = std::move(id);
    r.regime = "Test regime " + r.id;
    r.citation = "Test citation";
    r.source = "test";
    r.asOf = domain::Date(2026, 11, 23);
    r.trigger = trigger;
    r.jurisdictions = std::move(jurisdictions);
    r.recipients = std::move(recipients);
    return r;
}

// An incident in New York discovered on `discovery` (fact 1), PII exposed.
inline domain::IncidentFacts incident(domain::Date discovery, std::int64_t records = 100) {
    domain::IncidentFacts f;
    f.discovery = discovery;
    f.discoveryFactNo = 1;
    f.recordsAffected = records;
    f.dataTypes = {domain::DataType::Pii};
    f.jurisdictions = {"US-NY"};
    return f;
}

inline domain::IncidentFacts& noticeOn(domain::IncidentFacts& f, domain::RecordNo no,
                                       domain::Date on, std::string description) {
    f.notices.push_back({no, on, std::move(description)});
    return f;
}

}  // namespace cg::testing
