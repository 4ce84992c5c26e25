// "Show to parties": with the screen shared in a joint session, planted
// confidential material (a mediator-only interest, a party-and-mediator
// interest, a caucus note, a confidential joint-session note) disappears from
// every list; in mediator mode it is there and marked CONFIDENTIAL.
#include <boost/test/unit_test.hpp>
#include <wx/statusbr.h>

#include "app/case_workspace_panel.h"
#include "app/record_list_view.h"
#include "app/record_section_panel.h"
#include "app_fixture.h"
#include "store/case_repository.h"
#include "support/case_builder.h"

using namespace cg;
using cg::testing::AppFixture;

namespace {

constexpr const char* kRef = "CG-2026-0077";

domain::CaseRecord caseWithSecrets() {
    using domain::Visibility;
    cg::testing::CaseBuilder builder(kRef, "Retailer v. payment processor");
    builder.withParty("Retailer").withParty("Processor", domain::PartyRole::Respondent);
    builder.withInterest(1, "Stay PCI compliant", Visibility::Everyone)
        .withInterest(1, "PLANTED-MEDIATOR-ONLY bottom line is 40k", Visibility::MediatorOnly)
        .withInterest(2, "PLANTED-PARTY-SECRET fears losing the bank", Visibility::PartyAndMediator);
    domain::CaseRecord& r = builder.record();

    domain::MediationSession joint;
    joint.no = 1;
    joint.startedAt = domain::Instant::parse("2026-03-02T09:00:00Z");
    joint.notes = {{1, domain::Instant::parse("2026-03-02T09:10:00Z"), Visibility::Everyone, "Ground rules agreed"},
                   {2, domain::Instant::parse("2026-03-02T09:20:00Z"), Visibility::MediatorOnly,
                    "PLANTED-JOINT-PRIVATE tension between counsel"}};
    domain::MediationSession caucus;
    caucus.no = 2;
    caucus.kind = domain::SessionKind::Caucus;
    caucus.caucusPartyNo = 2;
    caucus.startedAt = domain::Instant::parse("2026-03-02T11:00:00Z");
    caucus.notes = {{1, domain::Instant::parse("2026-03-02T11:05:00Z"), Visibility::PartyAndMediator,
                     "PLANTED-CAUCUS-NOTE could pay 60k"}};
    r.sessions = {joint, caucus};
    return builder.build();
}

struct SecretsFixture : AppFixture {
    SecretsFixture() {
        store::CaseRepository(frame->database()).insert(caseWithSecrets());
        BOOST_TEST_REQUIRE(frame->openCase(kRef));
    }

    // Every cell the list would draw, as the control hands them out.
    std::vector<std::string> shownTexts(const char* section) {
        app::CaseWorkspacePanel& w = frame->workspace();
        w.showSection(w.sectionIndex(section));
        app::RecordListView& list = w.sectionPanel().list();
        std::vector<std::string> texts;
        for (long row = 0; row < list.GetItemCount(); ++row)
            for (int col = 0; col < list.GetColumnCount(); ++col)
                texts.push_back(list.GetItemText(row, col).utf8_string());
        return texts;
    }
    long rows(const char* section) {
        shownTexts(section);
        return frame->workspace().sectionPanel().list().GetItemCount();
    }
};

bool anyContains(const std::vector<std::string>& texts, const std::string& needle) {
    for (const auto& t : texts)
        if (t.find(needle) != std::string::npos) return true;
    return false;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ShowToParties)

BOOST_FIXTURE_TEST_CASE(mediatorSeesConfidentialItemsMarked, SecretsFixture) {
    BOOST_TEST(rows("Interests") == 3);
    const auto interests = shownTexts("Interests");
    BOOST_TEST(anyContains(interests, "PLANTED-MEDIATOR-ONLY"));
    BOOST_TEST(anyContains(interests, "CONFIDENTIAL"));
    BOOST_TEST(rows("Sessions & notes") == 3);
    BOOST_TEST(anyContains(shownTexts("Sessions & notes"), "PLANTED-CAUCUS-NOTE"));
}

BOOST_FIXTURE_TEST_CASE(showToPartiesHidesEveryPlantedConfidentialItem, SecretsFixture) {
    frame->setShowToParties(true);
    BOOST_TEST(rows("Interests") == 1);
    BOOST_TEST(rows("Sessions & notes") == 1);
    for (const char* section : {"Overview", "Parties", "Interests", "Sessions & notes", "Offers"}) {
        if (std::string(section) == "Overview") continue;
        const auto texts = shownTexts(section);
        BOOST_TEST_INFO("section " << section);
        BOOST_TEST(!anyContains(texts, "PLANTED-"));
        BOOST_TEST(!anyContains(texts, "CONFIDENTIAL"));
    }
    BOOST_TEST(anyContains(shownTexts("Sessions & notes"), "Ground rules agreed"));
    BOOST_TEST(frame->GetStatusBar()->GetStatusText(1).Contains("PARTIES"));

    frame->setShowToParties(false);
    BOOST_TEST(rows("Interests") == 3);
    BOOST_TEST(rows("Sessions & notes") == 3);
}

BOOST_FIXTURE_TEST_CASE(sortingKeepsConfidentialRowsHiddenWhenShownToParties, SecretsFixture) {
    frame->setShowToParties(true);
    auto& w = frame->workspace();
    w.showSection(w.sectionIndex("Interests"));
    wxListEvent click(wxEVT_LIST_COL_CLICK, w.sectionPanel().list().GetId());
    click.m_col = 5;
    w.sectionPanel().list().GetEventHandler()->ProcessEvent(click);
    BOOST_TEST(!anyContains(shownTexts("Interests"), "PLANTED-"));
    BOOST_TEST(rows("Interests") == 1);
}

BOOST_AUTO_TEST_SUITE_END()
