// The record forms beyond parties and interests: amounts are read as money in
// minor units and refused when they are not numbers; links are picked from
// check lists and stored as links.
#include <boost/test/unit_test.hpp>
#include <wx/checklst.h>
#include <wx/stattext.h>

#include "app/fact_timeline.h"
#include "store/record_repository.h"
#include "workspace_fixture.h"

using namespace cg;
using cg::testing::control;
using cg::testing::EditingFixture;
using cg::testing::kRef;
using cg::testing::typeInto;

BOOST_AUTO_TEST_SUITE(RecordForms)

BOOST_FIXTURE_TEST_CASE(lossAddedThroughItsDialogIsStoredInMinorUnits, EditingFixture) {
    addParty("Clinic");
    show("Losses");
    prompts->fillers.push_back([](wxDialog& d) {
        control<wxChoice>(d, "party")->SetSelection(0);
        typeInto(d, "description", "Forensic investigation");
        typeInto(d, "low", "12,500.50");
        typeInto(d, "high", "40000");
        typeInto(d, "currency", "usd");
    });
    press("add");
    BOOST_TEST(prompts->errors.empty());
    const auto losses = store::LossRepository(*openAgain()).list(kRef);
    BOOST_TEST_REQUIRE(losses.size() == 1u);
    BOOST_TEST(losses[0].low.minorUnits() == 1250050);
    BOOST_TEST(losses[0].high.minorUnits() == 4000000);
    BOOST_TEST(losses[0].high.currency() == "USD");
    BOOST_TEST(shownRows() == 1);
}

BOOST_FIXTURE_TEST_CASE(anAmountThatIsNotANumberKeepsOkDisabledAndSavesNothing, EditingFixture) {
    addParty("Clinic");
    show("Losses");
    wxString message;
    bool okEnabled = true;
    prompts->fillers.push_back([&](wxDialog& d) {
        control<wxChoice>(d, "party")->SetSelection(0);
        typeInto(d, "description", "Legal fees");
        typeInto(d, "low", "twelve");
        typeInto(d, "high", "40000");
        message = control<wxStaticText>(d, "message")->GetLabelText();
        okEnabled = d.FindWindow(wxID_OK)->IsEnabled();
    });
    press("add");
    BOOST_TEST(!okEnabled);
    BOOST_TEST(!message.empty());
    BOOST_TEST(store::LossRepository(*openAgain()).list(kRef).empty());
}

BOOST_FIXTURE_TEST_CASE(aBlameClaimsFactsArePickedFromAListAndStoredAsLinks, EditingFixture) {
    addParty("Clinic");
    addParty("MSP");
    show("Facts & timeline");
    prompts->fillers.push_back([](wxDialog& d) { typeInto(d, "description", "Backups failed silently for months"); });
    press("add");
    show("Facts & timeline");
    prompts->fillers.push_back([](wxDialog& d) { typeInto(d, "description", "Ransom note found"); });
    press("add");
    BOOST_TEST(store::FactRepository(*openAgain()).list(kRef).size() == 2u);
    BOOST_TEST(frame->workspace().sectionPanel().timeline().markCount() == 2u);  // occurred; none discovered

    show("Blame claims");
    prompts->fillers.push_back([](wxDialog& d) {
        control<wxChoice>(d, "accuser")->SetSelection(0);
        control<wxChoice>(d, "accused")->SetSelection(1);
        typeInto(d, "allegation", "Let the backups die");
        auto* facts = control<wxCheckListBox>(d, "facts");
        BOOST_TEST_REQUIRE(facts->GetCount() == 2u);
        facts->Check(1);
        typeInto(d, "amount", "250000");  // a change event re-checks the form
    });
    press("add");
    BOOST_TEST(prompts->errors.empty());
    const auto claims = store::ClaimRepository(*openAgain()).list(kRef);
    BOOST_TEST_REQUIRE(claims.size() == 1u);
    BOOST_TEST(claims[0].accuserNo == 1);
    BOOST_TEST(claims[0].accusedNo == 2);
    BOOST_TEST(claims[0].factNos == domain::RecordNos{2}, boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(claims[0].amountClaimed.has_value());
    BOOST_TEST(claims[0].amountClaimed->minorUnits() == 25000000);
}

BOOST_FIXTURE_TEST_CASE(aClaimAgainstOneselfIsRefusedInline, EditingFixture) {
    addParty("Clinic");
    show("Blame claims");
    bool okEnabled = true;
    prompts->fillers.push_back([&](wxDialog& d) {
        control<wxChoice>(d, "accuser")->SetSelection(0);
        control<wxChoice>(d, "accused")->SetSelection(0);
        typeInto(d, "allegation", "Blames itself");
        okEnabled = d.FindWindow(wxID_OK)->IsEnabled();
    });
    press("add");
    BOOST_TEST(!okEnabled);
    BOOST_TEST(store::ClaimRepository(*openAgain()).list(kRef).empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(Sessions)

BOOST_FIXTURE_TEST_CASE(aCaucusNoteIsConfidentialByDefaultAndHiddenFromParties, EditingFixture) {
    addParty("Clinic");
    show("Sessions & notes");
    prompts->fillers.push_back([](wxDialog& d) {
        control<wxChoice>(d, "kind")->SetSelection(1);  // caucus
        control<wxChoice>(d, "caucus_party")->SetSelection(1);
        typeInto(d, "participants", wxString::FromUTF8("Dr. Müller\nMs. Aydın"));
    });
    press("add");
    BOOST_TEST(prompts->errors.empty());
    BOOST_TEST_REQUIRE(shownRows() == 1);  // the session, no notes yet

    selectRow(0);
    prompts->fillers.push_back([](wxDialog& d) { typeInto(d, "text", "MARKER-CAUCUS would settle at 60k"); });
    press("edit");
    const auto sessions = store::SessionRepository(*openAgain()).list(kRef);
    BOOST_TEST_REQUIRE(sessions.size() == 1u);
    BOOST_TEST((sessions[0].kind == domain::SessionKind::Caucus));
    BOOST_TEST(sessions[0].participants.size() == 2u);
    BOOST_TEST_REQUIRE(sessions[0].notes.size() == 1u);
    BOOST_TEST((sessions[0].notes[0].visibility == domain::Visibility::PartyAndMediator));
    BOOST_TEST(frame->workspace().sectionPanel().list().GetItemText(0, 7).Contains("CONFIDENTIAL"));

    frame->setShowToParties(true);
    show("Sessions & notes");
    BOOST_TEST(shownRows() == 0);
    frame->setShowToParties(false);

    frame->commands().Undo();
    BOOST_TEST(store::SessionRepository(*openAgain()).list(kRef).at(0).notes.empty());
}

BOOST_AUTO_TEST_SUITE_END()
