// The workspace pages after Drafts that turn the records into views: the
// worksheet, the responsibility matrix, the exposure and the deadlines. On
// the dental-practice sample they show the figures `commonground-cli
// worksheet|matrix|exposure|deadlines CG-2026-0001` prints; with the screen
// shared ("show to parties") no page shows confidential material.
#include <boost/test/unit_test.hpp>
#include <wx/html/htmlwin.h>
#include <wx/spinctrl.h>

#include "app/case_workspace_panel.h"
#include "app/deadlines_page.h"
#include "app/exposure_page.h"
#include "app/offer_chart.h"
#include "app/record_list_view.h"
#include "app/record_section_panel.h"
#include "app/responsibility_page.h"
#include "app/worksheet_page.h"
#include "drafts_fixture.h"
#include "store/record_repository.h"

using namespace cg;
using cg::testing::AppFixture;
using cg::testing::kDentalRef;

namespace {

struct DentalPagesFixture : AppFixture {
    DentalPagesFixture() {
        const auto outcome = app::importCaseFiles(dbPath, "test mediator", {cg::testing::dentalSample()}, {});
        BOOST_TEST_REQUIRE(outcome.failures.empty());
        frame->caseList().refresh();
        BOOST_TEST_REQUIRE(frame->openCase(kDentalRef));
    }

    app::CaseWorkspacePanel& workspace() { return frame->workspace(); }

    template <typename Page>
    Page& page(const char* title) {
        app::CaseWorkspacePanel& w = workspace();
        w.showSection(w.sectionIndex(title));
        auto* page = dynamic_cast<Page*>(w.page(title));
        BOOST_TEST_REQUIRE(page, "no page titled " << title);
        BOOST_TEST_REQUIRE(page->IsShown());
        return *page;
    }

    // A click on a link of a page's HTML window, as wxHtmlWindow reports it.
    static void clickLink(wxWindow& page, const char* windowName, const wxString& href) {
        auto* html = dynamic_cast<wxHtmlWindow*>(page.FindWindow(windowName));
        BOOST_TEST_REQUIRE(html);
        wxHtmlLinkEvent event(html->GetId(), wxHtmlLinkInfo(href));
        event.SetEventObject(html);
        html->GetEventHandler()->ProcessEvent(event);
    }

    void showToParties(bool shown) {
        workspace().setAudience(shown ? app::Audience::Parties : app::Audience::Mediator);
    }

    // Every text of every analysis page, as drawn for the current audience.
    std::string allPagesText() {
        wxString text = page<app::WorksheetPage>("Worksheet").shownText();
        text << page<app::ResponsibilityPage>("Responsibility").shownText();
        text << page<app::ExposurePage>("Exposure").shownText();
        text << page<app::DeadlinesPage>("Deadlines").shownText();
        return text.utf8_string();
    }
};

// Amounts are kept on one line with no-break spaces; the expectations use plain ones.
bool contains(wxString text, const char* utf8) {
    text.Replace(wxString(wxUniChar(0xA0)), " ");
    return text.Contains(wxString::FromUTF8(utf8));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(AnalysisPages)

BOOST_FIXTURE_TEST_CASE(the_pages_follow_drafts_in_the_navigator, DentalPagesFixture) {
    app::CaseWorkspacePanel& w = workspace();
    const int drafts = w.sectionIndex("Drafts");
    BOOST_TEST(w.sectionIndex("Worksheet") == drafts + 1);
    BOOST_TEST(w.sectionIndex("Responsibility") == drafts + 2);
    BOOST_TEST(w.sectionIndex("Exposure") == drafts + 3);
    BOOST_TEST(w.sectionIndex("Deadlines") == drafts + 4);
}

BOOST_FIXTURE_TEST_CASE(the_worksheet_shows_each_claim_with_both_sides_criteria_and_options, DentalPagesFixture) {
    auto& worksheet = page<app::WorksheetPage>("Worksheet");
    const wxString text = worksheet.shownText();
    // The five claims of the sample, as the CLI heads them.
    BOOST_TEST(contains(text, "Claim 1: Zahnarztpraxis Dr. Müller PLLC (1) blames Bridgeview Managed IT Services, Inc. (2)"));
    BOOST_TEST(contains(text, "Claim 3: Bridgeview Managed IT Services, Inc. (2) blames Zahnarztpraxis Dr. Müller PLLC (1)"));
    BOOST_TEST(contains(text, "Claim 5: "));
    BOOST_TEST(!contains(text, "Claim 6: "));
    // Claim 1's criteria: the cap of MSA § 11.2 (USD 46,200) and the failed controls.
    BOOST_TEST(contains(text, "Clause 1 § 11.2"));
    BOOST_TEST(contains(text, "USD 46,200.00"));
    BOOST_TEST(contains(text, "CIS 11.5 Test Data Recovery"));
    // Option 1 serves interest 1; the accuser's position is quoted.
    BOOST_TEST(contains(text, "Bridgeview pays the practice $365,000"));
    BOOST_TEST(contains(text, "The cap in MSA § 11.2 does not apply"));
    // One preparation sheet per party (4), with the insurers as stakeholders.
    BOOST_TEST(worksheet.sheetCount() == 4u);
    BOOST_TEST(contains(text, "Preparation sheet for Keystone Professional Indemnity Company (4)"));
    // The mediator sees the mediator-only reading, marked.
    BOOST_TEST(contains(text, "Mediator's reading: the practice's line of credit"));
    BOOST_TEST(contains(text, "CONFIDENTIAL"));
}

BOOST_FIXTURE_TEST_CASE(the_responsibility_page_shows_failed_controls_by_party_and_the_elements, DentalPagesFixture) {
    const wxString text = page<app::ResponsibilityPage>("Responsibility").shownText();
    for (const char* control : {"CIS 6.4", "CIS 3.11", "CIS 7.3", "CIS 11.5", "CIS 11.4", "CIS 17.2"})
        BOOST_TEST(contains(text, control), control);
    BOOST_TEST(contains(text, "recommendation documented and declined"));  // CIS 3.11
    BOOST_TEST(contains(text, "Responsible under § 3.6"));                  // clause 4, Bridgeview
    BOOST_TEST(contains(text, "Responsible under § 5.1"));                  // clause 5, CIS 17.2
    // Claim 3 (fees): duty and breach missing, causation supported, damages disputed.
    const int claim3 = text.Find("Claim 3");
    BOOST_TEST_REQUIRE(claim3 != wxNOT_FOUND);
    const wxString row3 = text.Mid(claim3, text.Find("Claim 4") - claim3);
    BOOST_TEST(row3.Find("missing") < row3.Find("supported"));
    BOOST_TEST(contains(row3, "disputed"));
}

BOOST_FIXTURE_TEST_CASE(the_exposure_page_shows_losses_ranges_zone_offers_and_the_fault_what_if, DentalPagesFixture) {
    auto& exposure = page<app::ExposurePage>("Exposure");
    wxString text = exposure.shownText();
    // Party 1's losses 857,500 – 3,017,000; its cyber cover pays 100,000, leaving 757,500 – 2,917,000.
    BOOST_TEST(contains(text, "Losses, low – high"));
    BOOST_TEST(contains(text, "USD 857,500.00 – USD 3,017,000.00"));
    BOOST_TEST(contains(text, "USD 757,500.00 – USD 2,917,000.00"));
    // Practice → Bridgeview: claimant 46,200 – 2,950,000, respondent 46,200 – 46,200, zone at the cap.
    BOOST_TEST(contains(text, "USD 46,200.00 – USD 2,950,000.00"));
    BOOST_TEST(contains(text, "USD 46,200.00 – USD 46,200.00"));
    // Bridgeview → practice: zone 40,000 – 46,200.
    BOOST_TEST(contains(text, "USD 40,000.00 – USD 46,200.00"));
    BOOST_TEST(contains(text, "2026-04-07T20:25:00Z"));  // offer 8, accepted
    // 30 % claimant fault (the default): 857,500 × 0.7 = 600,250; 3,017,000 × 0.7 = 2,111,900.
    BOOST_TEST(contains(text, "USD 600,250.00"));
    BOOST_TEST(contains(text, "USD 2,111,900.00"));
    // Offers 1, 3, 5, 6, 7, 8 pass between practice and Bridgeview with an amount
    // (2 has none, 4 comes from the insurer).
    BOOST_TEST(exposure.chart().plottedOffers() == 6u);

    // 60 %: 857,500 × 0.4 = 343,000 under pure comparative fault; both bars now bar.
    auto* fault = dynamic_cast<wxSpinCtrl*>(exposure.FindWindow("fault"));
    BOOST_TEST_REQUIRE(fault);
    fault->SetValue(60);
    wxSpinEvent spun(wxEVT_SPINCTRL, fault->GetId());
    spun.SetEventObject(fault);
    fault->GetEventHandler()->ProcessEvent(spun);
    text = exposure.shownText();
    BOOST_TEST(contains(text, "60 % at fault"));
    BOOST_TEST(contains(text, "USD 343,000.00"));
    BOOST_TEST(!contains(text, "USD 600,250.00"));
}

BOOST_FIXTURE_TEST_CASE(the_deadlines_page_shows_each_deadline_with_its_status_on_the_chosen_day, DentalPagesFixture) {
    auto& deadlines = page<app::DeadlinesPage>("Deadlines");
    // Discovery 2025-12-30; SHIELD Act deadlines 30 days later, 2026-01-29.
    deadlines.setAsOf(domain::Date(2026, 1, 20));
    wxString text = deadlines.shownText();
    BOOST_TEST(contains(text, "as of 2026-01-20"));
    BOOST_TEST(contains(text, "HIPAA Breach Notification Rule"));
    BOOST_TEST(contains(text, "met on 2026-01-27"));  // affected individuals, fact 14
    BOOST_TEST(contains(text, "due in 9 days"));      // NYDFS: 2026-01-29 − 2026-01-20
    BOOST_TEST(contains(text, "not required"));       // HHS annual log: 4,312 ≥ 500
    deadlines.setAsOf(domain::Date(2026, 2, 5));
    text = deadlines.shownText();
    BOOST_TEST(contains(text, "overdue by 7 days"));  // 2026-02-05 − 2026-01-29
    BOOST_TEST(!contains(text, "due in 9 days"));
    BOOST_TEST(!contains(text, "A reference catalog was left out"));
}

BOOST_FIXTURE_TEST_CASE(a_link_naming_a_record_opens_it_in_its_section, DentalPagesFixture) {
    auto& matrix = page<app::ResponsibilityPage>("Responsibility");
    clickLink(matrix, "view", "record:claim:3");
    app::CaseWorkspacePanel& w = workspace();
    BOOST_TEST(w.currentSection() == w.sectionIndex("Blame claims"));
    app::RecordListView& list = w.sectionPanel().list();
    const long selected = list.GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    BOOST_TEST_REQUIRE(selected >= 0);
    BOOST_TEST(list.GetItemText(selected, 0) == "3");
}

BOOST_FIXTURE_TEST_CASE(show_to_parties_hides_the_confidential_interests_of_the_sample_on_every_page,
                        DentalPagesFixture) {
    const std::string forMediator = allPagesText();
    BOOST_TEST(forMediator.find("Mediator's reading") != std::string::npos);
    BOOST_TEST(forMediator.find("Keystone's raised authority") != std::string::npos);  // bottom line 1's note
    showToParties(true);
    const std::string shown = allPagesText();
    BOOST_TEST(shown.find("Mediator's reading") == std::string::npos);          // mediator-only interests 7, 13
    BOOST_TEST(shown.find("wants the provider to say plainly") == std::string::npos);  // party-and-mediator 5
    BOOST_TEST(shown.find("CONFIDENTIAL") == std::string::npos);
    BOOST_TEST(shown.find("Bottom-line check") == std::string::npos);
    BOOST_TEST(shown.find("Keystone's raised authority") == std::string::npos);
    BOOST_TEST(shown.find("Provided the acknowledgment names the backup failure") == std::string::npos);
    BOOST_TEST(shown.find("Keep treating patients without another outage") != std::string::npos);
}

// A case with hundreds of claims would make one huge page: the claims come
// 25 at a time, and the link at the foot shows the next ones.
BOOST_FIXTURE_TEST_CASE(the_worksheet_shows_claims_25_at_a_time_with_a_link_to_the_next, DentalPagesFixture) {
    store::ClaimRepository claims(frame->database());
    for (int i = 1; i <= 25; ++i) {  // 5 in the sample + 25 = 30
        domain::BlameClaim claim;
        claim.accuserNo = 1;
        claim.accusedNo = 2;
        claim.allegation = "Added allegation number " + std::to_string(100 + i);
        claims.add(kDentalRef, claim);
    }
    BOOST_TEST_REQUIRE(frame->openCase(kDentalRef));
    auto& worksheet = page<app::WorksheetPage>("Worksheet");
    wxString text = worksheet.shownText();
    BOOST_TEST(text.Contains("Added allegation number 120"));  // claim 25
    BOOST_TEST(!text.Contains("Added allegation number 121"));  // claim 26
    BOOST_TEST(text.Contains("Show the next 5 of 5 claims"));

    clickLink(worksheet, "claims", "more-claims:");
    text = worksheet.shownText();
    BOOST_TEST(text.Contains("Added allegation number 125"));
    BOOST_TEST(!text.Contains("Show the next"));
}

BOOST_AUTO_TEST_SUITE_END()
