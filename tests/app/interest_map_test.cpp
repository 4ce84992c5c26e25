// The Interest map page on the online-retailer sample with a planted
// mediator-only interest: the canvas draws the case's parties and interests,
// zooms, moves a dragged card with its line, opens the record a double-click
// lands on, hides confidential interests when shown to parties, presents full
// screen for a chosen audience until Esc and exports the map as drawn.
#include <algorithm>
#include <filesystem>

#include <boost/test/unit_test.hpp>
#include <wx/listctrl.h>
#include <wx/stattext.h>

#include "app/case_list_panel.h"
#include "app/case_workspace_panel.h"
#include "app/interest_map_page.h"
#include "app/map_canvas.h"
#include "app/presentation_frame.h"
#include "app/record_list_view.h"
#include "app/record_section_panel.h"
#include "app_fixture.h"
#include "exchange/case_file.h"
#include "store/case_repository.h"
#include "support/temp_dir.h"

using namespace cg;
using cg::testing::AppFixture;
using cg::testing::control;
using cg::testing::flushEvents;

namespace {

constexpr const char* kRef = "CG-2026-0002";
constexpr const char* kMarker = "PLANTED-MAP-SECRET walk-away at 90k";

struct MapFixture : AppFixture {
    domain::CaseRecord record;
    domain::RecordNo secretNo = 0;
    app::InterestMapPage* page = nullptr;

    MapFixture() {
        record = exchange::readCaseFile(std::string(CG_SOURCE_DIR) + "/data/samples/online-retailer-cardholder-data.cgcase");
        domain::Interest secret;
        secret.no = domain::nextNo(record.interests);
        secret.partyNo = record.parties.front().no;
        secret.description = kMarker;
        secret.category = domain::InterestCategory::Financial;
        secret.visibility = domain::Visibility::MediatorOnly;
        record.interests.push_back(secret);
        secretNo = secret.no;
        store::CaseRepository(frame->database()).insert(record);
        frame->caseList().refresh();
        BOOST_TEST_REQUIRE(frame->openCase(kRef));
        app::CaseWorkspacePanel& w = frame->workspace();
        page = dynamic_cast<app::InterestMapPage*>(w.page("Interest map"));
        BOOST_TEST_REQUIRE(page != nullptr);
        w.showSection(w.sectionIndex("Interest map"));
        flushEvents();
    }

    app::MapCanvas& canvas() { return page->canvas(); }

    const domain::InterestCard& card(domain::RecordNo no) {
        const auto& cards = canvas().drawnLayout().cards;
        const auto it = std::find_if(cards.begin(), cards.end(), [&](const auto& c) { return c.interestNo == no; });
        BOOST_TEST_REQUIRE((it != cards.end()), "no card for interest " << no);
        return *it;
    }

    void mouse(wxEventType type, wxPoint at, bool leftDown = false) {
        wxMouseEvent event(type);
        event.SetPosition(at);
        event.SetLeftDown(leftDown);
        event.SetEventObject(&canvas());
        canvas().GetEventHandler()->ProcessEvent(event);
    }

    domain::RecordNo selectedRow() {
        app::RecordListView& list = frame->workspace().sectionPanel().list();
        const long row = list.GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
        return row < 0 ? 0 : std::stoll(list.GetItemText(row, 0).ToStdString());
    }
};

wxPoint clientCentre(app::MapCanvas& canvas, const domain::MapRect& box) { return canvas.toClient(box.centre()); }

}  // namespace

BOOST_AUTO_TEST_SUITE(InterestMapPage)

BOOST_FIXTURE_TEST_CASE(thePageDrawsEveryPartyAndInterestOfTheCase, MapFixture) {
    const auto& layout = canvas().drawnLayout();
    BOOST_TEST(layout.caseReference == kRef);
    BOOST_TEST(layout.nodes.size() == record.parties.size());
    BOOST_TEST(layout.cards.size() == record.interests.size());
    for (const auto& party : record.parties)
        BOOST_TEST(std::any_of(layout.nodes.begin(), layout.nodes.end(),
                               [&](const auto& n) { return n.name == party.name; }));
    BOOST_TEST(layout.arrows.size() == record.claims.size());
    BOOST_TEST(card(secretNo).text == kMarker);
    BOOST_TEST(canvas().IsShownOnScreen());
}

BOOST_FIXTURE_TEST_CASE(zoomingChangesTheScaleAndTheScrolledArea, MapFixture) {
    canvas().setZoom(1.0);
    const auto& layout = canvas().drawnLayout();
    BOOST_TEST(canvas().GetVirtualSize().x == static_cast<int>(std::ceil(layout.width)));
    canvas().zoomIn();
    BOOST_TEST(canvas().zoom() > 1.1);
    canvas().setZoom(2.0);
    BOOST_TEST(canvas().GetVirtualSize().x == static_cast<int>(std::ceil(layout.width * 2)));
    BOOST_TEST(control<wxStaticText>(*page, "zoom")->GetLabel() == "200 %");
    canvas().setZoom(50);
    BOOST_TEST(canvas().zoom() == app::MapCanvas::kMaximumZoom);

    // Ctrl and the wheel zoom; the wheel alone does not.
    canvas().setZoom(1.0);
    wxMouseEvent wheel(wxEVT_MOUSEWHEEL);
    wheel.SetControlDown(true);
    wheel.m_wheelRotation = 120;
    wheel.m_wheelDelta = 120;
    wheel.SetEventObject(&canvas());
    canvas().GetEventHandler()->ProcessEvent(wheel);
    BOOST_TEST(canvas().zoom() > 1.1);

    canvas().zoomToFit();
    const wxSize client = canvas().GetClientSize();
    BOOST_TEST(layout.width * canvas().zoom() <= client.x + 1);
    BOOST_TEST(layout.height * canvas().zoom() <= client.y + 1);
}

BOOST_FIXTURE_TEST_CASE(showToPartiesTakesThePlantedSecretOffTheCanvas, MapFixture) {
    frame->setShowToParties(true);
    flushEvents();
    const auto& layout = canvas().drawnLayout();
    for (const auto& c : layout.cards) {
        BOOST_TEST(c.interestNo != secretNo);
        BOOST_TEST(c.text.find("PLANTED") == std::string::npos);
    }
    BOOST_TEST(layout.cards.size() < record.interests.size());
    BOOST_TEST(layout.preparedFor == "All parties");
    // The shared screen offers no presentation to the mediator or one party.
    BOOST_TEST(page->presentableAudiences().size() == 1u);
    BOOST_TEST((page->presentableAudiences()[0] == domain::Audience::allParties()));

    frame->setShowToParties(false);
    flushEvents();
    BOOST_TEST(card(secretNo).text == kMarker);
}

BOOST_FIXTURE_TEST_CASE(doubleClickingACardOpensItsInterest, MapFixture) {
    const domain::InterestCard& target = card(3);
    mouse(wxEVT_LEFT_DCLICK, clientCentre(canvas(), target.box));
    app::CaseWorkspacePanel& w = frame->workspace();
    BOOST_TEST(w.currentSection() == w.sectionIndex("Interests"));
    BOOST_TEST(selectedRow() == 3);
}

BOOST_FIXTURE_TEST_CASE(doubleClickingAPartyOrAnArrowOpensThatRecord, MapFixture) {
    const domain::PartyNode node = canvas().drawnLayout().nodes.at(1);
    mouse(wxEVT_LEFT_DCLICK, canvas().toClient(node.centre));
    app::CaseWorkspacePanel& w = frame->workspace();
    BOOST_TEST(w.currentSection() == w.sectionIndex("Parties"));
    BOOST_TEST(selectedRow() == node.partyNo);

    w.showSection(w.sectionIndex("Interest map"));
    // An arrow's curve point that no card or party covers.
    std::optional<std::pair<domain::RecordNo, domain::MapPoint>> onArrow;
    for (const auto& a : canvas().drawnLayout().arrows)
        for (double t = 0.2; t < 0.85 && !onArrow; t += 0.05) {
            const double u = 1 - t;
            const domain::MapPoint p{u * u * a.from.x + 2 * u * t * a.control.x + t * t * a.to.x,
                                     u * u * a.from.y + 2 * u * t * a.control.y + t * t * a.to.y};
            if (canvas().hitTest(p).kind == "claim" && canvas().hitTest(p).no == a.claimNo) onArrow = {{a.claimNo, p}};
        }
    BOOST_TEST_REQUIRE(onArrow.has_value());
    mouse(wxEVT_LEFT_DCLICK, canvas().toClient(onArrow->second));
    BOOST_TEST(w.currentSection() == w.sectionIndex("Blame claims"));
    BOOST_TEST(selectedRow() == onArrow->first);

    // The background opens nothing.
    w.showSection(w.sectionIndex("Interest map"));
    BOOST_TEST(canvas().hitTest({2, 2}).kind.empty());
    mouse(wxEVT_LEFT_DCLICK, canvas().toClient({2, 2}));
    BOOST_TEST(w.currentSection() == w.sectionIndex("Interest map"));
}

BOOST_FIXTURE_TEST_CASE(aDraggedCardTakesItsLineAlongAndStaysForTheSession, MapFixture) {
    canvas().setZoom(1.0);
    const auto& links = canvas().drawnLayout().links;
    BOOST_TEST_REQUIRE(!links.empty());
    const domain::RecordNo no = links.front().interestNo;
    const domain::MapRect before = card(no).box;
    const wxPoint grab = clientCentre(canvas(), before);
    mouse(wxEVT_LEFT_DOWN, grab, true);
    mouse(wxEVT_MOTION, grab + wxPoint(40, 25), true);
    mouse(wxEVT_MOTION, grab + wxPoint(80, 50), true);
    mouse(wxEVT_LEFT_UP, grab + wxPoint(80, 50));
    const domain::MapRect after = card(no).box;
    BOOST_TEST(after.x == before.x + 80, boost::test_tools::tolerance(0.5));
    BOOST_TEST(after.y == before.y + 50, boost::test_tools::tolerance(0.5));
    const auto link = std::find_if(links.begin(), links.end(), [&](const auto& l) { return l.interestNo == no; });
    BOOST_TEST(link->to.x == after.centre().x, boost::test_tools::tolerance(0.01));
    BOOST_TEST(link->to.y == after.centre().y, boost::test_tools::tolerance(0.01));

    // Redrawn with the case (an edit elsewhere), the card stays put.
    frame->workspace().reload(app::ChangedPart::Interests);
    BOOST_TEST(card(no).box.x == after.x, boost::test_tools::tolerance(0.01));

    // Dragging the background pans instead.
    canvas().setZoom(3.0);
    canvas().Scroll(0, 0);
    mouse(wxEVT_LEFT_DOWN, canvas().toClient({4, 4}), true);
    mouse(wxEVT_MOTION, canvas().toClient({4, 4}) - wxPoint(60, 30), true);
    mouse(wxEVT_LEFT_UP, canvas().toClient({4, 4}));
    BOOST_TEST(canvas().GetViewStart().x == 60);
    BOOST_TEST(canvas().GetViewStart().y == 30);
}

BOOST_FIXTURE_TEST_CASE(presentingShowsTheChosenAudienceFullScreenUntilEscape, MapFixture) {
    const domain::Party& claimant = record.parties.front();
    page->choosePresentationAudience(domain::Audience::party(claimant.no));
    app::PresentationFrame* shown = page->present();
    BOOST_TEST_REQUIRE(shown != nullptr);
    flushEvents();
    BOOST_TEST(shown->IsFullScreen());
    BOOST_TEST((shown->audience() == domain::Audience::party(claimant.no)));
    const auto& layout = shown->canvas().drawnLayout();
    BOOST_TEST(layout.preparedFor == "Prepared for: " + claimant.name);
    // The claimant's own cards are there; the mediator-only one is not.
    BOOST_TEST(std::none_of(layout.cards.begin(), layout.cards.end(),
                            [&](const auto& c) { return c.interestNo == secretNo; }));
    BOOST_TEST(std::any_of(layout.cards.begin(), layout.cards.end(),
                           [&](const auto& c) { return c.partyNo == claimant.no; }));
    // Large type: the map is drawn larger than on the 1600-unit page.
    BOOST_TEST(shown->canvas().zoom() > 1.0);

    wxKeyEvent other(wxEVT_CHAR_HOOK);
    other.m_keyCode = 'A';
    other.SetEventObject(&shown->canvas());
    shown->canvas().GetEventHandler()->ProcessEvent(other);
    flushEvents();
    BOOST_TEST(wxTopLevelWindows.Find(shown), "another key closed the presentation");

    wxKeyEvent escape(wxEVT_CHAR_HOOK);
    escape.m_keyCode = WXK_ESCAPE;
    escape.SetEventObject(&shown->canvas());
    shown->canvas().GetEventHandler()->ProcessEvent(escape);
    flushEvents();
    BOOST_TEST(!wxTopLevelWindows.Find(shown), "the presentation is still open after Esc");
}

BOOST_FIXTURE_TEST_CASE(viewPresentOpensTheMapForAllPartiesByDefault, MapFixture) {
    wxCommandEvent menu(wxEVT_MENU, XRCID("present_interest_map"));
    frame->GetEventHandler()->ProcessEvent(menu);
    app::PresentationFrame* shown = nullptr;
    for (wxWindow* window : wxTopLevelWindows)
        if (auto* p = dynamic_cast<app::PresentationFrame*>(window)) shown = p;
    BOOST_TEST_REQUIRE(shown != nullptr);
    BOOST_TEST((shown->audience() == domain::Audience::allParties()));
    BOOST_TEST(shown->canvas().drawnLayout().preparedFor == "All parties");
    shown->leave();
    flushEvents();
}

BOOST_FIXTURE_TEST_CASE(exportWritesTheMapAsDrawnWithMovedCards, MapFixture) {
    const std::string png = dir.file("map.png");
    const std::string svg = dir.file("map.svg");
    std::vector<wxString> offered;
    page->chooseExportPath = [&](const wxString&, const wxString& name, const wxString&) -> std::optional<std::string> {
        offered.push_back(name);
        return name.EndsWith(".png") ? png : svg;
    };
    canvas().moveCard(1, {333, 444});
    page->exportPng();
    page->exportSvg();
    BOOST_TEST(prompts->errors.empty());
    BOOST_TEST(offered.at(0) == "CG-2026-0002-interest-map-mediator.png");
    const std::string bytes = testing::readBytes(png);
    BOOST_TEST(bytes.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
    BOOST_TEST(bytes.size() > 10000u);
    const std::string drawing = testing::readBytes(svg);
    BOOST_TEST(drawing.find("<rect x=\"333.0\" y=\"444.0\" width=\"170.0\"") != std::string::npos);
    BOOST_TEST(drawing.find(kMarker) != std::string::npos);  // the mediator's own copy

    // A file that cannot be written is reported, naming it.
    page->chooseExportPath = [&](const wxString&, const wxString&, const wxString&) -> std::optional<std::string> {
        return dir.file("missing/map.png");
    };
    page->exportPng();
    BOOST_TEST_REQUIRE(prompts->errors.size() == 1u);
    BOOST_TEST(prompts->errors[0].headline.Contains("missing/map.png"));
    BOOST_TEST(!std::filesystem::exists(dir.file("missing")));
}

BOOST_AUTO_TEST_SUITE_END()
