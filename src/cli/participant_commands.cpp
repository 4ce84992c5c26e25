// participant add / edit / list / remove: counsel, insurers, experts and the
// others who take part without being a party
#include <algorithm>
#include <ostream>

#include "cli/command_registry.h"
#include "cli/conflict_check.h"
#include "cli/record_commands.h"
#include "cli/text_table.h"
#include "cli/value_parsers.h"

namespace cg::cli {

namespace {

using namespace domain;

// A participant's firm can be as much a conflict as the person.
std::vector<std::string> namesToCheck(const Participant& p) {
    std::vector<std::string> names;
    for (const std::string* name : {&p.name, &p.organisation})
        if (!name->empty()) names.push_back(*name);
    return names;
}

std::vector<std::string> changedNames(const Participant& before, const Participant& after) {
    const auto old = namesToCheck(before);
    std::vector<std::string> names;
    for (const std::string& name : namesToCheck(after))
        if (std::find(old.begin(), old.end(), name) == old.end()) names.push_back(name);
    return names;
}

const char* const kConflictWarningHelp =
    "The participant's name and organisation are checked for conflicts of\n"
    "interest against every other case (see `conflicts --help`); possible\n"
    "conflicts are listed as a warning, with the command that records the\n"
    "decision. The participant is saved either way.";

// --party "" on edit: attends for no party (a co-mediator, a neutral expert).
OptionalNo partyOption(const ParsedArgs& args, const OptionalNo& current) {
    const auto text = args.optional("party");
    if (!text) return current;
    if (text->empty()) return std::nullopt;
    return parseRecordRef(*text, "party");
}

Command addCommand() {
    Command c;
    c.name = "participant add";
    c.summary = "add someone who takes part without being a party: counsel, insurer, expert, ...";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"name", "NAME", "the person's (or organisation's) name", true},
                 {"role", "ROLE", choices<ParticipantRole>() + " (default counsel)"},
                 {"organisation", "NAME", "the firm or insurer they come from"},
                 {"party", "PARTY", "the party they attend for (none for a co-mediator)"},
                 {"email", "ADDRESS", "e-mail address for invitations"}};
    c.details = kConflictWarningHelp;
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        Participant p;
        p.name = args.value("name");
        p.role = enumOption(args, "role", ParticipantRole::Counsel);
        p.organisation = args.valueOr("organisation", "");
        p.partyNo = optionalRecordRef(args, "party", "party");
        p.email = args.valueOr("email", "");
        const std::string& ref = args.positional(0);
        reportAdded(context, "participant",
                    store::ParticipantRepository(context.database()).add(ref, p), ref);
        warnOfConflicts(context, ref, namesToCheck(p));
        return 0;
    };
    return c;
}

// Changes only the fields given; "" empties one.
Command editCommand() {
    Command c;
    c.name = "participant edit";
    c.summary = "change a participant's name, role, organisation, party or e-mail";
    c.positionals = "REF PARTICIPANT";
    c.minPositionals = c.maxPositionals = 2;
    c.options = {{"name", "NAME", "the person's (or organisation's) name"},
                 {"role", "ROLE", choices<ParticipantRole>()},
                 {"organisation", "NAME", "the firm or insurer they come from"},
                 {"party", "PARTY", "the party they attend for; \"\" for none"},
                 {"email", "ADDRESS", "e-mail address for invitations"}};
    c.details =
        std::string(kConflictWarningHelp) + "\nOnly names that this edit changes are checked.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        store::ParticipantRepository participants(context.database());
        Participant p = participants.get(ref, parseRecordRef(args.positional(1), "participant"));
        const Participant before = p;
        p.name = args.valueOr("name", p.name);
        p.role = enumOption(args, "role", p.role);
        p.organisation = args.valueOr("organisation", p.organisation);
        p.partyNo = partyOption(args, p.partyNo);
        p.email = args.valueOr("email", p.email);
        participants.update(ref, p);
        context.out() << "Saved participant " << p.no << " (" << p.name << ").\n";
        warnOfConflicts(context, ref, changedNames(before, p));
        return 0;
    };
    return c;
}

Command listCommand() {
    Command c;
    c.name = "participant list";
    c.summary = "list the participants of a case";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        TextTable table({"No", "Name", "Role", "Organisation", "For party", "E-mail"});
        for (const auto& p :
             store::ParticipantRepository(context.database()).list(args.positional(0)))
            table.addRow({std::to_string(p.no), p.name, std::string(toString(p.role)),
                          orDash(p.organisation), p.partyNo ? std::to_string(*p.partyNo) : "—",
                          orDash(p.email)});
        table.print(context.out());
        return 0;
    };
    return c;
}

}  // namespace

void registerParticipantCommands(CommandRegistry& registry) {
    registry.add(addCommand());
    registry.add(editCommand());
    registry.add(listCommand());
    registry.add(removeCommand<Participant>("participant"));
}

}  // namespace cg::cli
