// calendar: the sessions booked, week by week, or as an iCalendar file for
// the mediator's own calendar program
#include <chrono>
#include <map>
#include <ostream>

#include "cli/command_registry.h"
#include "cli/record_commands.h"
#include "cli/text_table.h"
#include "cli/value_parsers.h"
#include "domain/practice/calendar_events.h"
#include "exchange/icalendar_writer.h"
#include "store/case_repository.h"
#include "store/practice_queries.h"

namespace cg::cli {

namespace {

using namespace domain;
using practice::CalendarEvent;

constexpr int kDefaultWeeks = 12;

Instant startOf(Date day) { return Instant(std::chrono::sys_seconds(day.days())); }

std::string weekdayName(Date day) {
    static const char* const names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    return names[std::chrono::weekday(day.days()).c_encoding()];
}

// "joint session" from "CG-2026-0001 joint session": the case has its own column.
std::string sessionText(const CalendarEvent& e) {
    const std::string prefix = e.caseReference + " ";
    return e.summary.rfind(prefix, 0) == 0 ? e.summary.substr(prefix.size()) : e.summary;
}

// "14:00" from "2026-03-03T14:00:00Z"
std::string clockTime(const Instant& at) { return at.toString().substr(11, 5); }

struct Period {
    std::optional<Date> from, to;  // inclusive; absent = open
};

// With --case and no dates: every session of that case. Otherwise the
// period from --from (default: Monday of this week) to --to (default: 12
// weeks on), over every case or just the one.
std::vector<CalendarEvent> eventsFor(CommandContext& context, const ParsedArgs& args,
                                     Period& period) {
    period.from = optionalDate(args, "from");
    period.to = optionalDate(args, "to");
    const auto caseRef = args.optional("case");
    if (caseRef && !period.from && !period.to)
        return practice::calendarEvents(store::CaseRepository(context.database()).load(*caseRef));
    if (!period.from)
        period.from = practice::weekStart(period.to ? period.to->plusDays(-7 * kDefaultWeeks + 1)
                                                    : Date::today());
    if (!period.to) period.to = period.from->plusDays(7 * kDefaultWeeks - 1);
    if (*period.to < *period.from)
        throw UsageError("--to " + period.to->toString() + " is before --from " +
                         period.from->toString());
    // A mistyped reference is NotFound, not an empty calendar.
    if (caseRef) store::CaseRepository(context.database()).loadHead(*caseRef);
    auto events = store::scheduledSessions(context.database(), startOf(*period.from),
                                           startOf(period.to->plusDays(1)));
    if (caseRef)
        std::erase_if(events, [&](const CalendarEvent& e) { return e.caseReference != *caseRef; });
    return events;
}

std::string periodText(const Period& period) {
    if (!period.from) return "";
    return " from " + period.from->toString() + " to " + period.to->toString();
}

void printWeeks(std::ostream& out, const std::vector<CalendarEvent>& events, const Period& period) {
    if (events.empty()) {
        out << "No sessions booked" << periodText(period) << ".\n";
        return;
    }
    std::map<Date, std::vector<const CalendarEvent*>> weeks;
    for (const auto& e : events) weeks[practice::weekStart(e.start.date())].push_back(&e);
    bool first = true;
    for (const auto& [monday, inWeek] : weeks) {
        out << (first ? "" : "\n") << "Week of Monday " << monday.toString() << "\n";
        first = false;
        TextTable table({"Day", "Time (UTC)", "Case", "Session", "Where"});
        for (const CalendarEvent* e : inWeek)
            table.addRow({weekdayName(e->start.date()) + " " + e->start.date().toString(),
                          clockTime(e->start) + "–" + clockTime(e->end), e->caseReference,
                          sessionText(*e), orDash(e->location.empty() ? e->url : e->location)});
        table.print(out);
    }
}

Command calendarCommand() {
    Command c;
    c.name = "calendar";
    c.summary = "the sessions booked, week by week, or as an iCalendar (.ics) file";
    c.options = {
        {"from", "DATE", "first day (default: Monday of this week, or 12 weeks before --to)"},
        {"to", "DATE", "last day (default: 12 weeks after --from)"},
        {"case", "REF", "only this case's sessions (all of them unless --from or --to)"},
        {"ics", "FILE", "write the sessions as iCalendar to FILE instead of listing them"}};
    c.details =
        "Times are UTC. An event ends when the session ended, else after its booked\n"
        "length, else after 2 hours. The .ics file holds the case, the session, its\n"
        "location, video link and participants, never notes; it is written readable\n"
        "by you only. Each event keeps its UID, so importing the file again updates\n"
        "the events instead of doubling them.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        Period period;
        const auto events = eventsFor(context, args, period);
        if (const auto ics = args.optional("ics")) {
            exchange::writeICalendarFile(events, Instant::now(), *ics);
            context.out() << "Wrote " << events.size()
                          << (events.size() == 1 ? " session" : " sessions") << periodText(period)
                          << " to " << *ics << "\n";
            return 0;
        }
        printWeeks(context.out(), events, period);
        return 0;
    };
    return c;
}

}  // namespace

void registerCalendarCommand(CommandRegistry& registry) { registry.add(calendarCommand()); }

}  // namespace cg::cli
