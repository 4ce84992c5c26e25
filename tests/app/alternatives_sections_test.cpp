// The Alternatives and Bottom lines sections: what a party would do without
// a deal (BATNA / WATNA) and the limits it confides in caucus are recorded
// through their dialogs, reach the worksheet and the exposure check, and
// never show while the screen is shared.
#include <boost/test/unit_test.hpp>
#include <wx/stattext.h>

#include "app/exposure_page.h"
#include "app/worksheet_page.h"
#include "store/record_repository.h"
#include "workspace_fixture.h"

using namespace cg;
using cg::testing::control;
using cg::testing::EditingFixture;
using cg::testing::kRef;
using cg::testing::typeInto;

namespace {

struct LimitsFixture : EditingFixture {
    LimitsFixture() {
        addParty("Clinic");
        addParty("MSP");
    }

    void addAlternative(const wxString& description, const wxString& value, int visibility) {
        show("Alternatives");
        prompts->fillers.push_back([=](wxDialog& d) {
            control<wxChoice>(d, "party")->SetSelection(0);
            control<wxChoice>(d, "kind")->SetSelection(0);  // BATNA
            typeInto(d, "description", description);
            typeInto(d, "value", value);
            control<wxSpinCtrl>(d, "likelihood")->SetValue(40);
            control<wxChoice>(d, "visibility")->SetSelection(visibility);
        });
        press("add");
    }

    void addBottomLine(int party, int stance, const wxString& amount) {
        show("Bottom lines");
        prompts->fillers.push_back([=](wxDialog& d) {
            control<wxChoice>(d, "party")->SetSelection(party);
            control<wxChoice>(d, "stance")->SetSelection(stance);
            typeInto(d, "amount", amount);
            typeInto(d, "note", "PLANTED-CONDITION");
        });
        press("add");
    }

    std::string shownCells() {
        app::RecordListView& list = frame->workspace().sectionPanel().list();
        std::string text;
        for (long row = 0; row < list.GetItemCount(); ++row)
            for (int col = 0; col < list.GetColumnCount(); ++col) text += list.GetItemText(row, col).utf8_string() + "|";
        return text;
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(AlternativesAndBottomLines)

BOOST_FIXTURE_TEST_CASE(an_alternative_added_in_its_section_is_stored_and_shown_on_the_party_sheet, LimitsFixture) {
    addAlternative("Sue the MSP in state court", "250000", 0);
    const auto stored = store::AlternativeRepository(*openAgain()).list(kRef);
    BOOST_TEST_REQUIRE(stored.size() == 1u);
    BOOST_TEST(stored[0].partyNo == 1);
    BOOST_TEST((stored[0].kind == domain::AlternativeKind::Batna));
    BOOST_TEST(stored[0].value->minorUnits() == 25'000'000);
    BOOST_TEST(stored[0].likelihoodPercent == 40);
    BOOST_TEST((stored[0].visibility == domain::Visibility::PartyAndMediator));
    BOOST_TEST(shownRows() == 1);

    show("Worksheet");
    auto* page = dynamic_cast<app::WorksheetPage*>(frame->workspace().page("Worksheet"));
    BOOST_TEST_REQUIRE(page);
    BOOST_TEST(page->shownText().Contains("Sue the MSP in state court"));

    frame->workspace().setAudience(app::Audience::Parties);
    BOOST_TEST(!page->shownText().Contains("Sue the MSP in state court"));
    show("Alternatives");
    BOOST_TEST(shownRows() == 0);
}

BOOST_FIXTURE_TEST_CASE(an_alternative_without_a_description_keeps_ok_disabled_and_stores_nothing, LimitsFixture) {
    show("Alternatives");
    wxString message;
    bool okEnabled = true;
    prompts->fillers.push_back([&](wxDialog& d) {
        control<wxChoice>(d, "party")->SetSelection(0);
        typeInto(d, "value", "1000");
        message = control<wxStaticText>(d, "message")->GetLabelText();
        okEnabled = d.FindWindow(wxID_OK)->IsEnabled();
    });
    press("add");
    BOOST_TEST(!okEnabled);
    BOOST_TEST(message == "Description is required");
    BOOST_TEST(store::AlternativeRepository(*openAgain()).list(kRef).empty());
}

BOOST_FIXTURE_TEST_CASE(bottom_lines_reach_the_mediators_exposure_check_and_nothing_else, LimitsFixture) {
    addBottomLine(0, 1, "120000");  // the clinic accepts at least 120,000
    addBottomLine(1, 0, "150000");  // the MSP pays at most 150,000
    const auto stored = store::BottomLineRepository(*openAgain()).list(kRef);
    BOOST_TEST_REQUIRE(stored.size() == 2u);
    BOOST_TEST((stored[0].stance == domain::BottomLineStance::AcceptsAtLeast));
    BOOST_TEST(stored[1].amount.minorUnits() == 15'000'000);
    BOOST_TEST(shownRows() == 2);
    BOOST_TEST(shownCells().find("PLANTED-CONDITION") != std::string::npos);

    frame->workspace().setAudience(app::Audience::Parties);
    show("Bottom lines");
    BOOST_TEST(shownRows() == 0);
    BOOST_TEST(shownCells().find("PLANTED-CONDITION") == std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(a_bottom_line_without_an_amount_keeps_ok_disabled_and_stores_nothing, LimitsFixture) {
    show("Bottom lines");
    wxString message;
    bool okEnabled = true;
    prompts->fillers.push_back([&](wxDialog& d) {
        control<wxChoice>(d, "party")->SetSelection(0);
        typeInto(d, "note", "if paid in 30 days");  // any change re-runs the checks
        message = control<wxStaticText>(d, "message")->GetLabelText();
        okEnabled = d.FindWindow(wxID_OK)->IsEnabled();
    });
    press("add");
    BOOST_TEST(!okEnabled);
    BOOST_TEST(message == "Give the amount the party named.");
    BOOST_TEST(store::BottomLineRepository(*openAgain()).list(kRef).empty());
}

BOOST_FIXTURE_TEST_CASE(a_deleted_bottom_line_comes_back_with_undo, LimitsFixture) {
    addBottomLine(0, 1, "120000");
    show("Bottom lines");
    selectRow(0);
    press("delete");
    BOOST_TEST(store::BottomLineRepository(*openAgain()).list(kRef).empty());
    BOOST_TEST_REQUIRE(frame->commands().Undo());
    BOOST_TEST(store::BottomLineRepository(*openAgain()).list(kRef).size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
