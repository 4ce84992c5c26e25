// The Drafts section on the dental-practice sample: the recorded version,
// the pre-flight check, generating a version (PDF on disk, version in the
// database), opening a finding's record and comparing two versions.
#include <boost/test/unit_test.hpp>
#include <wx/stattext.h>

#include "app/document_rendering.h"
#include "app/draft_compare_dialog.h"
#include "app/record_list_view.h"
#include "app/record_section_panel.h"
#include "app/section_model.h"
#include "domain/documents/draft_comparison.h"
#include "drafts_fixture.h"
#include "store/record_repository.h"
#include "domain/sha256.h"

using namespace cg;
using cg::testing::DentalCaseFixture;
using cg::testing::kDentalRef;
using Severity = domain::documents::PreflightFinding::Severity;

BOOST_AUTO_TEST_SUITE(Drafts)

BOOST_FIXTURE_TEST_CASE(theVersionListShowsTheCasesRecordedDrafts, DentalCaseFixture) {
    const auto stored = store::DraftRepository(*openAgain()).list(kDentalRef);
    BOOST_TEST_REQUIRE(stored.size() == 1u);
    wxListCtrl& versions = drafts().versionList();
    BOOST_TEST_REQUIRE(versions.GetItemCount() == 1);
    for (long row = 0; row < 1; ++row) {
        BOOST_TEST(versions.GetItemText(row, 0) == wxString::Format("%d", stored[row].version));
        BOOST_TEST(versions.GetItemText(row, 2) == wxString(stored[row].templateName));
    }
    BOOST_TEST(!wxWindow::FindWindowById(XRCID("open_pdf"), &drafts())->IsEnabled());  // nothing selected yet
    BOOST_TEST(!wxWindow::FindWindowById(XRCID("compare"), &drafts())->IsEnabled());  // one version only
}

BOOST_FIXTURE_TEST_CASE(checkListsTheNextDraftsFindingsMostSevereFirst, DentalCaseFixture) {
    const auto expected = app::prepareNextDraft(frame->workspace().record(), std::nullopt).findings;
    BOOST_TEST_REQUIRE(!expected.empty());
    drafts().check();
    BOOST_TEST(drafts().job().busy());
    finish();
    BOOST_TEST(prompts->errors.empty());
    wxListCtrl& findings = drafts().findingList();
    BOOST_TEST_REQUIRE(findings.GetItemCount() == static_cast<int>(expected.size()));
    for (long row = 0; row < findings.GetItemCount(); ++row)
        BOOST_TEST(findings.GetItemText(row, 2) == wxString::FromUTF8(expected[row].message));
    // Most severe first: the severity column never goes back up.
    wxString previous = findings.GetItemText(0, 0);
    const wxString order[] = {"must fix", "check", "note"};
    auto rank = [&](const wxString& s) { return std::find(std::begin(order), std::end(order), s) - std::begin(order); };
    for (long row = 1; row < findings.GetItemCount(); ++row) {
        BOOST_TEST(rank(findings.GetItemText(row, 0)) >= rank(previous));
        previous = findings.GetItemText(row, 0);
    }
    const wxString summary = cg::testing::control<wxStaticText>(drafts(), "findings_summary")->GetLabel();
    BOOST_TEST(summary.Contains("must fix"));
}

BOOST_FIXTURE_TEST_CASE(generateWritesThePdfAndRecordsTheNextVersion, DentalCaseFixture) {
    wxString offeredName;
    drafts().choosePdfPath = [&](const wxString& name) -> std::optional<std::string> {
        offeredName = name;
        return dir.file(name.utf8_string());
    };
    prompts->answer = true;  // generate despite must-fix findings
    drafts().generate();
    finish();
    BOOST_TEST(prompts->errors.empty());
    BOOST_TEST(offeredName == "CG-2026-0001-draft-2.pdf");
    const std::string path = dir.file("CG-2026-0001-draft-2.pdf");
    const std::string bytes = cg::testing::readBytes(path);
    BOOST_TEST_REQUIRE(bytes.size() > 1000u);
    BOOST_TEST(bytes.substr(0, 5) == "%PDF-");

    const auto stored = store::DraftRepository(*openAgain()).list(kDentalRef);
    BOOST_TEST_REQUIRE(stored.size() == 2u);
    BOOST_TEST(stored.back().version == 2);
    BOOST_TEST(stored.back().pdfSha256 == domain::sha256Hex(bytes));
    wxListCtrl& versions = drafts().versionList();
    BOOST_TEST_REQUIRE(versions.GetItemCount() == 2);
    BOOST_TEST(versions.GetItemText(1, 0) == "2");
    BOOST_TEST(versions.GetItemText(1, 4) == wxString(stored.back().pdfSha256.substr(0, 16)));
    BOOST_TEST(versions.GetItemText(1, 5) == "CG-2026-0001-draft-2.pdf");
    BOOST_TEST(drafts().pdfPath(2).value_or("") == path);
    BOOST_TEST_REQUIRE(drafts().sessionLayout(2) != nullptr);
    BOOST_TEST(!drafts().sessionLayout(2)->pages.empty());
}

BOOST_FIXTURE_TEST_CASE(declinedMustFixQuestionGeneratesNothing, DentalCaseFixture) {
    bool asked = false;
    drafts().choosePdfPath = [&](const wxString& name) -> std::optional<std::string> {
        asked = true;
        return dir.file(name.utf8_string());
    };
    prompts->answer = false;
    drafts().generate();
    finish();
    BOOST_TEST(prompts->questions == 1);  // the dental case has must-fix findings
    BOOST_TEST(!asked);
    BOOST_TEST(store::DraftRepository(*openAgain()).list(kDentalRef).size() == 1u);
    BOOST_TEST(drafts().versionList().GetItemCount() == 1);
    BOOST_TEST(drafts().findingList().GetItemCount() > 0);
}

BOOST_FIXTURE_TEST_CASE(openPdfOfAVersionWrittenInAnotherSessionOffersToGenerateAgain, DentalCaseFixture) {
    drafts().selectVersion(1);
    BOOST_TEST(wxWindow::FindWindowById(XRCID("open_pdf"), &drafts())->IsEnabled());
    prompts->answer = false;  // do not generate a new one
    drafts().openPdf();
    BOOST_TEST(prompts->questions == 1);
    BOOST_TEST(!drafts().job().busy());
    BOOST_TEST(store::DraftRepository(*openAgain()).list(kDentalRef).size() == 1u);
}

BOOST_FIXTURE_TEST_CASE(doubleClickingATermFindingOpensOptionsAndTerms, DentalCaseFixture) {
    drafts().check();
    finish();
    wxListCtrl& findings = drafts().findingList();
    long termRow = -1;
    for (long row = 0; row < findings.GetItemCount() && termRow < 0; ++row)
        if (findings.GetItemText(row, 1).StartsWith("term ")) termRow = row;
    BOOST_TEST_REQUIRE(termRow >= 0, "the dental case's check names no term");
    wxListEvent activate(wxEVT_LIST_ITEM_ACTIVATED, findings.GetId());
    activate.SetEventObject(&findings);
    activate.m_itemIndex = termRow;
    findings.GetEventHandler()->ProcessEvent(activate);
    app::CaseWorkspacePanel& w = frame->workspace();
    BOOST_TEST(w.currentSection() == w.sectionIndex("Options & terms"));
    BOOST_TEST(w.sectionPanel().list().selectedRow() >= 0);
}

BOOST_FIXTURE_TEST_CASE(aFindingOpensTheSectionOfItsRecordWithTheRecordSelected, DentalCaseFixture) {
    app::CaseWorkspacePanel& w = frame->workspace();
    const auto partyNo = w.record().parties.at(1).no;
    w.showRecord("party", partyNo);
    BOOST_TEST(w.currentSection() == w.sectionIndex("Parties"));
    BOOST_TEST(w.sectionPanel().IsShown());
    BOOST_TEST(!drafts().IsShown());
    const long row = w.sectionPanel().list().selectedRow();
    BOOST_TEST_REQUIRE(row >= 0);
    BOOST_TEST(w.section(w.currentSection()).cell(static_cast<std::size_t>(row), 0) ==
               wxString::Format("%lld", static_cast<long long>(partyNo)));
    w.showRecord("case", 0);
    BOOST_TEST(w.currentSection() == 0);
}

BOOST_FIXTURE_TEST_CASE(compareListsWhatChangedBetweenTheTwoVersions, DentalCaseFixture) {
    drafts().choosePdfPath = [&](const wxString& name) { return std::optional(dir.file(name.utf8_string())); };
    drafts().generate();
    finish();
    BOOST_TEST(wxWindow::FindWindowById(XRCID("compare"), &drafts())->IsEnabled());
    const domain::CaseRecord& record = frame->workspace().record();
    BOOST_TEST_REQUIRE(record.drafts.size() == 2u);
    const auto expected = domain::documents::compareDrafts(record.drafts.at(0), record.drafts.at(1), record);
    app::DraftCompareDialog dialog(frame, record);
    BOOST_TEST(dialog.changes().GetItemCount() == static_cast<int>(expected.size()));
    if (expected.empty()) BOOST_TEST(dialog.message().Contains("the same"));
    else BOOST_TEST(dialog.changes().GetItemText(0, 1) == wxString::FromUTF8(expected[0].label));
    dialog.compare(2, 1);  // the wrong way round
    BOOST_TEST(dialog.changes().GetItemCount() == 0);
    BOOST_TEST(dialog.message().Contains("earlier"));
}

BOOST_AUTO_TEST_SUITE_END()
