#include "domain/practice/calendar_events.h"

#include <algorithm>

namespace cg::domain::practice {

namespace {

// A session booked without a length is shown as two hours: long enough to
// block the afternoon in a calendar, short enough not to hide the next one.
constexpr std::chrono::minutes kDefaultLength{2 * 60};

Instant endOf(const MediationSession& session) {
    if (session.endedAt) return *session.endedAt;
    const std::chrono::minutes length =
        session.plannedMinutes ? std::chrono::minutes(*session.plannedMinutes) : kDefaultLength;
    return Instant(session.startedAt.time() + length);
}

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
    return text;
}

}  // namespace

CalendarEvent calendarEvent(const Case& head, const MediationSession& session, const std::string& caucusPartyName) {
    CalendarEvent event;
    event.uid = "session-" + std::to_string(session.no) + "." + head.reference + "@commonground";
    event.caseReference = head.reference;
    event.caseTitle = head.title;
    event.sessionNo = session.no;
    event.start = session.startedAt;
    event.end = endOf(session);
    if (session.kind == SessionKind::Joint)
        event.summary = head.reference + " joint session";
    else
        event.summary = head.reference + " caucus" + (caucusPartyName.empty() ? "" : " with " + caucusPartyName);
    event.location = session.location;
    event.url = session.videoLink;
    event.participants = session.participants;
    // Calendars are synchronised to phones and shared with assistants: the
    // event says what and who, and the notes stay in the case (caucus notes
    // are confidential to the caucus party, Uniform Mediation Act § 4).
    event.description = head.title + " (" + head.reference + ")";
    if (!head.mediator.empty()) event.description += "\nMediator: " + head.mediator;
    if (!session.participants.empty()) event.description += "\nParticipants: " + joined(session.participants);
    return event;
}

std::vector<CalendarEvent> calendarEvents(const CaseRecord& record) {
    std::vector<const MediationSession*> sessions;
    for (const auto& s : record.sessions) sessions.push_back(&s);
    std::stable_sort(sessions.begin(), sessions.end(), [](const MediationSession* a, const MediationSession* b) {
        return a->startedAt != b->startedAt ? a->startedAt < b->startedAt : a->no < b->no;
    });
    std::vector<CalendarEvent> events;
    for (const MediationSession* s : sessions) {
        std::string caucusParty;
        if (s->kind == SessionKind::Caucus && s->caucusPartyNo)
            if (const Party* p = record.findParty(*s->caucusPartyNo)) caucusParty = p->name;
        events.push_back(calendarEvent(record.head, *s, caucusParty));
    }
    return events;
}

Date weekStart(Date day) {
    const std::chrono::weekday weekday{day.days()};
    // iso_encoding: Monday 1 … Sunday 7.
    return day.plusDays(-static_cast<int>(weekday.iso_encoding() - 1));
}

}  // namespace cg::domain::practice
