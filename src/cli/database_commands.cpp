// init, check, audit
#include <ostream>

#include "cli/command_registry.h"
#include "cli/record_commands.h"
#include "cli/text_table.h"
#include "store/audit_trail.h"
#include "store/database.h"

namespace cg::cli {

namespace {

Command initCommand() {
    Command c;
    c.name = "init";
    c.summary = "create the database (or upgrade an older one) and say where it is";
    c.run = [](CommandContext& context, const ParsedArgs&) {
        store::Database& db = context.createDatabase();
        context.out() << "Database ready: " << db.describe() << " (schema version " << db.schemaVersion() << ")\n";
        return 0;
    };
    return c;
}

Command checkCommand() {
    Command c;
    c.name = "check";
    c.summary = "check the database's integrity and links";
    c.details = "Runs SQLite's integrity and foreign-key checks. Exits 1 when a problem is found.";
    c.run = [](CommandContext& context, const ParsedArgs&) {
        store::Database& db = context.database();
        const auto problems = db.check();
        if (problems.empty()) {
            context.out() << "OK: " << db.describe() << " passed the integrity and foreign-key checks.\n";
            return 0;
        }
        context.err() << problems.size() << " problem(s) in " << db.describe() << ":\n";
        for (const auto& p : problems) context.err() << "  " << p << "\n";
        context.err() << "Restore from a backup, or ask your IT contact to inspect the file.\n";
        return 1;
    };
    return c;
}

Command auditCommand() {
    Command c;
    c.name = "audit";
    c.summary = "show the audit trail of a case: who changed what, when";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const auto entries = store::AuditTrail(context.database()).forCase(args.positional(0));
        TextTable table({"#", "When (UTC)", "Who", "Action", "Record", "Change"});
        for (const auto& e : entries)
            table.addRow({std::to_string(e.sequence), e.at.toString(), e.actor, e.action,
                          e.recordKind + (e.recordNo ? " " + std::to_string(e.recordNo) : ""), e.change});
        table.print(context.out(), 70);
        return 0;
    };
    return c;
}

}  // namespace

void registerDatabaseCommands(CommandRegistry& registry) {
    registry.add(initCommand());
    registry.add(checkCommand());
    registry.add(auditCommand());
}

}  // namespace cg::cli
