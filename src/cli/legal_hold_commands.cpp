// case hold, case release, case purge: a legal hold keeps a case from being
// purged; purge securely deletes a closed case (store::CaseRepository::purge).
#include <ostream>

#include "cli/command_context.h"
#include "cli/command_registry.h"
#include "store/case_repository.h"
#include "store/database.h"
#include "store/legal_hold.h"

namespace cg::cli {

namespace {

Command holdCommand() {
    Command c;
    c.name = "case hold";
    c.summary = "set a legal hold on a case, which keeps it from being purged";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"reason", "TEXT", "the matter or order that requires keeping the case", true}};
    c.details = "While a legal hold is set, `case purge` refuses the case, naming who set\n"
                "the hold, when and why. `case show` shows the hold; `case release` lifts\n"
                "it. Setting and releasing a hold are in the audit trail.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& reference = args.positional(0);
        store::LegalHolds(context.database()).set(reference, *args.optional("reason"));
        context.out() << "Case " << reference << " is under a legal hold: it cannot be purged "
                      << "until the hold is released.\n";
        return 0;
    };
    return c;
}

Command releaseCommand() {
    Command c;
    c.name = "case release";
    c.summary = "release the legal hold on a case";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.details = "The release is in the audit trail with who had set the hold and why.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& reference = args.positional(0);
        store::LegalHolds(context.database()).release(reference);
        context.out() << "Released the legal hold on case " << reference << ".\n";
        return 0;
    };
    return c;
}

Command purgeCommand() {
    Command c;
    c.name = "case purge";
    c.summary = "securely delete a closed case with all its records, notes and drafts";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.details =
        "Deletes every row of the case in one transaction: its records, session\n"
        "notes, drafts, exhibits and their contents, fee shares, conflict decisions\n"
        "and access list. It asks nothing: only a closed case can be purged, and\n"
        "never while a legal hold is set on it (`case hold`). On SQLite the freed\n"
        "bytes are overwritten and the write-ahead log emptied, so the content\n"
        "cannot be read back from the file; on PostgreSQL the server reclaims the\n"
        "space at its next VACUUM. Backups made earlier still hold the case.\n"
        "The audit trail keeps that the case was purged, by whom and what it held\n"
        "(counts, not content).";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& reference = args.positional(0);
        const std::string removed = store::CaseRepository(context.database()).purge(reference);
        context.out() << "Purged case " << reference << ": " << removed << ".\n";
        return 0;
    };
    return c;
}

}  // namespace

void registerLegalHoldCommands(CommandRegistry& registry) {
    registry.add(holdCommand());
    registry.add(releaseCommand());
    registry.add(purgeCommand());
}

}  // namespace cg::cli
