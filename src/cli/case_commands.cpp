// case list, case show, case new, case edit, case close (case hold, release and
// purge: legal_hold_commands.cpp)
#include <cstdlib>
#include <ostream>

#include "cli/case_text.h"
#include "cli/command_registry.h"
#include "cli/conflict_check.h"
#include "cli/record_commands.h"
#include "cli/text_table.h"
#include "cli/value_parsers.h"
#include "domain/case_reference.h"
#include "store/case_repository.h"
#include "store/conflict_decisions.h"
#include "store/legal_hold.h"

namespace cg::cli {

namespace {

using domain::CaseOutcome;
using domain::CaseStatus;

std::string referencePrefix(const ParsedArgs& args) {
    if (auto prefix = args.optional("prefix")) return *prefix;
    if (const char* env = std::getenv("COMMONGROUND_REFERENCE_PREFIX"); env && *env) return env;
    return std::string(domain::CaseReference::kDefaultPrefix);
}

Command listCommand() {
    Command c;
    c.name = "case list";
    c.summary = "list the cases in the database";
    c.options = {{"quiet", "", "print only the references, one a line"}};
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const auto cases = store::CaseRepository(context.database()).list();
        if (args.flag("quiet")) {
            for (const auto& s : cases) context.out() << s.reference << "\n";
            return 0;
        }
        if (cases.empty()) {
            context.out() << "No cases yet. Create one with 'commonground-cli case new' or 'import FILE'.\n";
            return 0;
        }
        TextTable table({"Reference", "Title", "Status", "Opened", "Parties", "Mediator"});
        for (const auto& s : cases)
            table.addRow({s.reference, s.title, std::string(domain::toString(s.status)), s.openedOn.toString(),
                          std::to_string(s.partyCount), s.mediator});
        table.print(context.out());
        return 0;
    };
    return c;
}

Command showCommand() {
    Command c;
    c.name = "case show";
    c.summary = "show a whole case as readable text";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.details = "Shows every record, including confidential caucus notes and mediator-only\n"
                "interests, each marked CONFIDENTIAL, and the conflict-of-interest\n"
                "decisions recorded for the case (`conflicts --help`). Do not share this\n"
                "output with parties.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        printCase(context.out(), store::CaseRepository(context.database()).load(ref));
        if (const auto hold = store::LegalHolds(context.database()).read(ref))
            context.out() << "\nLEGAL HOLD set by " << hold->setBy << " on "
                          << hold->since.toString() << ": " << hold->reason
                          << " (the case cannot be purged until it is released)\n";
        printConflictDecisionSection(
            context.out(), store::ConflictDecisionRepository(context.database()).forCase(ref));
        return 0;
    };
    return c;
}

std::vector<OptionSpec> headOptions(bool forNew) {
    return {{"title", "TEXT", "what the dispute is, e.g. 'Müller Dental v Kessler IT'", forNew},
            {"status", "STATUS", choices<CaseStatus>() + (forNew ? " (default intake)" : "")},
            {"mediator", "NAME", forNew ? "mediator (default: you)" : "mediator"},
            {"governing-law", "TEXT", "governing law, e.g. 'State of New York'"},
            {"jurisdiction", "CODE", "jurisdiction code, e.g. US-NY or DE"},
            {"currency", "CODE", forNew ? "working currency (default USD)" : "working currency"},
            {"opened-on", "DATE", forNew ? "date opened (default today)" : "date opened"},
            {"closed-on", "DATE", "date closed"},
            {"summary", "TEXT", "a short description of the dispute"}};
}

void applyHeadOptions(domain::Case& head, const ParsedArgs& args) {
    if (auto v = args.optional("title")) head.title = *v;
    head.status = enumOption(args, "status", head.status);
    if (auto v = args.optional("mediator")) head.mediator = *v;
    if (auto v = args.optional("governing-law")) head.governingLaw = *v;
    if (auto v = args.optional("jurisdiction")) head.jurisdiction = *v;
    if (auto v = args.optional("currency")) head.currency = *v;
    if (auto v = optionalDate(args, "opened-on")) head.openedOn = *v;
    if (auto v = optionalDate(args, "closed-on")) head.closedOn = *v;
    if (auto v = args.optional("summary")) head.summary = *v;
}

Command newCommand() {
    Command c;
    c.name = "case new";
    c.summary = "open a new case";
    c.options = headOptions(true);
    c.options.push_back({"reference", "REF", "the case reference (default: the next free PREFIX-YEAR-NNNN)"});
    c.options.push_back({"prefix", "PREFIX", "reference prefix (default $COMMONGROUND_REFERENCE_PREFIX or CG)"});
    c.details =
        "The mediator's name is checked for conflicts of interest against every\n"
        "other case, closed ones too: as a party, counsel, participant or\n"
        "signatory there (mediating other cases is no conflict). Possible\n"
        "conflicts are listed as a warning; the case is opened either way.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        store::CaseRepository cases(context.database());
        domain::Case head;
        head.openedOn = domain::Date::today();
        head.mediator = CommandContext::currentUser();
        applyHeadOptions(head, args);
        if (auto reference = args.optional("reference")) {
            head.reference = *reference;
        } else {
            const std::string prefix = referencePrefix(args);
            domain::requireReferencePrefix(prefix);
            head.reference = cases.nextReference(prefix, head.openedOn.year());
        }
        cases.create(head);
        context.out() << "Opened case " << head.reference << ": " << head.title << "\n";
        warnOfConflicts(context, head.reference, {head.mediator}, CheckedAs::Mediator);
        return 0;
    };
    return c;
}

Command editCommand() {
    Command c;
    c.name = "case edit";
    c.summary = "change a case's title, status, mediator, law, dates or summary";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = headOptions(false);
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        store::CaseRepository cases(context.database());
        domain::Case head = cases.loadHead(args.positional(0));
        const std::string mediatorBefore = head.mediator;
        applyHeadOptions(head, args);
        cases.updateHead(head);
        context.out() << "Updated case " << head.reference << ".\n";
        if (head.mediator != mediatorBefore)
            warnOfConflicts(context, head.reference, {head.mediator}, CheckedAs::Mediator);
        return 0;
    };
    return c;
}

// The status a case closes with follows from how it ended, so the case list
// and the conflict check show settled and failed mediations apart.
CaseStatus statusOnClosing(CaseOutcome outcome) {
    switch (outcome) {
        case CaseOutcome::SettledInFull:
        case CaseOutcome::SettledInPart: return CaseStatus::Settled;
        case CaseOutcome::Impasse: return CaseStatus::Impasse;
        case CaseOutcome::Withdrawn: return CaseStatus::Closed;
    }
    return CaseStatus::Closed;
}

Command closeCommand() {
    Command c;
    c.name = "case close";
    c.summary = "close a case with its outcome (settled in full or in part, impasse, withdrawn)";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"outcome", "OUTCOME", choices<CaseOutcome>(), true},
                 {"on", "DATE", "the day it closed (default today)"}};
    c.details = "Sets the status to settled (settled-in-full, settled-in-part), impasse or\n"
                "closed (withdrawn). The practice report counts the outcome and the days\n"
                "from intake to close.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        store::CaseRepository cases(context.database());
        domain::Case head = cases.loadHead(args.positional(0));
        const CaseOutcome outcome = enumOption(args, "outcome", CaseOutcome::Withdrawn);
        head.outcome = outcome;
        head.closedOn = optionalDate(args, "on").value_or(domain::Date::today());
        head.status = statusOnClosing(outcome);
        cases.updateHead(head);
        context.out() << "Closed " << head.reference << " on " << head.closedOn->toString() << ": "
                      << domain::toString(outcome) << " (status " << domain::toString(head.status) << "), "
                      << daysToClose(head) << " days after intake.\n";
        return 0;
    };
    return c;
}

}  // namespace

void registerCaseCommands(CommandRegistry& registry) {
    registry.add(listCommand());
    registry.add(showCommand());
    registry.add(newCommand());
    registry.add(editCommand());
    registry.add(closeCommand());
}

}  // namespace cg::cli
