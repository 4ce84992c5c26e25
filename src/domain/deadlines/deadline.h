#pragma once
// One notification obligation worked out for a case: who must be told, from
// which event the clock ran, the due date or instant, and where it stands on
// the as-of date.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/deadlines/notification_rule.h"
#include "domain/record_no.h"

namespace cg::domain {

enum class DeadlineStatus {
    Met,             // a matching notice on or before the deadline
    Missed,          // a matching notice after the deadline
    DueIn,           // no notice yet, deadline today or later
    Overdue,         // no notice yet, deadline passed
    NotRequired,     // the recipient's threshold is not met: no date
    NoComputedDate,  // "immediately" / "without undue delay", or no start date in the case
};

struct Deadline {
    std::string ruleId;
    std::string regime;
    std::string citation;
    std::string recipient;
    DeadlineKind kind = DeadlineKind::CalendarDays;
    ClockTrigger trigger = ClockTrigger::Discovery;
    std::string triggerText;  // "discovery 2025-12-30 (fact 10)"
    std::optional<Date> start;
    std::optional<Instant> startInstant;  // Hours rules
    std::optional<Date> due;
    std::optional<Instant> dueInstant;  // Hours rules
    std::optional<Threshold> threshold;
    std::optional<std::int64_t> countCompared;
    DeadlineStatus status = DeadlineStatus::NoComputedDate;
    int days = 0;                  // Missed / DueIn / Overdue: calendar days
    std::int64_t minutesLate = 0;  // Missed on an Hours rule
    std::optional<RecordNo> noticeFactNo;
    std::optional<Date> noticeOn;
    std::string counting;            // how this one was counted
    std::vector<std::string> notes;  // weekend warnings, assumptions, the rule's note

    // "met on 2026-01-27 (fact 14)", "missed by 3 days", "due in 0 days (today)"...
    std::string statusText() const;
    // The due date or instant as text, "" when there is none.
    std::string dueText() const;
    std::string startText() const;
};

}  // namespace cg::domain
