// time add / list / remove: the mediator's time on a case
#include <cctype>
#include <ostream>

#include "cli/command_registry.h"
#include "cli/record_commands.h"
#include "cli/text_table.h"
#include "cli/value_parsers.h"

namespace cg::cli {

namespace {

using namespace domain;

constexpr int kMinutesPerDay = 24 * 60;

// "1.5" → 90, "0.25" → 15, "2" → 120; at most two decimals, rounded to
// the nearest minute.
int parseHours(const std::string& text) {
    const auto dot = text.find('.');
    const std::string whole = text.substr(0, dot);
    const std::string fraction = dot == std::string::npos ? "" : text.substr(dot + 1);
    const auto digitsOnly = [](const std::string& s) {
        for (unsigned char c : s)
            if (!std::isdigit(c)) return false;
        return true;
    };
    if (whole.empty() || whole.size() > 2 || !digitsOnly(whole) || fraction.size() > 2 ||
        !digitsOnly(fraction) || (dot != std::string::npos && fraction.empty()))
        throw UsageError("--hours: '" + text + "' is not a number of hours like 1.5 or 0.25");
    const std::string padded = fraction + std::string(2 - fraction.size(), '0');
    const int hundredths = std::stoi(whole) * 100 + std::stoi(padded);
    const int minutes = (hundredths * 60 + 50) / 100;
    if (minutes < 1 || minutes > kMinutesPerDay)
        throw UsageError("--hours: " + text + " is outside 0.01 to 24 hours");
    return minutes;
}

int minutesFrom(const ParsedArgs& args) {
    if (args.has("minutes") && args.has("hours"))
        throw UsageError("give the time once: --minutes or --hours");
    if (auto m = args.optional("minutes"))
        return static_cast<int>(parseInteger(*m, "--minutes", 1, kMinutesPerDay));
    if (auto h = args.optional("hours")) return parseHours(*h);
    throw UsageError("--minutes or --hours is required");
}

// "2:30 h"
std::string hoursText(int minutes) {
    const int m = minutes % 60;
    return std::to_string(minutes / 60) + ":" + (m < 10 ? "0" : "") + std::to_string(m) + " h";
}

Command addCommand() {
    Command c;
    c.name = "time add";
    c.summary = "record time spent on a case (billed at the hourly rate unless not billable)";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"minutes", "N", "the time in minutes (or --hours)"},
                 {"hours", "H.H", "the time in hours, e.g. 1.5 (or --minutes)"},
                 {"on", "DATE", "the day worked (default today)"},
                 {"activity", "ACTIVITY", choices<TimeActivity>() + " (default session)"},
                 {"session", "SESSION", "the session it was spent in or for"},
                 {"mediator", "NAME", "who worked (default: the case's mediator)"},
                 {"description", "TEXT", "what was done"},
                 {"not-billable", "", "record the time without billing it"}};
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        TimeEntry t;
        t.minutes = minutesFrom(args);
        t.workedOn = optionalDate(args, "on").value_or(Date::today());
        t.activity = enumOption(args, "activity", TimeActivity::Session);
        t.sessionNo = optionalRecordRef(args, "session", "session");
        t.mediator = args.valueOr("mediator", "");
        t.description = args.valueOr("description", "");
        t.billable = !args.flag("not-billable");
        const RecordNo no = store::TimeEntryRepository(context.database()).add(ref, t);
        context.out() << "Added time entry " << no << " (" << hoursText(t.minutes) << ", "
                      << toString(t.activity) << (t.billable ? "" : ", not billable") << ") to "
                      << ref << ".\n";
        return 0;
    };
    return c;
}

Command listCommand() {
    Command c;
    c.name = "time list";
    c.summary = "list the time recorded on a case, with the totals";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        TextTable table(
            {"No", "Date", "Time", "Activity", "Session", "Billable", "Mediator", "Description"});
        int total = 0;
        int billable = 0;
        for (const auto& t :
             store::TimeEntryRepository(context.database()).list(args.positional(0))) {
            table.addRow({std::to_string(t.no), t.workedOn.toString(), hoursText(t.minutes),
                          std::string(toString(t.activity)),
                          t.sessionNo ? std::to_string(*t.sessionNo) : "—",
                          t.billable ? "yes" : "no", orDash(t.mediator), orDash(t.description)});
            total += t.minutes;
            if (t.billable) billable += t.minutes;
        }
        table.print(context.out());
        context.out() << "Total " << hoursText(total) << ", billable " << hoursText(billable)
                      << "\n";
        return 0;
    };
    return c;
}

}  // namespace

void registerTimeCommands(CommandRegistry& registry) {
    registry.add(addCommand());
    registry.add(listCommand());
    registry.add(removeCommand<TimeEntry>("time", "time entry"));
}

}  // namespace cg::cli
