// Times the report pipeline on a ~30-page settlement agreement: layout,
// PDF writing, total, best of several runs. Not a test; run by hand:
//   build-report-rel/tests/report/cg_report_bench [copy-of-the-pdf.pdf]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>

#include "report/document_layout.h"
#include "report/pdf_writer.h"

using namespace cg;
namespace docs = cg::domain::documents;

namespace {

const char* kParties[] = {"Zahnarztpraxis Müller",      "Ελληνική Ναυτιλιακή",  "ООО Северный Ветер",
                          "Boutique Élégance USA, Inc.", "Nordlicht Logistik GmbH", "Café São Paulo Lda."};

docs::Paragraph clause(const std::string& number, int indent, const std::string& text) {
    docs::Paragraph p;
    p.number = number;
    p.indentLevel = indent;
    p.text = {{text}};
    return p;
}

docs::Document agreement() {
    docs::Document d;
    d.info = {"Settlement agreement — CG-2026-0001", "Dr. Ingrid Størseth", "Settlement agreement — draft 3",
              "mediation", domain::Instant::parse("2026-03-14T09:30:00Z")};
    d.running = {"CG-2026-0001", "Ransomware at the practice", "Draft 3 — for discussion — not legal advice",
                 "Page {page} of {pages}"};
    d.watermark = "DRAFT";
    const std::string prose =
        "The Supplier shall, without undue delay and in any event within seventy-two hours of becoming aware of "
        "a Security Incident affecting Customer Data, notify the Customer in writing, describing the nature of "
        "the incident, the categories and approximate number of data subjects concerned, the likely "
        "consequences and the measures taken or proposed to address it, including, where appropriate, measures "
        "to mitigate its possible adverse effects on Zahnarztpraxis Müller and ООО Северный Ветер.";
    for (int section = 1; section <= 14; ++section) {
        d.blocks.push_back(docs::Heading{1, std::to_string(section), {{"Obligations of the parties"}}, true});
        for (int sub = 1; sub <= 4; ++sub) {
            const std::string number = std::to_string(section) + "." + std::to_string(sub);
            d.blocks.push_back(clause(number, 0, prose));
            d.blocks.push_back(clause("(a)", 1, prose.substr(0, 180)));
            d.blocks.push_back(clause("(b)", 1, prose.substr(0, 240)));
        }
    }
    docs::Table table{{{"Party", 3, docs::Alignment::Left},
                       {"Obligation", 5, docs::Alignment::Left},
                       {"Due", 2, docs::Alignment::Left},
                       {"Amount (EUR)", 2, docs::Alignment::Right}},
                      {},
                      "Table 1 — Schedule of payments"};
    for (int i = 0; i < 120; ++i)
        table.rows.push_back({kParties[i % 6], "Instalment towards forensic investigation and notification costs",
                              "2026-0" + std::to_string(1 + i % 9) + "-15", std::to_string(1250 * (i + 1)) + ".00"});
    d.blocks.push_back(table);
    docs::SignatureBlocks signatures;
    for (const char* party : kParties)
        signatures.blocks.push_back({"For and on behalf of", party, "", "Managing Director", true});
    d.blocks.push_back(signatures);
    return d;
}

double msSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// CPU time of this process: on a machine shared with other jobs the wall
// clock also counts the time the scheduler gave to them.
double cpuMsSince(std::clock_t start) { return 1000.0 * static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC; }

}  // namespace

int main(int argc, char** argv) {
    const report::FontBook fonts;
    const docs::Document document = agreement();
    double bestLayout = 1e9, bestWrite = 1e9, bestTotal = 1e9, bestCpu = 1e9;
    std::size_t pages = 0, bytes = 0;
    for (int run = 0; run < 7; ++run) {
        const std::clock_t cpuStart = std::clock();
        const auto start = std::chrono::steady_clock::now();
        const auto laidOut = report::layOut(document, fonts);
        const double layoutMs = msSince(start);
        const auto written = std::chrono::steady_clock::now();
        const auto pdf = report::writePdf(laidOut, fonts);
        const double writeMs = msSince(written);
        bestCpu = std::min(bestCpu, cpuMsSince(cpuStart));
        bestLayout = std::min(bestLayout, layoutMs);
        bestWrite = std::min(bestWrite, writeMs);
        bestTotal = std::min(bestTotal, layoutMs + writeMs);
        pages = laidOut.pages.size();
        bytes = pdf.size();
        if (run == 0 && argc > 1)
            std::ofstream(argv[1], std::ios::binary).write(reinterpret_cast<const char*>(pdf.data()),
                                                           static_cast<std::streamsize>(pdf.size()));
    }
    std::printf(
        "pages %zu, PDF %zu bytes\nlayout %.1f ms, PDF write %.1f ms, total %.1f ms, total CPU %.1f ms (best of 7)\n",
        pages, bytes, bestLayout, bestWrite, bestTotal, bestCpu);
    return 0;
}
