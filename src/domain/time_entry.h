#pragma once
#include <string>

#include "domain/calendar.h"
#include "domain/money.h"
#include "domain/record_no.h"
#include "domain/vocabulary.h"

namespace cg::domain {

// Time the mediator spent on the case, billed at the case's hourly rate
// unless the case has a fixed fee or the entry is not billable.
struct TimeEntry {
    RecordNo no = 0;
    Date workedOn;
    int minutes = 0;  // 1 .. 24 * 60
    TimeActivity activity = TimeActivity::Session;
    OptionalNo sessionNo;  // the session it was spent in or for
    std::string mediator;  // who worked; the case's mediator when empty
    bool billable = true;
    std::string description;
};

// Money spent for the case (room hire, travel, an expert's fee), split
// between the parties like the fees unless charged to one party.
struct Expense {
    RecordNo no = 0;
    Date incurredOn;
    std::string description;
    Money amount;
    OptionalNo chargedToPartyNo;
};

// Money a party paid towards the mediator's invoice.
struct Payment {
    RecordNo no = 0;
    RecordNo partyNo = 0;
    Date receivedOn;
    Money amount;
    std::string reference;  // bank reference, cheque number
};

}  // namespace cg::domain
