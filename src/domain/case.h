#pragma once
#include <optional>
#include <string>

#include "domain/calendar.h"
#include "domain/fee_arrangement.h"
#include "domain/vocabulary.h"

namespace cg::domain {

// The head of a case record: what the case is, where it stands, who mediates.
struct Case {
    std::string reference;  // unique, human-readable: CG-2026-0001
    std::string title;
    CaseStatus status = CaseStatus::Intake;
    std::string governingLaw;   // "State of New York", "German law"
    std::string jurisdiction;   // "US-NY", "DE": drives notification rules later
    std::string mediator;
    std::string currency = "USD";  // the case's working currency
    Date openedOn;
    std::optional<Date> closedOn;
    std::string summary;
    // Recorded on closing; needs closedOn. Days from intake to close and
    // the practice report are derived from it (practice/statistics.h).
    std::optional<CaseOutcome> outcome;
    FeeArrangement fees;
};

}  // namespace cg::domain
