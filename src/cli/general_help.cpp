#include "cli/general_help.h"

#include <iomanip>
#include <ostream>

namespace cg::cli {

namespace {

void listCommands(std::ostream& out, const std::vector<const Command*>& commands) {
    for (const Command* c : commands) out << "  " << std::left << std::setw(22) << c->name << " " << c->summary << "\n";
}

}  // namespace

void printGeneralHelp(std::ostream& out, const CommandRegistry& registry) {
    out << "commonground-cli " << kVersion
        << ": the CommonGround case record, headless.\n"
           "Records parties, interests, contract clauses, breach facts, blame claims,\n"
           "settlement options, sessions, offers and losses of cyber-incident mediations,\n"
           "each party's alternatives (BATNA, WATNA) and confidential bottom lines,\n"
           "and runs the practice: exhibits, time, fees, invoices, calendar and report.\n\n"
           "Usage: commonground-cli [--db DB] COMMAND [ARGUMENTS] [OPTIONS]\n"
           "       commonground-cli COMMAND --help\n\n"
           "Global options:\n"
           "  --db DB      database to use: a SQLite file path, or a firm's server as\n"
           "               postgresql://user@host:port/dbname (password from ~/.pgpass or\n"
           "               PGPASSWORD). Default: $COMMONGROUND_DB, else\n"
           "               ~/.local/share/commonground/commonground.db\n"
           "  --help       show this help\n"
           "  --version    show the version\n\n"
           "Commands:\n";
    std::vector<const Command*> all;
    for (const auto& c : registry.commands()) all.push_back(&c);
    listCommands(out, all);
    out << "\nRecords are named by their number within the case (party 2) or by their\n"
           "case-file id (party-2). Dates are YYYY-MM-DD, times UTC YYYY-MM-DDTHH:MM:SSZ,\n"
           "amounts in the case currency like 1250000.00.\n";
}

void printGroupHelp(std::ostream& out, const std::string& group, const std::vector<const Command*>& commands) {
    out << "Commands for " << group << ":\n";
    listCommands(out, commands);
    out << "\nRun 'commonground-cli " << group << " COMMAND --help' for the options of one.\n";
}

}  // namespace cg::cli
