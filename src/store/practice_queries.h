#pragma once
// Questions asked across all cases of the database at once, each answered
// with a few queries whatever the number of cases: the practice report's
// figures and the sessions booked in a period.
#include <vector>

#include "domain/practice/calendar_events.h"
#include "domain/practice/statistics.h"

namespace cg::store {

class Database;

// Every case that was open at some time within [from, to], with its
// sessions, minutes and fees restricted to the period.
std::vector<domain::practice::CaseFigures> practiceFigures(Database& db, domain::Date from,
                                                            domain::Date to);

// Every session of every case that starts within [from, to) as a calendar
// event, ordered by start.
std::vector<domain::practice::CalendarEvent> scheduledSessions(Database& db, domain::Instant from,
                                                               domain::Instant to);

}  // namespace cg::store
