// Editing in the workspace: a party and an interest added through the real
// dialogs (by pressing the section's Add button) are in the database at
// once; undo and redo take them out and put them back; deleting a party that
// an interest names says so and keeps the party.
#include <boost/test/unit_test.hpp>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/spinctrl.h>

#include "app/case_list_panel.h"
#include "app/case_workspace_panel.h"
#include "app/record_list_view.h"
#include "app/record_section_panel.h"
#include "app/section_model.h"
#include "workspace_fixture.h"
#include "store/case_repository.h"
#include "store/record_repository.h"
#include "support/case_builder.h"

using namespace cg;
using cg::testing::AppFixture;
using cg::testing::control;
using cg::testing::typeInto;

using cg::testing::EditingFixture;
using cg::testing::kRef;

BOOST_AUTO_TEST_SUITE(WorkspaceEditing)

BOOST_FIXTURE_TEST_CASE(partyAndInterestAddedThroughTheDialogsAreStored, EditingFixture) {
    addParty(wxString::FromUTF8("Kessler IT Services GmbH"));
    BOOST_TEST(shownRows() == 1);
    addInterest("Restore the practice's systems within a week");
    BOOST_TEST(shownRows() == 1);
    BOOST_TEST(prompts->errors.empty());

    auto db = openAgain();
    const auto parties = store::PartyRepository(*db).list(kRef);
    BOOST_TEST_REQUIRE(parties.size() == 1u);
    BOOST_TEST(parties[0].name == "Kessler IT Services GmbH");
    BOOST_TEST((parties[0].role == domain::PartyRole::Respondent));
    BOOST_TEST(parties[0].sector == "IT services");
    const auto interests = store::InterestRepository(*db).list(kRef);
    BOOST_TEST_REQUIRE(interests.size() == 1u);
    BOOST_TEST(interests[0].partyNo == parties[0].no);
    BOOST_TEST(interests[0].priority == 1);
    BOOST_TEST(interests[0].description == "Restore the practice's systems within a week");
}

BOOST_FIXTURE_TEST_CASE(undoRemovesThemAndRedoPutsThemBack, EditingFixture) {
    addParty("NetSecure MSP");
    addInterest("Keep the contract");
    BOOST_TEST(frame->commands().Undo());
    BOOST_TEST(store::InterestRepository(*openAgain()).list(kRef).empty());
    BOOST_TEST(store::PartyRepository(*openAgain()).list(kRef).size() == 1u);
    BOOST_TEST(frame->commands().Undo());
    BOOST_TEST(store::PartyRepository(*openAgain()).list(kRef).empty());
    show("Parties");
    BOOST_TEST(shownRows() == 0);

    BOOST_TEST(frame->commands().Redo());
    BOOST_TEST(frame->commands().Redo());
    BOOST_TEST(store::PartyRepository(*openAgain()).list(kRef).size() == 1u);
    BOOST_TEST(store::InterestRepository(*openAgain()).list(kRef).size() == 1u);
    show("Interests");
    BOOST_TEST(shownRows() == 1);
}

BOOST_FIXTURE_TEST_CASE(editingAPartyIsUndoneToTheOldValues, EditingFixture) {
    addParty("Old Name Ltd");
    selectRow(0);
    prompts->fillers.push_back([](wxDialog& d) { typeInto(d, "name", "New Name Ltd"); });
    press("edit");
    BOOST_TEST(store::PartyRepository(*openAgain()).list(kRef).at(0).name == "New Name Ltd");
    BOOST_TEST(frame->workspace().sectionPanel().list().GetItemText(0, 1) == "New Name Ltd");
    frame->commands().Undo();
    BOOST_TEST(store::PartyRepository(*openAgain()).list(kRef).at(0).name == "Old Name Ltd");
    BOOST_TEST(frame->workspace().sectionPanel().list().GetItemText(0, 1) == "Old Name Ltd");
}

BOOST_FIXTURE_TEST_CASE(deletingAPartyAnInterestNamesSaysWhatLinksToIt, EditingFixture) {
    addParty("Clinic");
    addInterest("Recover the ransom");
    show("Parties");
    selectRow(0);
    press("delete");
    BOOST_TEST(prompts->questions == 1);
    BOOST_TEST_REQUIRE(prompts->errors.size() == 1u);
    BOOST_TEST(prompts->errors[0].headline.Contains("party"));
    BOOST_TEST(prompts->errors[0].reason.utf8_string() == "party 1 cannot be deleted: interest 1 refers to it");
    BOOST_TEST(store::PartyRepository(*openAgain()).list(kRef).size() == 1u);
    BOOST_TEST(shownRows() == 1);
    // The refused delete is not on the undo stack: undo takes back the interest.
    frame->commands().Undo();
    BOOST_TEST(store::InterestRepository(*openAgain()).list(kRef).empty());
}

BOOST_FIXTURE_TEST_CASE(cancellingTheDeleteQuestionKeepsTheParty, EditingFixture) {
    addParty("Clinic");
    show("Parties");
    selectRow(0);
    prompts->answer = false;
    press("delete");
    BOOST_TEST(store::PartyRepository(*openAgain()).list(kRef).size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
