// session add / edit / list / note / remove
#include <ostream>

#include "cli/case_text.h"
#include "cli/command_registry.h"
#include "cli/record_commands.h"
#include "cli/text_table.h"
#include "cli/value_parsers.h"

namespace cg::cli {

namespace {

using namespace domain;

constexpr int kMinutesPerDay = 24 * 60;

std::optional<int> lengthOption(const ParsedArgs& args, const std::optional<int>& current) {
    const auto text = args.optional("length");
    if (!text) return current;
    if (text->empty()) return std::nullopt;
    return static_cast<int>(parseInteger(*text, "--length", 1, kMinutesPerDay));
}

std::vector<OptionSpec> bookingOptions() {
    return {{"length", "MINUTES", "how long it is booked for (the calendar's default is 2 hours)"},
            {"location", "TEXT", "room and address"},
            {"video-link", "URL", "the https:// link of a video session"}};
}

void applyBookingOptions(MediationSession& s, const ParsedArgs& args) {
    s.plannedMinutes = lengthOption(args, s.plannedMinutes);
    s.location = args.valueOr("location", s.location);
    s.videoLink = args.valueOr("video-link", s.videoLink);
}

// Mediating with a party that has not agreed to the process (and to its
// confidentiality) is a risk the mediator should see before the session,
// not a reason to refuse recording it.
void warnOfUnsignedParties(CommandContext& context, const std::string& ref, const MediationSession& s) {
    std::vector<Party> inSession;
    for (auto& p : store::PartyRepository(context.database()).list(ref))
        if (s.kind == SessionKind::Joint || s.caucusPartyNo == p.no) inSession.push_back(std::move(p));
    const auto notSigned = partiesNotSigned(inSession);
    if (notSigned.empty()) return;
    context.out() << "\nWarning: not yet signed the agreement to mediate:";
    for (std::size_t i = 0; i < notSigned.size(); ++i)
        context.out() << (i == 0 ? " " : ", ") << notSigned[i]->name << " (party " << notSigned[i]->no << ")";
    context.out() << ".\nRecord a signature with: commonground-cli party signed " << ref << " PARTY --on DATE\n";
}

Command addCommand() {
    Command c;
    c.name = "session add";
    c.summary = "record a joint session or a caucus with one party";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"kind", "KIND", choices<SessionKind>() + " (default joint)"},
                 {"caucus-party", "PARTY", "the party met in caucus (required for a caucus)"},
                 {"started-at", "TIME", "start, UTC YYYY-MM-DDTHH:MM:SSZ or 'now' (default now)"},
                 {"ended-at", "TIME", "end, UTC"},
                 {"participant", "NAME", "who took part", false, true}};
    for (auto& o : bookingOptions()) c.options.push_back(std::move(o));
    c.details = "A session is recorded even when one of its parties has not signed the\n"
                "agreement to mediate; the command then names them as a warning.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        MediationSession s;
        s.kind = enumOption(args, "kind", SessionKind::Joint);
        s.caucusPartyNo = optionalRecordRef(args, "caucus-party", "party");
        s.startedAt = optionalInstant(args, "started-at").value_or(Instant::now());
        s.endedAt = optionalInstant(args, "ended-at");
        s.participants = args.values("participant");
        applyBookingOptions(s, args);
        const std::string& ref = args.positional(0);
        reportAdded(context, "session", store::SessionRepository(context.database()).add(ref, s), ref);
        warnOfUnsignedParties(context, ref, s);
        return 0;
    };
    return c;
}

// Changes only the fields given; "" empties an optional one.
Command editCommand() {
    Command c;
    c.name = "session edit";
    c.summary = "change a session's time, booked length, location, video link or participants";
    c.positionals = "REF SESSION";
    c.minPositionals = c.maxPositionals = 2;
    c.options = {{"kind", "KIND", choices<SessionKind>()},
                 {"caucus-party", "PARTY", "the party met in caucus"},
                 {"started-at", "TIME", "start, UTC YYYY-MM-DDTHH:MM:SSZ"},
                 {"ended-at", "TIME", "end, UTC; \"\" for not ended"},
                 {"participant", "NAME", "who took part (replaces the list)", false, true}};
    for (auto& o : bookingOptions()) c.options.push_back(std::move(o));
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        store::SessionRepository sessions(context.database());
        MediationSession s = sessions.get(ref, parseRecordRef(args.positional(1), "session"));
        s.kind = enumOption(args, "kind", s.kind);
        if (args.has("caucus-party")) s.caucusPartyNo = optionalRecordRef(args, "caucus-party", "party");
        if (s.kind == SessionKind::Joint) s.caucusPartyNo.reset();
        if (args.has("started-at")) s.startedAt = *optionalInstant(args, "started-at");
        if (const auto ended = args.optional("ended-at"))
            s.endedAt = ended->empty() ? std::nullopt : optionalInstant(args, "ended-at");
        if (args.has("participant")) s.participants = args.values("participant");
        applyBookingOptions(s, args);
        sessions.update(ref, s);
        context.out() << "Saved session " << s.no << " of " << ref << ".\n";
        return 0;
    };
    return c;
}

Command noteCommand() {
    Command c;
    c.name = "session note";
    c.summary = "add a note to a session (caucus notes are confidential by default)";
    c.positionals = "REF SESSION";
    c.minPositionals = c.maxPositionals = 2;
    c.options = {{"text", "TEXT", "the note", true},
                 {"visibility", "WHO",
                  choices<Visibility>() + " (default: party-and-mediator in a caucus, everyone in a joint session)"},
                 {"written-at", "TIME", "UTC time (default now)"}};
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        const RecordNo sessionNo = parseRecordRef(args.positional(1), "session");
        const MediationSession session = store::SessionRepository(context.database()).get(ref, sessionNo);
        SessionNote note;
        note.text = args.value("text");
        // The caucus rule: what a party says in private stays with the mediator
        // unless the party consents, so caucus notes start confidential.
        const Visibility fallback =
            session.kind == SessionKind::Caucus ? Visibility::PartyAndMediator : Visibility::Everyone;
        note.visibility = enumOption(args, "visibility", fallback);
        note.writtenAt = optionalInstant(args, "written-at").value_or(Instant::now());
        const RecordNo no = store::addSessionNote(context.database(), ref, sessionNo, note);
        context.out() << "Added note " << no << " to session " << sessionNo << " of " << ref << " ("
                      << toString(note.visibility) << ").\n";
        return 0;
    };
    return c;
}

Command listCommand() {
    Command c;
    c.name = "session list";
    c.summary = "list the sessions of a case";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        TextTable table({"No", "Kind", "With party", "Started (UTC)", "Ended (UTC)", "Booked", "Where", "Notes",
                         "Participants"});
        for (const auto& s : store::SessionRepository(context.database()).list(args.positional(0))) {
            std::string people;
            for (const auto& p : s.participants) people += (people.empty() ? "" : "; ") + p;
            table.addRow({std::to_string(s.no), std::string(toString(s.kind)),
                          s.caucusPartyNo ? std::to_string(*s.caucusPartyNo) : "—", s.startedAt.toString(),
                          s.endedAt ? s.endedAt->toString() : "—",
                          s.plannedMinutes ? std::to_string(*s.plannedMinutes) + " min" : "—",
                          orDash(s.location.empty() ? s.videoLink : s.location), std::to_string(s.notes.size()),
                          orDash(people)});
        }
        table.print(context.out());
        return 0;
    };
    return c;
}

}  // namespace

void registerSessionCommands(CommandRegistry& registry) {
    registry.add(addCommand());
    registry.add(editCommand());
    registry.add(listCommand());
    registry.add(noteCommand());
    registry.add(removeCommand<MediationSession>("session"));
}

}  // namespace cg::cli
