// The start page: the sample cases arrive through the background import, the
// list can be searched by party, and a new case made through the New Case
// dialog is stored and opened.
#include <boost/test/unit_test.hpp>
#include <wx/menu.h>
#include <wx/statusbr.h>

#include "app/case_list_panel.h"
#include "app/case_workspace_panel.h"
#include "app/forms_location.h"
#include "app_fixture.h"
#include "exchange/case_file.h"
#include "store/case_repository.h"
#include "store/record_repository.h"

using namespace cg;
using cg::testing::AppFixture;
using cg::testing::typeInto;

namespace {

void importSamples(AppFixture& f) {
    const auto samples = app::locateSamples(app::currentExecutable());
    BOOST_TEST_REQUIRE(samples.size() == 3u);
    f.frame->importFiles(samples, true);
    BOOST_TEST(f.frame->job().busy());
    f.frame->job().wait();
    cg::testing::flushEvents();
    BOOST_TEST(!f.frame->job().busy());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(CaseList)

BOOST_FIXTURE_TEST_CASE(mainFrameOpensOnAnEmptyCaseList, AppFixture) {
    BOOST_TEST(frame->IsShown());
    BOOST_TEST(frame->caseList().IsShown());
    BOOST_TEST(!frame->workspace().IsShown());
    BOOST_TEST(frame->caseList().shownCount() == 0u);
    BOOST_TEST(frame->GetMenuBar()->FindItem(wxID_UNDO) != nullptr);
}

BOOST_FIXTURE_TEST_CASE(sampleCasesImportedInTheBackgroundAppearInTheList, AppFixture) {
    importSamples(*this);
    BOOST_TEST(prompts->errors.empty());
    BOOST_TEST(frame->caseList().shownCount() == 3u);
    BOOST_TEST(store::CaseRepository(*openAgain()).list().size() == 3u);
}

BOOST_FIXTURE_TEST_CASE(searchFindsACaseByOneOfItsPartiesIgnoringCase, AppFixture) {
    importSamples(*this);
    const auto cases = store::CaseRepository(*openAgain()).list();
    const auto parties = store::PartyRepository(*openAgain()).list(cases.at(1).reference);
    BOOST_TEST_REQUIRE(!parties.empty());
    frame->caseList().setSearch(wxString::FromUTF8(parties.front().name).Upper());
    BOOST_TEST(frame->caseList().shownCount() == 1u);
    frame->caseList().select(cases.at(1).reference);
    BOOST_TEST(frame->caseList().selectedReference() == cases.at(1).reference);
    frame->caseList().setSearch("no case is called this");
    BOOST_TEST(frame->caseList().shownCount() == 0u);
}

BOOST_FIXTURE_TEST_CASE(aBrokenCaseFileIsReportedAndTheOthersAreImported, AppFixture) {
    const std::string broken = dir.file("broken.cgcase");
    cg::testing::writeBytes(broken, "<case-file xmlns=\"urn:commonground:case-file:1\"><oops");
    auto samples = app::locateSamples(app::currentExecutable());
    samples.insert(samples.begin(), broken);
    frame->importFiles(samples);
    frame->job().wait();
    cg::testing::flushEvents();
    BOOST_TEST_REQUIRE(prompts->errors.size() == 1u);
    BOOST_TEST(prompts->errors[0].reason.Contains("broken.cgcase:"));
    BOOST_TEST(frame->caseList().shownCount() == 3u);
}

BOOST_FIXTURE_TEST_CASE(newCaseFromTheDialogIsStoredAndOpened, AppFixture) {
    prompts->fillers.push_back([](wxDialog& dialog) {
        typeInto(dialog, "title", wxString::FromUTF8("Praxis Müller v. Kessler IT"));
        typeInto(dialog, "mediator", "A. Mediator");
    });
    frame->newCase();
    BOOST_TEST(prompts->errors.empty());
    const auto cases = store::CaseRepository(*openAgain()).list();
    BOOST_TEST_REQUIRE(cases.size() == 1u);
    BOOST_TEST(cases[0].title == "Praxis Müller v. Kessler IT");
    BOOST_TEST(cases[0].reference.rfind("CG-", 0) == 0u);
    BOOST_TEST(frame->workspace().IsShown());
    BOOST_TEST(frame->workspace().caseRef() == cases[0].reference);

    frame->commands().Undo();
    BOOST_TEST(store::CaseRepository(*openAgain()).list().empty());
    BOOST_TEST(frame->caseList().IsShown());
}

BOOST_FIXTURE_TEST_CASE(exportWritesTheCaseFileInTheBackground, AppFixture) {
    importSamples(*this);
    const std::string reference = store::CaseRepository(*openAgain()).list().at(0).reference;
    const std::string path = dir.file("exported.cgcase");
    frame->exportCase(reference, path);
    frame->job().wait();
    cg::testing::flushEvents();
    BOOST_TEST(prompts->errors.empty());
    const domain::CaseRecord exported = exchange::readCaseFile(path);
    BOOST_TEST(exported.head.reference == reference);
    BOOST_TEST(exported.parties.size() == store::PartyRepository(*openAgain()).list(reference).size());
    BOOST_TEST(frame->GetStatusBar()->GetStatusText(0).Contains("Exported"));
}

BOOST_FIXTURE_TEST_CASE(exportOfAMissingCaseSaysSoAndWritesNothing, AppFixture) {
    const std::string path = dir.file("never.cgcase");
    frame->exportCase("CG-2099-0001", path);
    frame->job().wait();
    cg::testing::flushEvents();
    BOOST_TEST_REQUIRE(prompts->errors.size() == 1u);
    BOOST_TEST(prompts->errors[0].headline.Contains("CG-2099-0001"));
    BOOST_TEST(!std::filesystem::exists(path));
}

BOOST_AUTO_TEST_SUITE_END()
