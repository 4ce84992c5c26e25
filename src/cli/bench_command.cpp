// bench: import, load and export figures for a large synthetic case.
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iomanip>
#include <optional>
#include <ostream>

#include "cli/bench_support.h"
#include "cli/catalog_location.h"
#include "cli/command_registry.h"
#include "cli/record_commands.h"
#include "cli/synthetic_case.h"
#include "cli/value_parsers.h"
#include "cli/view_matrix.h"
#include "cli/view_worksheet.h"
#include "domain/common_ground/exposure.h"
#include "domain/common_ground/interest_map.h"
#include "domain/deadlines/deadline_engine.h"
#include "domain/deadlines/incident_facts.h"
#include "exchange/case_file.h"
#include "store/case_repository.h"
#include "store/database.h"

namespace cg::cli {

namespace {

namespace fs = std::filesystem;
using bench::millisecondsOf;

// The budgets of the case record issue, on a 2-core machine.
constexpr double kImportBudgetMs = 1000;
constexpr double kLoadBudgetMs = 150;
constexpr double kExportBudgetMs = 300;
// Issue 4: worksheet + matrix + exposure + deadlines together, and the
// interest map's layout for 2,000 interests.
constexpr double kViewsBudgetMs = 50;
constexpr double kMapLayoutBudgetMs = 100;

long peakResidentKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void line(std::ostream& out, const std::string& what, double ms, double budget) {
    bench::figure(out, what, ms, budget, 44);
}

// Everything the worksheet, matrix, exposure and deadlines commands compute
// for the mediator, without the printing.
void buildAllViews(const domain::CaseRecord& record, const std::vector<domain::NotificationRule>& rules) {
    const domain::CaseRecord visible = domain::visibleTo(record, domain::Audience::mediator());
    buildWorksheetView(visible, domain::Audience::mediator());
    buildMatrixView(visible);
    domain::buildExposure(visible);
    domain::computeDeadlines(domain::deriveIncidentFacts(visible, {}), rules, domain::Date::today());
}

// What one database engine gives for the case: import once, then the best of
// `runs` loads and exports.
struct EngineFigures {
    double importMs = 0;
    double loadMs = 1e12;
    double exportMs = 1e12;  // load + write the file
    double writeMs = 1e12;   // write the file from memory
};

EngineFigures measureEngine(store::Database& db, const std::string& reference, const std::string& source,
                            const fs::path& scratch, int runs) {
    store::CaseRepository cases(db);
    EngineFigures f;
    f.importMs = millisecondsOf([&] { cases.insert(exchange::readCaseFile(source)); });
    const std::string target = (scratch / "export.cgcase").string();
    for (int run = 0; run < runs; ++run) {
        domain::CaseRecord loaded;
        f.loadMs = std::min(f.loadMs, millisecondsOf([&] { loaded = cases.load(reference); }));
        f.writeMs = std::min(f.writeMs, millisecondsOf([&] { exchange::writeCaseFile(loaded, target); }));
        f.exportMs = std::min(f.exportMs,
                              millisecondsOf([&] { exchange::writeCaseFile(cases.load(reference), target); }));
    }
    return f;
}

// On a firm's server the synthetic case goes in under its own reference and
// is deleted again (the deletion stays in the audit trail, as every delete
// does), so a bench run leaves the firm's cases as they were.
EngineFigures measureServer(const std::string& address, const domain::CaseRecord& synthetic,
                            const fs::path& scratch, int runs) {
    auto db = store::Database::open(address, "bench");
    store::CaseRepository cases(*db);
    domain::CaseRecord onServer = synthetic;
    onServer.head.reference = cases.nextReference("BENCH", 2026);
    const std::string source = (scratch / "server.cgcase").string();
    exchange::writeCaseFile(onServer, source);
    try {
        EngineFigures f = measureEngine(*db, onServer.head.reference, source, scratch, runs);
        cases.remove(onServer.head.reference);
        return f;
    } catch (...) {
        if (cases.exists(onServer.head.reference)) cases.remove(onServer.head.reference);
        throw;
    }
}

Command benchCommand() {
    Command c;
    c.name = "bench";
    c.summary = "measure import, load and export of a large synthetic case";
    c.options = {{"parties", "N", "parties (default 20)"},
                 {"interests", "N", "interests (default 2000)"},
                 {"clauses", "N", "clauses (default 1000)"},
                 {"facts", "N", "facts (default 5000)"},
                 {"claims", "N", "blame claims (default 1000)"},
                 {"runs", "N", "repetitions of load and export; the best is reported (default 5)"},
                 {"server", "ADDRESS", "also measure on this PostgreSQL server (postgresql://user@host:port/db)"},
                 {"strict", "", "exit 1 when a figure is over its budget"}};
    c.details =
        "Works in a scratch SQLite file in the temporary directory; --db is not used. With --server, the "
        "same case is also imported into, loaded from and exported from that PostgreSQL server under a "
        "fresh BENCH-2026-NNNN reference, which is deleted afterwards.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        SyntheticCaseSize size;
        const auto count = [&](const char* option, int fallback, int min) {
            const auto v = args.optional(option);
            return v ? static_cast<int>(parseInteger(*v, std::string("--") + option, min, 1'000'000)) : fallback;
        };
        size.parties = count("parties", size.parties, 2);
        size.interests = count("interests", size.interests, 1);
        size.clauses = count("clauses", size.clauses, 1);
        size.facts = count("facts", size.facts, 3);
        size.claims = count("claims", size.claims, 0);
        const int runs = count("runs", 5, 1);

        bench::ScratchDirectory scratch;
        const std::string source = (scratch.path() / "synthetic.cgcase").string();
        const domain::CaseRecord synthetic = makeSyntheticCase(size, "BENCH-2026-0001");
        exchange::writeCaseFile(synthetic, source);

        auto db = store::Database::open((scratch.path() / "bench.db").string(), "bench");
        const EngineFigures sqlite = measureEngine(*db, "BENCH-2026-0001", source, scratch.path(), runs);
        std::optional<EngineFigures> server;
        if (const auto address = args.optional("server"))
            server = measureServer(*address, synthetic, scratch.path(), runs);

        const exchange::CatalogLoad catalogs = loadCatalogs(context, catalogFolder(std::nullopt));
        const auto& rules = catalogs.catalogs.notificationRules;
        double viewsMs = 1e12, mapMs = 1e12;
        for (int run = 0; run < runs; ++run) {
            viewsMs = std::min(viewsMs, millisecondsOf([&] { buildAllViews(synthetic, rules); }));
            mapMs = std::min(mapMs, millisecondsOf([&] {
                // The mediator's map: every interest is on it.
                domain::layoutInterestMap(synthetic, domain::Audience::mediator(), 1600, 1100);
            }));
        }

        std::ostream& out = context.out();
        out << "Synthetic case: " << size.parties << " parties, " << size.interests << " interests, " << size.clauses
            << " clauses, " << size.facts << " facts, " << size.claims << " blame claims ("
            << fs::file_size(source) / 1024 << " KiB case file)\n";
        const auto engineLines = [&](const EngineFigures& f) {
            line(out, "import (read file + store)", f.importMs, kImportBudgetMs);
            line(out, "load whole case (best of " + std::to_string(runs) + ")", f.loadMs, kLoadBudgetMs);
            line(out, "export (load + write file)", f.exportMs, 0);
        };
        engineLines(sqlite);
        line(out, "export (write file from memory)", sqlite.writeMs, kExportBudgetMs);
        line(out, "worksheet + matrix + exposure + deadlines", viewsMs, kViewsBudgetMs);
        line(out, "interest map layout (" + std::to_string(size.interests) + " interests)", mapMs,
             kMapLayoutBudgetMs);
        if (server) {
            out << "On the PostgreSQL server (the budgets are SQLite's):\n";
            engineLines(*server);
        }
        out << "  " << std::left << std::setw(44) << "peak memory (max RSS)" << std::right << std::setw(9)
            << peakResidentKiB() / 1024 << " MiB\n";
        const bool over = sqlite.importMs > kImportBudgetMs || sqlite.loadMs > kLoadBudgetMs ||
                          sqlite.writeMs > kExportBudgetMs || viewsMs > kViewsBudgetMs ||
                          mapMs > kMapLayoutBudgetMs;
        return args.flag("strict") && over ? 1 : 0;
    };
    return c;
}

}  // namespace

void registerBenchCommand(CommandRegistry& registry) { registry.add(benchCommand()); }

}  // namespace cg::cli
