// session add / list / note / remove
#include <ostream>

#include "cli/command_registry.h"
#include "cli/record_commands.h"
#include "cli/text_table.h"
#include "cli/value_parsers.h"

namespace cg::cli {

namespace {

using namespace domain;

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
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        MediationSession s;
        s.kind = enumOption(args, "kind", SessionKind::Joint);
        s.caucusPartyNo = optionalRecordRef(args, "caucus-party", "party");
        s.startedAt = optionalInstant(args, "started-at").value_or(Instant::now());
        s.endedAt = optionalInstant(args, "ended-at");
        s.participants = args.values("participant");
        const std::string& ref = args.positional(0);
        reportAdded(context, "session", store::SessionRepository(context.database()).add(ref, s), ref);
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
        TextTable table({"No", "Kind", "With party", "Started (UTC)", "Ended (UTC)", "Notes", "Participants"});
        for (const auto& s : store::SessionRepository(context.database()).list(args.positional(0))) {
            std::string people;
            for (const auto& p : s.participants) people += (people.empty() ? "" : "; ") + p;
            table.addRow({std::to_string(s.no), std::string(toString(s.kind)),
                          s.caucusPartyNo ? std::to_string(*s.caucusPartyNo) : "—", s.startedAt.toString(),
                          s.endedAt ? s.endedAt->toString() : "—", std::to_string(s.notes.size()), orDash(people)});
        }
        table.print(context.out());
        return 0;
    };
    return c;
}

}  // namespace

void registerSessionCommands(CommandRegistry& registry) {
    registry.add(addCommand());
    registry.add(listCommand());
    registry.add(noteCommand());
    registry.add(removeCommand<MediationSession>("session"));
}

}  // namespace cg::cli
