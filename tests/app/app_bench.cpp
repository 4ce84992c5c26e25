// cg_app_bench: figures for the workspace's speed budgets with the large
// synthetic case of `commonground-cli bench` (20 parties, 2,000 interests,
// 1,000 clauses, 5,000 facts, 1,000 claims): opening it in the real window,
// scrolling its fact list from top to bottom, and peak memory. It reports and
// compares with the budgets; it asserts nothing, so it is not a CTest test.
//   xvfb-run -a -s "-screen 0 1280x900x24" build/tests/app/cg_app_bench
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <string>

#include <wx/app.h>
#include <wx/fileconf.h>
#include <wx/init.h>

#include "app/case_workspace_panel.h"
#include "app/forms_location.h"
#include "app/main_frame.h"
#include "app/record_list_view.h"
#include "app/record_section_panel.h"
#include "cli/synthetic_case.h"
#include "store/case_repository.h"
#include "store/database.h"
#include "support/temp_dir.h"

namespace {

using Clock = std::chrono::steady_clock;
constexpr double kOpenBudgetMs = 300;
constexpr double kMemoryBudgetMb = 200;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double peakMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void report(const char* what, double value, const char* unit, double budget) {
    std::printf("  %-44s %9.1f %s", what, value, unit);
    if (budget > 0) std::printf("   budget %.0f %s  %s", budget, unit, value <= budget ? "ok" : "OVER BUDGET");
    std::printf("\n");
}

int run() {
    cg::testing::ScopedTempDir dir;
    wxConfigBase::Set(new wxFileConfig("commonground", {}, dir.file("settings.ini"), {}, wxCONFIG_USE_LOCAL_FILE));
    cg::app::loadForms(cg::app::locateForms(cg::app::currentExecutable()));

    const std::string dbPath = dir.file("bench.db");
    const std::string ref = "CG-2026-9000";
    {
        auto db = cg::store::Database::open(dbPath, "bench");
        cg::store::CaseRepository(*db).insert(cg::cli::makeSyntheticCase({}, ref));
    }
    std::printf("commonground workspace with the large synthetic case (%s)\n", ref.c_str());

    auto* frame = new cg::app::MainFrame(cg::store::Database::open(dbPath, "bench"), dbPath);
    frame->Show();
    wxTheApp->Yield(true);

    auto start = Clock::now();
    if (!frame->openCase(ref)) return 1;
    wxTheApp->Yield(true);
    report("open case (load, build every section, draw)", msSince(start), "ms", kOpenBudgetMs);

    cg::app::CaseWorkspacePanel& workspace = frame->workspace();
    start = Clock::now();
    workspace.showSection(workspace.sectionIndex("Facts & timeline"));
    frame->Update();
    wxTheApp->Yield(true);
    report("switch to Facts & timeline", msSince(start), "ms", 0);

    cg::app::RecordListView& list = workspace.sectionPanel().list();
    const long rows = list.GetItemCount();
    const long page = std::max(1, list.GetCountPerPage());
    start = Clock::now();
    int pages = 0;
    for (long row = 0; row < rows; row += page, ++pages) {
        list.EnsureVisible(std::min(rows - 1, row + page - 1));
        list.Update();
        wxTheApp->Yield(true);  // let the paint happen, as the event loop would
    }
    const double scrollMs = msSince(start);
    std::printf("  %-44s %9.1f ms   (%ld rows, %d pages, %.2f ms a page)\n", "scroll the fact list top to bottom",
                scrollMs, rows, pages, pages ? scrollMs / pages : 0.0);

    start = Clock::now();
    wxListEvent click(wxEVT_LIST_COL_CLICK, list.GetId());
    click.m_col = 1;
    list.GetEventHandler()->ProcessEvent(click);
    list.Update();
    report("sort 5,000 facts by date", msSince(start), "ms", 0);

    report("peak resident memory", peakMb(), "MB", kMemoryBudgetMb);

    // The derived pages are drawn when first shown; on this case (1,000
    // claims, 2,000 interests) that is the slowest thing the window does.
    for (const char* title : {"Worksheet", "Responsibility", "Exposure", "Deadlines", "Interest map"}) {
        start = Clock::now();
        workspace.showSection(workspace.sectionIndex(title));
        frame->Update();
        wxTheApp->Yield(true);
        report((std::string("first show of the ") + title + " page").c_str(), msSince(start), "ms", 0);
    }
    report("peak resident memory after every page", peakMb(), "MB", 0);
    frame->Destroy();
    wxTheApp->Yield(true);
    delete wxConfigBase::Set(nullptr);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    wxApp::SetInstance(new wxApp);
    if (!wxEntryStart(argc, argv) || !wxTheApp->CallOnInit()) {
        std::fprintf(stderr, "cg_app_bench: wxWidgets could not start; run it under xvfb-run\n");
        return 1;
    }
    int rc = 1;
    try {
        rc = run();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "cg_app_bench: %s\n", e.what());
    }
    wxTheApp->OnExit();
    wxEntryCleanup();
    return rc;
}
