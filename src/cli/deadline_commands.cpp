// deadlines REF, catalog check [DIR]
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <ostream>

#include "cli/catalog_location.h"
#include "cli/command_context.h"
#include "cli/command_registry.h"
#include "cli/text_table.h"
#include "cli/value_parsers.h"
#include "domain/deadlines/deadline_engine.h"
#include "exchange/catalog_loader.h"
#include "store/case_repository.h"

namespace cg::cli {

namespace {

namespace fs = std::filesystem;

std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
    std::string text;
    for (const auto& p : parts) text += (text.empty() ? "" : separator) + p;
    return text;
}

std::string noteFor(const domain::Deadline& d) {
    std::vector<std::string> parts;
    if (d.status == domain::DeadlineStatus::NotRequired)
        parts.push_back(d.counting);
    else if (d.threshold && d.countCompared)
        parts.push_back("threshold " + d.threshold->describe() + " met by " +
                        std::to_string(*d.countCompared));
    if (d.triggerText.find("taken as") != std::string::npos) parts.push_back(d.triggerText);
    parts.insert(parts.end(), d.notes.begin(), d.notes.end());
    return joined(parts, "; ");
}

std::string startFor(const domain::Deadline& d) {
    const std::string start = d.startText();
    return start.empty() ? "" : start + " (" + std::string(domain::toString(d.trigger)) + ")";
}

// Sets TZ for the lifetime of the object, so mktime reads that zone from the
// system's IANA time-zone database (tzdata), and puts the old value back.
class ScopedTimeZone {
public:
    explicit ScopedTimeZone(const std::string& zone) {
        if (const char* old = std::getenv("TZ")) m_old = old;
        setenv("TZ", zone.c_str(), 1);
        tzset();
    }
    ~ScopedTimeZone() {
        if (m_old)
            setenv("TZ", m_old->c_str(), 1);
        else
            unsetenv("TZ");
        tzset();
    }
    ScopedTimeZone(const ScopedTimeZone&) = delete;
    ScopedTimeZone& operator=(const ScopedTimeZone&) = delete;

private:
    std::optional<std::string> m_old;
};

// A local wall-clock time in an IANA zone as a UTC instant. The 72-hour rules
// (GDPR Art. 33, 23 NYCRR 500.17) count elapsed time, so a daylight-saving
// change inside the window must come out of the zone database, not be
// assumed away (legal-domain.md section 4, "Counting rules").
domain::Instant localTimeToUtc(const std::string& option, const std::string& text,
                               const std::string& zone) {
    const bool knownZone = zone.find("..") == std::string::npos && !zone.empty() &&
                           zone.front() != '/' &&
                           fs::is_regular_file(fs::path("/usr/share/zoneinfo") / zone);
    if (!knownZone)
        throw UsageError(
            "--time-zone: '" + zone +
            "' is not a time zone of the IANA database (e.g. Europe/Berlin, America/New_York)");
    if (!text.empty() && text.back() == 'Z')
        throw UsageError("--" + option + ": '" + text +
                         "' is already UTC; drop the Z or drop --time-zone");
    domain::Instant wallClock;
    try {
        wallClock = domain::Instant::parse(text + "Z");
    } catch (const domain::ValidationError&) {
        throw UsageError("--" + option + ": '" + text +
                         "' is not a local time; write it as YYYY-MM-DDTHH:MM:SS");
    }
    const std::time_t asIfUtc = std::chrono::system_clock::to_time_t(wallClock.time());
    std::tm fields{};
    gmtime_r(&asIfUtc, &fields);
    fields.tm_isdst = -1;  // let the zone database say whether summer time applies
    const ScopedTimeZone scoped(zone);
    const std::time_t utc = std::mktime(&fields);
    return domain::Instant(std::chrono::sys_seconds{std::chrono::seconds{utc}});
}

// --aware-at and --determined-at are UTC ("...Z"), or local times in the
// zone --time-zone names.
std::optional<domain::Instant> instantOption(const ParsedArgs& args, const std::string& option) {
    const auto text = args.optional(option);
    if (!text) return std::nullopt;
    if (const auto zone = args.optional("time-zone")) return localTimeToUtc(option, *text, *zone);
    return optionalInstant(args, option);
}

void printIncident(std::ostream& out, const domain::IncidentFacts& f) {
    out << "Discovery: "
        << (f.discovery
                ? f.discovery->toString() + " (fact " + std::to_string(f.discoveryFactNo) + ")"
                : "not recorded")
        << "; records affected: "
        << (f.recordsAffected ? std::to_string(*f.recordsAffected) : "not recorded");
    if (!f.jurisdictions.empty()) out << ", treated as residents of " << f.jurisdictions.front();
    std::vector<std::string> types;
    for (auto t : f.dataTypes) types.emplace_back(domain::toString(t));
    out << "; data types: " << (types.empty() ? "none recorded" : joined(types, ", "))
        << "; jurisdictions: " << (f.jurisdictions.empty() ? "none" : joined(f.jurisdictions, ", "))
        << "\n";
}

Command deadlinesCommand() {
    Command c;
    c.name = "deadlines";
    c.summary = "breach-notification deadlines of a case, with their status";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {
        {"as-of", "DATE", "the day the status is worked out for (default today)"},
        {"catalogs", "DIR", "reference catalog folder (default $COMMONGROUND_DATA_DIR/catalogs)"},
        {"aware-at", "TIME",
         "when the controller became aware (GDPR): UTC 2026-01-09T14:00:00Z, or local with "
         "--time-zone"},
        {"determined-on", "DATE", "date of the determination that a breach occurred"},
        {"determined-at", "TIME", "the determination to the minute (NYDFS 72 hours), UTC or local"},
        {"time-zone", "ZONE",
         "IANA zone of local --aware-at / --determined-at times, e.g. Europe/Berlin"},
        {"materiality-on", "DATE", "date of the materiality determination (SEC 8-K)"},
        {"good-cause-extension", "", "a good-cause extension is on record (Florida, +15 days)"},
        {"jurisdiction", "CODE", "another jurisdiction with affected residents, e.g. US-NJ", false,
         true}};
    c.details =
        "Discovery is the earliest discovered-on date of an event fact (of any fact when no\n"
        "event has one). Determination dates are taken as the discovery date unless given.\n"
        "A notification fact whose description names the recipient counts as its notice.\n"
        "Facts carry no per-state counts: records affected are treated as residents of the\n"
        "case's jurisdiction. Not legal advice: check each rule's source before relying on it.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const domain::Date asOf = optionalDate(args, "as-of").value_or(domain::Date::today());
        const exchange::CatalogLoad catalogs =
            loadCatalogs(context, catalogFolder(args.optional("catalogs")));
        const domain::CaseRecord record =
            store::CaseRepository(context.database()).load(args.positional(0));

        domain::DeadlineInputs inputs;
        if (args.has("time-zone") && !args.has("aware-at") && !args.has("determined-at"))
            throw UsageError("--time-zone goes with --aware-at or --determined-at");
        if (args.has("determined-on") && args.has("determined-at"))
            throw UsageError(
                "give the determination once: --determined-on DATE or --determined-at TIME");
        inputs.awareness = instantOption(args, "aware-at");
        inputs.determinationInstant = instantOption(args, "determined-at");
        inputs.determination = optionalDate(args, "determined-on");
        inputs.materialityDetermination = optionalDate(args, "materiality-on");
        inputs.goodCauseExtension = args.flag("good-cause-extension");
        inputs.extraJurisdictions = args.values("jurisdiction");
        const domain::IncidentFacts facts = domain::deriveIncidentFacts(record, inputs);
        const auto deadlines =
            domain::computeDeadlines(facts, catalogs.catalogs.notificationRules, asOf);

        context.out() << "Notification deadlines for " << record.head.reference << " as of "
                      << asOf.toString() << "\n";
        printIncident(context.out(), facts);
        if (deadlines.empty()) {
            context.out() << "No notification rule in the catalogs applies to this case.\n";
        } else {
            // Notes go below the table, numbered, so a long one is never cut off.
            TextTable table({"Rule", "Recipient", "Start", "Due", "Status", "Note"});
            std::vector<std::string> notes;
            for (const auto& d : deadlines) {
                const std::string note = noteFor(d);
                if (!note.empty()) notes.push_back(note);
                table.addRow({d.regime, d.recipient, startFor(d), d.dueText(), d.statusText(),
                              note.empty() ? "" : "[" + std::to_string(notes.size()) + "]"});
            }
            table.print(context.out(), 80);
            for (std::size_t i = 0; i < notes.size(); ++i)
                context.out() << "[" << i + 1 << "] " << notes[i] << "\n";
        }
        context.out() << domain::countingSummary() << "\n";
        return 0;
    };
    return c;
}

Command catalogCheckCommand() {
    Command c;
    c.name = "catalog check";
    c.summary = "load the reference catalogs and report any broken file";
    c.positionals = "[DIR]";
    c.maxPositionals = 1;
    c.details =
        "Exit status 1 when any catalog file has an error; each error gives file:line:column.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string folder = catalogFolder(
            args.positionals().empty() ? std::nullopt : std::optional(args.positional(0)));
        const exchange::CatalogLoad load = exchange::loadCatalogFolder(folder);
        context.out() << "Catalog folder " << folder << "\n";
        TextTable table({"File", "Catalog", "Version", "Entries"});
        for (const auto& f : load.catalogs.files)
            table.addRow({fs::path(f.file).filename().string(), f.kind, f.version,
                          std::to_string(f.entries)});
        if (!table.empty()) table.print(context.out(), 72);
        for (const auto& e : load.errors) context.err() << "error: " << e.what() << "\n";
        context.out() << load.catalogs.files.size()
                      << (load.catalogs.files.size() == 1 ? " file" : " files") << " loaded, "
                      << load.errors.size() << (load.errors.size() == 1 ? " error" : " errors")
                      << "\n";
        return load.errors.empty() ? 0 : 1;
    };
    return c;
}

}  // namespace

void registerDeadlineCommands(CommandRegistry& registry) {
    registry.add(deadlinesCommand());
    registry.add(catalogCheckCommand());
}

}  // namespace cg::cli
