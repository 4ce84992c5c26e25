#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/record_no.h"
#include "domain/vocabulary.h"

namespace cg::domain {

// A dated fact about the incident, as one party asserts it.
struct BreachFact {
    RecordNo no = 0;
    FactCategory category = FactCategory::Event;
    std::string description;
    Date occurredOn;
    // Dates reconstructed from logs are often approximate; an estimated
    // occurrence may fall after the discovery date.
    bool occurredEstimated = false;
    std::optional<Date> discoveredOn;
    std::vector<DataType> dataTypes;
    std::optional<std::int64_t> recordsAffected;
    std::string failedControl;  // "CIS 3.11 encrypt data at rest"
    OptionalNo assertedByPartyNo;
    FactStanding standing = FactStanding::Disputed;
};

}  // namespace cg::domain
