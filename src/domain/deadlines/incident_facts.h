#pragma once
// What the deadline engine needs to know about an incident, read off a case
// record. The case record has no separate "discovery" or "determination"
// field, so these rules decide (and the deadlines view states them):
//  - discovery: the earliest discoveredOn among the facts of category
//    "event" (the breach itself); when no event carries one, the earliest
//    discoveredOn of any fact. A control failure found later during the
//    investigation is not the discovery of the breach.
//  - determination and materiality determination: the discovery date unless
//    the mediator records another date (DeadlineInputs). The view says
//    "taken as discovery" whenever that happens, so a rule's own trigger is
//    never silently replaced.
//  - awareness (GDPR Art. 33): 00:00 UTC of the discovery date unless an
//    instant is recorded; facts carry dates only, and the earliest instant
//    of that day gives the earliest (safest) 72-hour deadline.
//  - records affected: the largest recordsAffected on any event fact, since
//    several facts usually describe the same records (the dental sample has
//    4,312 on both the exfiltration and the encryption). Facts carry no
//    per-state counts, so all of them are treated as residents of the case's
//    jurisdiction; per-state thresholds are checked against that number.
//  - data types: every data type named on any fact.
//  - notices: a notification fact counts for a recipient when its
//    description holds one of the recipient's evidence phrases from the
//    catalog ("HHS", "Attorney + General + Texas"). Facts have no recipient
//    field, so a fact naming several recipients or states counts for each.
//  - the breached organisation: the claimant parties; sector conditions
//    (SEC 8-K for public companies, NYDFS for regulated entities) are
//    matched against their sector text.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/case_record.h"

namespace cg::domain {

// Dates the mediator records on top of the case's facts.
struct DeadlineInputs {
    std::optional<Instant> awareness;
    std::optional<Date> determination;
    // The determination to the minute, for the 72-hour rule of 23 NYCRR
    // 500.17; when given it also sets the determination date.
    std::optional<Instant> determinationInstant;
    std::optional<Date> materialityDetermination;
    bool goodCauseExtension = false;              // Fla. Stat. 501.171(4)(a)
    std::vector<std::string> extraJurisdictions;  // "US-NJ": residents there too
};

struct NoticeFact {
    RecordNo factNo = 0;
    Date on;
    std::string description;
};

struct IncidentFacts {
    std::optional<Date> discovery;
    RecordNo discoveryFactNo = 0;
    std::optional<Instant> awareness;
    std::optional<Date> determination;
    std::optional<Instant> determinationInstant;
    std::optional<Date> materialityDetermination;
    bool goodCauseExtension = false;
    std::vector<DataType> dataTypes;
    std::optional<std::int64_t> recordsAffected;
    std::vector<std::string> jurisdictions;  // the case's own first
    std::vector<std::string> claimantSectors;
    std::vector<NoticeFact> notices;  // facts of category notification, by date
};

IncidentFacts deriveIncidentFacts(const CaseRecord& record, const DeadlineInputs& inputs = {});

}  // namespace cg::domain
