#pragma once
// The deadlines view: from a case's incident facts and the notification
// rules, every applicable deadline with its status on an as-of date.
//
// How it counts (legal-domain.md section 4, "Counting rules"):
//  - "within N days": the event day is day 0, due on event + N; the whole
//    due day counts; never moved off weekends or holidays (a note says
//    "falls on a Sunday").
//  - 72-hour rules: elapsed hours on the UTC time line from the instant.
//  - business days: 5 U.S.C. 6103 with observed dates, counted strictly
//    after the event (business_calendar.h).
//  - HIPAA < 500: the annual log, due 60 days after 31 December (1 March,
//    or 29 February in a leap year).
//  - thresholds use their comparator exactly; a recipient whose threshold
//    is not met is "not required" and gets no date.
//  - recipients without a deadline of their own get the primary recipient's
//    date (without any good-cause extension, which is for individuals only).
//  - "immediately" / "without undue delay": listed, no date, no status.
//  - status: met / missed (a notification fact naming the recipient, on or
//    before / after the due date), due in N days (0 = today), overdue.
#include <vector>

#include "domain/deadlines/deadline.h"
#include "domain/deadlines/incident_facts.h"
#include "domain/deadlines/notification_rule.h"

namespace cg::domain {

// Whether a rule applies at all: jurisdiction, data types, claimant sector.
bool ruleApplies(const NotificationRule& rule, const IncidentFacts& facts);

// Every recipient of every applicable rule, in catalog order.
std::vector<Deadline> computeDeadlines(const IncidentFacts& facts,
                                       const std::vector<NotificationRule>& rules, Date asOf);

// One line for the view's footer saying how the dates were counted.
std::string countingSummary();

}  // namespace cg::domain
