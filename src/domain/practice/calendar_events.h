#pragma once
// Sessions as calendar events, for the week view and iCalendar export.
#include <string>
#include <vector>

#include "domain/case_record.h"

namespace cg::domain::practice {

struct CalendarEvent {
    std::string uid;            // stable: "session-3.CG-2026-0001@commonground"
    std::string caseReference;
    std::string caseTitle;
    RecordNo sessionNo = 0;
    Instant start, end;         // end: endedAt, else start + plannedMinutes, else start + 2 hours
    std::string summary;        // "CG-2026-0001 joint session", "CG-2026-0001 caucus with Bright Smile Dental"
    std::string location;
    std::string url;            // the video link
    std::string description;    // case title and participants; never notes
    std::vector<std::string> participants;
};

// One event per session of the case, ordered by start.
std::vector<CalendarEvent> calendarEvents(const CaseRecord& record);
// One session's event; caucusPartyName is the caucus party's name (or "").
CalendarEvent calendarEvent(const Case& head, const MediationSession& session,
                            const std::string& caucusPartyName);

// Monday of the week `day` falls in.
Date weekStart(Date day);

}  // namespace cg::domain::practice
