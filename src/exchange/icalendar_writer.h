#pragma once
// Sessions as an iCalendar file (RFC 5545), for the mediator's own calendar
// program (Thunderbird, Outlook, Apple or Google Calendar) to import or
// subscribe to. Times are written in UTC, so no time-zone definitions are
// needed and every program shows them in its own zone.
#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/practice/calendar_events.h"

namespace cg::exchange {

// One VCALENDAR with one VEVENT per event, in the order given. stamp is
// DTSTAMP (when the file was made), passed in so that the same events
// always give the same bytes. Text is escaped (RFC 5545 section 3.3.11),
// lines are folded at 75 octets without splitting a UTF-8 character
// (section 3.1), and lines end in CRLF.
std::string writeICalendar(const std::vector<domain::practice::CalendarEvent>& events, domain::Instant stamp);

// The same, written to path atomically (exchange/atomic_file_write.h).
// Throws domain::Error ("cannot write 'path': reason").
void writeICalendarFile(const std::vector<domain::practice::CalendarEvent>& events, domain::Instant stamp,
                        const std::string& path);

}  // namespace cg::exchange
