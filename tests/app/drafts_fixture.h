#pragma once
// A main frame with the dental-practice sample case (one agreement draft)
// imported into its temporary database and open on the Drafts section, and
// the way a test lets the Drafts panel's worker finish: wait for the thread,
// then deliver its CallAfter results, as often as one job starts the next.
#include <wx/listctrl.h>

#include "app/case_list_panel.h"
#include "app/case_workspace_panel.h"
#include "app/drafts_panel.h"
#include "app/forms_location.h"
#include "app/sample_import.h"
#include "app_fixture.h"

namespace cg::testing {

inline constexpr const char* kDentalRef = "CG-2026-0001";

inline std::filesystem::path dentalSample() {
    for (const auto& sample : app::locateSamples(app::currentExecutable()))
        if (sample.filename() == "dental-practice-ransomware.cgcase") return sample;
    BOOST_FAIL("the dental-practice sample case is not installed beside the tests");
    return {};
}

inline void finishJobs(app::BackgroundJob& job) {
    for (int round = 0; round < 20 && job.busy(); ++round) {
        job.wait();
        flushEvents();
    }
    BOOST_TEST_REQUIRE(!job.busy(), "the background job did not finish");
}

struct DentalCaseFixture : AppFixture {
    DentalCaseFixture() {
        const auto outcome = app::importCaseFiles(dbPath, "test mediator", {dentalSample()}, {});
        BOOST_TEST_REQUIRE(outcome.failures.empty());
        frame->caseList().refresh();
        BOOST_TEST_REQUIRE(frame->openCase(kDentalRef));
        app::CaseWorkspacePanel& w = frame->workspace();
        w.showSection(w.sectionIndex("Drafts"));
        BOOST_TEST_REQUIRE(drafts().IsShown());
    }

    app::DraftsPanel& drafts() { return frame->workspace().draftsPanel(); }
    void finish() { finishJobs(drafts().job()); }
};

inline wxString cellText(wxListCtrl& list, long row, int column) { return list.GetItemText(row, column); }

}  // namespace cg::testing
