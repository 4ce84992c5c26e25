// party add / edit / list / cover / signed / remove
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

// The names of a party that the conflict check looks for in other cases.
std::vector<std::string> namesToCheck(const Party& p) {
    std::vector<std::string> names;
    for (const std::string* name : {&p.name, &p.representative, &p.counsel, &p.signatoryName})
        if (!name->empty()) names.push_back(*name);
    return names;
}

// Those of after's names that before did not have.
std::vector<std::string> changedNames(const Party& before, const Party& after) {
    const auto old = namesToCheck(before);
    std::vector<std::string> names;
    for (const std::string& name : namesToCheck(after))
        if (std::find(old.begin(), old.end(), name) == old.end()) names.push_back(name);
    return names;
}

// --signed "" on edit: the agreement to mediate is not signed after all.
std::optional<Date> signedOption(const ParsedArgs& args, const std::optional<Date>& current) {
    const auto text = args.optional("signed");
    if (!text) return current;
    if (text->empty()) return std::nullopt;
    return optionalDate(args, "signed");
}

const char* const kConflictWarningHelp =
    "The party's name, representative, counsel and signatory are checked for\n"
    "conflicts of interest against every other case (see `conflicts --help`);\n"
    "possible conflicts are listed as a warning, with the command that records\n"
    "the decision. The party is saved either way.";

Command addCommand() {
    Command c;
    c.name = "party add";
    c.summary = "add a party (organisation or person) to a case";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"name", "NAME", "the party's name", true},
                 {"role", "ROLE", choices<PartyRole>() + " (default claimant)"},
                 {"kind", "KIND", choices<PartyKind>() + " (default organisation)"},
                 {"sector", "TEXT", "sector, e.g. healthcare"},
                 {"representative", "NAME", "who speaks for the party"},
                 {"counsel", "NAME", "the party's counsel"},
                 {"signatory", "NAME", "who signs the settlement for the party"},
                 {"signatory-title", "TITLE", "as what the signatory signs, e.g. \"Managing Director\""},
                 {"address", "TEXT", "the address for notices under the agreement"},
                 {"signed", "DATE", "the day the party signed the agreement to mediate"}};
    c.details = kConflictWarningHelp;
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        Party p;
        p.name = args.value("name");
        p.role = enumOption(args, "role", PartyRole::Claimant);
        p.kind = enumOption(args, "kind", PartyKind::Organisation);
        p.sector = args.valueOr("sector", "");
        p.representative = args.valueOr("representative", "");
        p.counsel = args.valueOr("counsel", "");
        p.signatoryName = args.valueOr("signatory", "");
        p.signatoryTitle = args.valueOr("signatory-title", "");
        p.address = args.valueOr("address", "");
        p.agreementSignedOn = optionalDate(args, "signed");
        const std::string& ref = args.positional(0);
        reportAdded(context, "party", store::PartyRepository(context.database()).add(ref, p), ref);
        warnOfConflicts(context, ref, namesToCheck(p));
        return 0;
    };
    return c;
}

// Changes only the fields given; "" empties one.
Command editCommand() {
    Command c;
    c.name = "party edit";
    c.summary = "change a party's details, e.g. who signs for it and its address";
    c.positionals = "REF PARTY";
    c.minPositionals = c.maxPositionals = 2;
    c.options = {{"name", "NAME", "the party's name"},
                 {"role", "ROLE", choices<PartyRole>()},
                 {"kind", "KIND", choices<PartyKind>()},
                 {"sector", "TEXT", "sector, e.g. healthcare"},
                 {"representative", "NAME", "who speaks for the party"},
                 {"counsel", "NAME", "the party's counsel"},
                 {"signatory", "NAME", "who signs the settlement for the party"},
                 {"signatory-title", "TITLE", "as what the signatory signs, e.g. \"Managing Director\""},
                 {"address", "TEXT", "the address for notices under the agreement"},
                 {"signed", "DATE", "the day the party signed the agreement to mediate; \"\" for not signed"}};
    c.details = std::string(kConflictWarningHelp) +
                "\nOnly names that this edit changes are checked.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        store::PartyRepository parties(context.database());
        Party p = parties.get(ref, parseRecordRef(args.positional(1), "party"));
        const Party before = p;
        p.name = args.valueOr("name", p.name);
        p.role = enumOption(args, "role", p.role);
        p.kind = enumOption(args, "kind", p.kind);
        p.sector = args.valueOr("sector", p.sector);
        p.representative = args.valueOr("representative", p.representative);
        p.counsel = args.valueOr("counsel", p.counsel);
        p.signatoryName = args.valueOr("signatory", p.signatoryName);
        p.signatoryTitle = args.valueOr("signatory-title", p.signatoryTitle);
        p.address = args.valueOr("address", p.address);
        p.agreementSignedOn = signedOption(args, p.agreementSignedOn);
        parties.update(ref, p);
        context.out() << "Saved party " << p.no << " (" << p.name << ").\n";
        warnOfConflicts(context, ref, changedNames(before, p));
        return 0;
    };
    return c;
}

Command coverCommand() {
    Command c;
    c.name = "party cover";
    c.summary = "record an insurance policy that covers a party";
    c.positionals = "REF PARTY";
    c.minPositionals = c.maxPositionals = 2;
    c.options = {{"kind", "KIND", choices<CoverKind>() + " (default cyber)"},
                 {"limit", "AMOUNT", "policy limit", true},
                 {"deductible", "AMOUNT", "deductible (default 0)"},
                 {"insurer", "NAME", "the insurer"},
                 {"policy", "NUMBER", "policy number"},
                 currencyOption()};
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        const std::string currency = caseCurrency(context, ref, args);
        store::PartyRepository parties(context.database());
        Party p = parties.get(ref, parseRecordRef(args.positional(1), "party"));
        InsuranceCover cover;
        cover.kind = enumOption(args, "kind", CoverKind::Cyber);
        cover.limit = requiredMoney(args, "limit", currency);
        cover.deductible = optionalMoney(args, "deductible", currency).value_or(Money(0, currency));
        cover.insurer = args.valueOr("insurer", "");
        cover.policyNumber = args.valueOr("policy", "");
        p.covers.push_back(cover);
        parties.update(ref, p);
        context.out() << "Recorded " << toString(cover.kind) << " cover of " << cover.limit.display() << " for "
                      << p.name << ".\n";
        return 0;
    };
    return c;
}

Command signedCommand() {
    Command c;
    c.name = "party signed";
    c.summary = "record that a party signed the agreement to mediate";
    c.positionals = "REF PARTY";
    c.minPositionals = c.maxPositionals = 2;
    c.options = {{"on", "DATE", "the day it signed (default today)"}};
    c.details = "`session add` warns while a party of the session has not signed.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        store::PartyRepository parties(context.database());
        Party p = parties.get(ref, parseRecordRef(args.positional(1), "party"));
        p.agreementSignedOn = optionalDate(args, "on").value_or(Date::today());
        parties.update(ref, p);
        context.out() << p.name << " signed the agreement to mediate on " << p.agreementSignedOn->toString()
                      << ".\n";
        return 0;
    };
    return c;
}

Command listCommand() {
    Command c;
    c.name = "party list";
    c.summary = "list the parties of a case";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        TextTable table({"No", "Name", "Role", "Sector", "Counsel", "Insurance", "Agreement to mediate"});
        for (const auto& p : store::PartyRepository(context.database()).list(args.positional(0))) {
            std::string covers;
            for (const auto& cover : p.covers)
                covers += (covers.empty() ? "" : "; ") + std::string(toString(cover.kind)) + " " + cover.limit.display();
            table.addRow({std::to_string(p.no), p.name, std::string(toString(p.role)), orDash(p.sector),
                          orDash(p.counsel), orDash(covers),
                          p.agreementSignedOn ? "signed " + p.agreementSignedOn->toString() : "not signed"});
        }
        table.print(context.out());
        return 0;
    };
    return c;
}

}  // namespace

void registerPartyCommands(CommandRegistry& registry) {
    registry.add(addCommand());
    registry.add(editCommand());
    registry.add(listCommand());
    registry.add(coverCommand());
    registry.add(signedCommand());
    registry.add(removeCommand<Party>("party"));
}

}  // namespace cg::cli
