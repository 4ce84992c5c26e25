// The analysis pages and what only the mediator may see: planted markers in a
// mediator-only interest, a party's BATNA and the caucus bottom lines reach
// no page when the screen is shared; the mediator sees the bottom-line check.
// And confirming a suggested shared interest links it through the session's
// undo history.
#include <boost/test/unit_test.hpp>
#include <wx/cmdproc.h>
#include <wx/html/htmlwin.h>

#include "app/analysis_pages.h"
#include "app/case_workspace_panel.h"
#include "app/deadlines_page.h"
#include "app/exposure_page.h"
#include "app/reference_catalogs.h"
#include "app/responsibility_page.h"
#include "app/worksheet_page.h"
#include "app_fixture.h"
#include "store/case_repository.h"
#include "store/record_repository.h"
#include "support/case_builder.h"

using namespace cg;
using cg::testing::AppFixture;

namespace {

constexpr const char* kRef = "CG-2026-0088";

// Interest 1 (practice) and 2 (provider) share a category and the words
// "tested" and "backup": a suggestion for claim 1. Interest 3 is planted.
domain::CaseRecord caseWithSecrets() {
    using domain::Visibility;
    cg::testing::CaseBuilder builder(kRef, "Clinic v. MSP");
    builder.withParty("Clinic").withParty("Provider", domain::PartyRole::Respondent);
    builder.withInterest(1, "Tested backups restored every month", Visibility::Everyone)
        .withInterest(2, "Tested backups for every client site", Visibility::Everyone)
        .withInterest(1, "PLANTED-MEDIATOR-ONLY fears the bank calls the loan", Visibility::MediatorOnly);
    for (auto& i : builder.record().interests) i.category = domain::InterestCategory::OperationalContinuity;
    builder.withClaim(1, 2, "The provider let the backups fail");
    domain::CaseRecord& r = builder.record();
    r.claims[0].interestNos = {3};  // a link to the planted interest that a confirmation must keep

    domain::Alternative batna;
    batna.no = 1;
    batna.partyNo = 1;
    batna.description = "PLANTED-BATNA sue in state court";
    batna.value = domain::Money(30'000'000, "USD");
    batna.likelihoodPercent = 40;
    r.alternatives = {batna};

    domain::BottomLine accepts;
    accepts.no = 1;
    accepts.partyNo = 1;
    accepts.stance = domain::BottomLineStance::AcceptsAtLeast;
    accepts.amount = domain::Money(12'345'600, "USD");  // 123,456.00
    accepts.givenOn = domain::Date(2026, 3, 2);
    accepts.note = "PLANTED-BOTTOM-LINE-NOTE";
    domain::BottomLine pays = accepts;
    pays.no = 2;
    pays.partyNo = 2;
    pays.stance = domain::BottomLineStance::PaysAtMost;
    pays.amount = domain::Money(15'000'000, "USD");  // 150,000.00
    pays.note = "";
    r.bottomLines = {accepts, pays};
    return builder.build();
}

class NoListener : public app::CaseChangeListener {
public:
    void caseChanged(const std::string&, app::ChangedPart) override {}
};

// The four pages over a context that holds the case in memory, so the
// bottom lines and alternatives are there whatever the store keeps of them.
struct SecretPagesFixture : AppFixture {
    NoListener listener;
    wxCommandProcessor commands;
    app::WorkspaceContext context{frame->database(), commands, listener, kRef, caseWithSecrets(),
                                  app::Audience::Mediator, {}};
    wxPanel* parent = new wxPanel(frame);
    std::vector<app::WorkspacePage*> pages = app::makeAnalysisPages(parent, context);

    ~SecretPagesFixture() { parent->Destroy(); }

    std::string allText(app::Audience audience) {
        context.audience = audience;
        wxString text;
        for (app::WorkspacePage* page : pages) {
            page->refresh();
            if (auto* p = dynamic_cast<app::WorksheetPage*>(page)) text << p->shownText();
            if (auto* p = dynamic_cast<app::ResponsibilityPage*>(page)) text << p->shownText();
            if (auto* p = dynamic_cast<app::ExposurePage*>(page)) text << p->shownText();
            if (auto* p = dynamic_cast<app::DeadlinesPage*>(page)) text << p->shownText();
        }
        text.Replace(wxString(wxUniChar(0xA0)), " ");  // amounts are kept on one line
        return text.utf8_string();
    }
};

struct StoredSecretsFixture : AppFixture {
    StoredSecretsFixture() {
        store::CaseRepository(frame->database()).insert(caseWithSecrets());
        BOOST_TEST_REQUIRE(frame->openCase(kRef));
    }
    app::WorksheetPage& worksheet() {
        app::CaseWorkspacePanel& w = frame->workspace();
        w.showSection(w.sectionIndex("Worksheet"));
        auto* page = dynamic_cast<app::WorksheetPage*>(w.page("Worksheet"));
        BOOST_TEST_REQUIRE(page);
        return *page;
    }
    domain::RecordNos storedLinks() {
        return store::ClaimRepository(frame->database()).list(kRef).at(0).interestNos;
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(AnalysisPagesConfidential)

BOOST_FIXTURE_TEST_CASE(the_mediator_sees_the_planted_material_and_the_bottom_line_overlap, SecretPagesFixture) {
    BOOST_TEST(pages.size() == 4u);
    const std::string text = allText(app::Audience::Mediator);
    BOOST_TEST(text.find("PLANTED-MEDIATOR-ONLY") != std::string::npos);
    BOOST_TEST(text.find("PLANTED-BATNA") != std::string::npos);
    BOOST_TEST(text.find("USD 300,000.00") != std::string::npos);  // the BATNA's value
    BOOST_TEST(text.find("PLANTED-BOTTOM-LINE-NOTE") != std::string::npos);
    // The provider pays at most 150,000.00, the clinic accepts at least 123,456.00: 26,544.00 to spare.
    BOOST_TEST(text.find("the bottom lines overlap by USD 26,544.00") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(show_to_parties_keeps_every_planted_secret_off_every_page, SecretPagesFixture) {
    const std::string text = allText(app::Audience::Parties);
    BOOST_TEST(!text.empty());
    for (const char* secret : {"PLANTED-MEDIATOR-ONLY", "PLANTED-BATNA", "300,000.00", "PLANTED-BOTTOM-LINE-NOTE",
                               "123,456.00", "150,000.00", "26,544.00", "Bottom-line check", "CONFIDENTIAL"})
        BOOST_TEST(text.find(secret) == std::string::npos, secret);
    BOOST_TEST(text.find("Tested backups restored every month") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(a_bottom_line_gap_is_reported_with_its_size, SecretPagesFixture) {
    context.record.bottomLines[1].amount = domain::Money(10'000'000, "USD");  // pays at most 100,000.00
    const std::string text = allText(app::Audience::Mediator);
    BOOST_TEST(text.find("the bottom lines are USD 23,456.00 apart") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(confirming_a_suggested_shared_interest_links_both_and_can_be_undone, StoredSecretsFixture) {
    app::WorksheetPage& page = worksheet();
    BOOST_TEST(page.shownText().Contains("word overlap"));
    BOOST_TEST(storedLinks() == domain::RecordNos({3}));

    // The Confirm button of the suggestion, as wxHtmlWindow reports its click.
    auto* html = dynamic_cast<wxHtmlWindow*>(page.FindWindow("claims"));
    BOOST_TEST_REQUIRE(html);
    wxHtmlLinkEvent click(html->GetId(), wxHtmlLinkInfo("confirm:1:1:2"));
    click.SetEventObject(html);
    html->GetEventHandler()->ProcessEvent(click);

    // The link to the mediator-only interest survives: the edit starts from the stored claim.
    BOOST_TEST(storedLinks() == domain::RecordNos({3, 1, 2}));
    BOOST_TEST(worksheet().shownText().Contains("linked by the mediator"));
    BOOST_TEST(!worksheet().shownText().Contains("word overlap"));

    BOOST_TEST_REQUIRE(frame->commands().Undo());
    BOOST_TEST(storedLinks() == domain::RecordNos({3}));
    BOOST_TEST(worksheet().shownText().Contains("word overlap"));
    BOOST_TEST_REQUIRE(frame->commands().Redo());
    BOOST_TEST(storedLinks() == domain::RecordNos({3, 1, 2}));
    BOOST_TEST(worksheet().shownText().Contains("linked by the mediator"));
}

BOOST_FIXTURE_TEST_CASE(a_broken_catalog_folder_is_named_on_the_deadlines_page_and_the_page_still_shows,
                        SecretPagesFixture) {
    const app::LoadedCatalogs missing = app::loadReferenceCatalogs(dir.file("no-such-folder"));
    BOOST_TEST_REQUIRE(missing.problems.size() == 1u);
    auto* page = new app::DeadlinesPage(parent, context, missing);
    page->refresh();
    const wxString text = page->shownText();
    BOOST_TEST(text.Contains("A reference catalog was left out"));
    BOOST_TEST(text.Contains("no-such-folder"));
    BOOST_TEST(text.Contains("No notification rule in the catalogs applies to this case."));
}

BOOST_AUTO_TEST_SUITE_END()
