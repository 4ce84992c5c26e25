// init, check, audit, backup, restore
#include <ostream>

#include "cli/command_registry.h"
#include "cli/record_commands.h"
#include "cli/text_table.h"
#include "store/audit_trail.h"
#include "store/database_backup.h"
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
    c.summary = "check the database's integrity, links and audit trail";
    c.details =
        "SQLite: runs SQLite's integrity and foreign-key checks. PostgreSQL: looks for links that "
        "point at missing rows and for rules the server has not validated. Both: checks that no "
        "audit trail entry was changed or removed after it was written (each entry is sealed "
        "with a hash of it and the one before), and that each exhibit's stored file still "
        "matches the SHA-256 taken when it was attached. Exits 1 when a problem is found.";
    c.run = [](CommandContext& context, const ParsedArgs&) {
        store::Database& db = context.database();
        const auto problems = db.check();
        if (problems.empty()) {
            context.out() << "OK: " << db.describe() << " passed the integrity, link and audit-trail checks.\n";
            return 0;
        }
        context.err() << problems.size() << (problems.size() == 1 ? " problem in " : " problems in ")
                      << db.describe() << ":\n";
        bool exhibitChanged = false;
        for (const auto& p : problems) {
            context.err() << "  " << p << "\n";
            exhibitChanged = exhibitChanged || p.find(" exhibit ") != std::string::npos;
        }
        context.err() << "Restore from a backup, or ask your IT contact to inspect the file.\n";
        // An exhibit is evidence: the mediator may still hold the original
        // file, which is quicker than a restore that undoes later work.
        if (exhibitChanged)
            context.err() << "A changed exhibit can also be removed and attached again from the original file "
                             "(exhibit remove, exhibit attach).\n";
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

Command backupCommand() {
    Command c;
    c.name = "backup";
    c.summary = "copy the database to a backup file, while it is in use";
    c.options = {{"to", "FILE", "where to write the backup (default: beside the database, named by date and time)"}};
    c.details =
        "SQLite only: the copy is consistent even while other windows write, and readable by you "
        "only. An existing file is never overwritten. A PostgreSQL database is backed up on the "
        "server with pg_dump.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string written = store::backupDatabase(context.database(), args.optional("to").value_or(""));
        context.out() << "Backed up " << context.database().describe() << " to " << written << "\n";
        return 0;
    };
    return c;
}

Command restoreCommand() {
    Command c;
    c.name = "restore";
    c.summary = "replace the database with a backup, keeping a copy of it first";
    c.positionals = "FILE";
    c.minPositionals = c.maxPositionals = 1;
    c.details =
        "SQLite only. The backup must be an undamaged CommonGround database this version can "
        "read; an older one is upgraded when opened. The database as it was is first copied "
        "beside it (name.before-restore-DATE-TIME.db).";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const store::RestoreResult result = store::restoreDatabase(context.connection(), args.positional(0));
        store::Database& db = context.database();
        context.out() << "Restored " << db.describe() << " from " << args.positional(0) << " (schema version "
                      << db.schemaVersion() << ").\nThe database as it was is kept in " << result.safetyCopy
                      << "\n";
        return 0;
    };
    return c;
}

}  // namespace

void registerDatabaseCommands(CommandRegistry& registry) {
    registry.add(initCommand());
    registry.add(checkCommand());
    registry.add(auditCommand());
    registry.add(backupCommand());
    registry.add(restoreCommand());
}

}  // namespace cg::cli
