// The controls a clause covers and the one a fact says failed are picked from
// the loaded control catalog, not typed; keys the catalog lacks are kept, and
// without a catalog the keys can still be typed.
#include <boost/test/unit_test.hpp>
#include <wx/checklst.h>
#include <wx/stattext.h>

#include "app/control_picker.h"
#include "app/reference_catalogs.h"
#include "store/record_repository.h"
#include "workspace_fixture.h"

using namespace cg;
using cg::testing::control;
using cg::testing::EditingFixture;
using cg::testing::kRef;
using cg::testing::typeInto;

namespace {

std::vector<wxString> listed(wxDialog& picker) {
    auto* list = control<wxCheckListBox>(picker, "controls");
    std::vector<wxString> labels;
    for (unsigned i = 0; i < list->GetCount(); ++i) labels.push_back(list->GetString(i));
    return labels;
}

// Ticks or clears the line starting with `key` the way a click does.
void tick(wxDialog& picker, const wxString& key, bool checked = true) {
    auto* list = control<wxCheckListBox>(picker, "controls");
    for (unsigned i = 0; i < list->GetCount(); ++i) {
        if (!list->GetString(i).StartsWith(key + wxString::FromUTF8(" — "))) continue;
        list->Check(i, checked);
        wxCommandEvent event(wxEVT_CHECKLISTBOX, list->GetId());
        event.SetEventObject(list);
        event.SetInt(static_cast<int>(i));
        list->GetEventHandler()->ProcessEvent(event);
        return;
    }
    BOOST_FAIL("the picker lists no " << key.utf8_string());
}

// The label as one line: the field wraps it to the form's width.
wxString labelOf(wxDialog& form, const char* name) {
    wxString text = control<wxStaticText>(form, name)->GetLabelText();
    text.Replace("\n", " ");
    return text;
}

void pressPick(wxDialog& form, const char* name) {
    auto* pick = control<wxButton>(form, name);
    BOOST_TEST_REQUIRE(pick->IsEnabled());
    wxCommandEvent click(wxEVT_BUTTON, pick->GetId());
    click.SetEventObject(pick);
    pick->GetEventHandler()->ProcessEvent(click);
}

void describeClause(wxDialog& d) {
    typeInto(d, "document_title", "Managed Services Agreement");
    typeInto(d, "section", "9.2");
    typeInto(d, "text", "The provider enforces multi-factor authentication for all remote access.");
}

const std::vector<domain::ControlEntry>& catalogControls() {
    const auto& controls = app::referenceCatalogs().catalogs.controls;
    BOOST_TEST_REQUIRE(!controls.empty(), "the control catalog did not load from " << app::referenceCatalogs().folder);
    return controls;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ControlPicker)

BOOST_FIXTURE_TEST_CASE(searchingForMfaListsOnlyTheMfaSafeguards, EditingFixture) {
    app::ControlPickerDialog picker(frame, catalogControls(), {}, true);
    const std::size_t all = listed(picker).size();
    BOOST_TEST(all == catalogControls().size());
    typeInto(picker, "search", "mfa");
    const auto shown = listed(picker);
    BOOST_TEST_REQUIRE(!shown.empty());
    BOOST_TEST(shown.size() < all);
    for (const wxString& label : shown) BOOST_TEST(label.Lower().Contains("mfa"), label.utf8_string());
    BOOST_TEST(std::any_of(shown.begin(), shown.end(), [](const wxString& l) {
        return l == wxString::FromUTF8("CIS 6.4 — Require MFA for Remote Network Access");
    }));
    typeInto(picker, "search", "CIS 6.4");
    BOOST_TEST(listed(picker).size() == 1u);
    typeInto(picker, "search", "no such control anywhere");
    BOOST_TEST(listed(picker).empty());
}

BOOST_FIXTURE_TEST_CASE(aTickHiddenBySearchIsStillPicked, EditingFixture) {
    app::ControlPickerDialog picker(frame, catalogControls(), {}, true);
    typeInto(picker, "search", "mfa");
    tick(picker, "CIS 6.4");
    typeInto(picker, "search", "audit");
    tick(picker, "CIS 8.2");
    typeInto(picker, "search", "");
    BOOST_TEST((picker.picked() == std::vector<std::string>{"CIS 6.4", "CIS 8.2"}));
}

BOOST_FIXTURE_TEST_CASE(twoControlsPickedForAClauseAreStoredWithTheClause, EditingFixture) {
    catalogControls();
    show("Contract clauses");
    bool editable = true;
    wxString names;
    prompts->fillers.push_back([&](wxDialog& d) {
        describeClause(d);
        editable = control<wxTextCtrl>(d, "covered_controls")->IsEditable();
        pressPick(d, "pick_controls");
        names = labelOf(d, "covered_control_names");
    });
    prompts->fillers.push_back([](wxDialog& picker) {
        typeInto(picker, "search", "mfa");
        tick(picker, "CIS 6.4");
        tick(picker, "CIS 6.5");
    });
    press("add");
    BOOST_TEST(prompts->errors.empty());
    BOOST_TEST(!editable);
    BOOST_TEST(names.Contains("CIS 6.4: Require MFA for Remote Network Access"));
    BOOST_TEST(names.Contains("CIS 6.5: Require MFA for Administrative Access"));
    const auto clauses = store::ClauseRepository(*openAgain()).list(kRef);
    BOOST_TEST_REQUIRE(clauses.size() == 1u);
    BOOST_TEST((clauses[0].coveredControls == std::vector<std::string>{"CIS 6.4", "CIS 6.5"}));
}

// A clause stored behind the window's back that covers a control the
// catalog does not have ("ISO 27001 A.8.5") beside one it has, selected in
// the Contract clauses section.
struct UnknownControlFixture : EditingFixture {
    void selectClauseCoveringAnUnknownControl() {
        catalogControls();
        domain::ContractClause clause;
        clause.documentTitle = "Managed Services Agreement";
        clause.section = "9.2";
        clause.text = "The provider keeps the agreed controls in place.";
        clause.coveredControls = {"ISO 27001 A.8.5", "CIS 6.4"};
        store::ClauseRepository(frame->database()).add(kRef, clause);
        BOOST_TEST_REQUIRE(frame->openCase(kRef));  // shows the clause stored behind its back
        show("Contract clauses");
        BOOST_TEST_REQUIRE(shownRows() == 1);
        selectRow(0);
    }
};

BOOST_FIXTURE_TEST_CASE(aStoredKeyTheCatalogLacksSurvivesEditingAndShowsAsUnknown, UnknownControlFixture) {
    selectClauseCoveringAnUnknownControl();
    wxString names;
    bool unknownTicked = false;
    prompts->fillers.push_back([&](wxDialog& d) {
        pressPick(d, "pick_controls");
        names = labelOf(d, "covered_control_names");
    });
    prompts->fillers.push_back([&](wxDialog& picker) {
        auto* list = control<wxCheckListBox>(picker, "controls");
        BOOST_TEST_REQUIRE(list->GetCount() > 0u);
        BOOST_TEST(list->GetString(0) == wxString::FromUTF8("ISO 27001 A.8.5 — not in the control catalog"));
        unknownTicked = list->IsChecked(0);
        typeInto(picker, "search", "audit logs");
        tick(picker, "CIS 8.2");
    });
    press("edit");
    BOOST_TEST(prompts->errors.empty());
    BOOST_TEST(unknownTicked);
    BOOST_TEST(names.Contains("ISO 27001 A.8.5: not in the control catalog"), names.utf8_string());
    const auto clauses = store::ClauseRepository(*openAgain()).list(kRef);
    BOOST_TEST_REQUIRE(clauses.size() == 1u);
    BOOST_TEST((clauses[0].coveredControls == std::vector<std::string>{"ISO 27001 A.8.5", "CIS 6.4", "CIS 8.2"}));
}

BOOST_FIXTURE_TEST_CASE(anUnknownKeyUntickedInThePickerIsRemoved, UnknownControlFixture) {
    selectClauseCoveringAnUnknownControl();
    prompts->fillers.push_back([](wxDialog& d) { pressPick(d, "pick_controls"); });
    prompts->fillers.push_back([](wxDialog& picker) { tick(picker, "ISO 27001 A.8.5", false); });
    press("edit");
    const auto clauses = store::ClauseRepository(*openAgain()).list(kRef);
    BOOST_TEST_REQUIRE(clauses.size() == 1u);
    BOOST_TEST((clauses[0].coveredControls == std::vector<std::string>{"CIS 6.4"}));
}

BOOST_FIXTURE_TEST_CASE(theFactDialogsPickStoresOneControlsKey, EditingFixture) {
    catalogControls();
    show("Facts & timeline");
    wxString names;
    prompts->fillers.push_back([&](wxDialog& d) {
        typeInto(d, "description", "Attacker logged in over VPN with a reused password");
        pressPick(d, "pick_failed_control");
        names = labelOf(d, "failed_control_name");
    });
    prompts->fillers.push_back([](wxDialog& picker) {
        typeInto(picker, "search", "mfa");
        tick(picker, "CIS 6.3");
        tick(picker, "CIS 6.4");  // one control only: this replaces 6.3
    });
    press("add");
    BOOST_TEST(prompts->errors.empty());
    BOOST_TEST(names == "CIS 6.4: Require MFA for Remote Network Access");
    const auto facts = store::FactRepository(*openAgain()).list(kRef);
    BOOST_TEST_REQUIRE(facts.size() == 1u);
    BOOST_TEST(facts[0].failedControl == "CIS 6.4");
}

BOOST_FIXTURE_TEST_CASE(aFailedControlInTheSamplesWordingIsKeptWhenItIsNotPickedAgain, EditingFixture) {
    catalogControls();
    domain::BreachFact fact;
    fact.description = "Attacker logged in over VPN with a reused password";
    fact.occurredOn = domain::Date(2026, 1, 10);
    fact.failedControl = "CIS 6.4 Require MFA for Remote Network Access";
    store::FactRepository(frame->database()).add(kRef, fact);
    BOOST_TEST_REQUIRE(frame->openCase(kRef));
    show("Facts & timeline");
    BOOST_TEST_REQUIRE(shownRows() == 1);
    selectRow(0);
    wxString names;
    bool pickedBefore = false;
    prompts->fillers.push_back([&](wxDialog& d) {
        names = labelOf(d, "failed_control_name");
        pressPick(d, "pick_failed_control");
        typeInto(d, "description", "Attacker logged in over the VPN with a reused password");
    });
    prompts->fillers.push_back([&](wxDialog& picker) {
        typeInto(picker, "search", "CIS 6.4");
        BOOST_TEST_REQUIRE(listed(picker).size() == 1u);
        pickedBefore = control<wxCheckListBox>(picker, "controls")->IsChecked(0);
    });
    press("edit");
    BOOST_TEST(prompts->errors.empty());
    BOOST_TEST(names == "CIS 6.4: Require MFA for Remote Network Access");
    BOOST_TEST(pickedBefore);
    const auto facts = store::FactRepository(*openAgain()).list(kRef);
    BOOST_TEST_REQUIRE(facts.size() == 1u);
    BOOST_TEST(facts[0].description == "Attacker logged in over the VPN with a reused password");
    BOOST_TEST(facts[0].failedControl == "CIS 6.4 Require MFA for Remote Network Access");
}

BOOST_FIXTURE_TEST_CASE(withoutACatalogTheKeysAreTypedAndTheFieldSaysSo, EditingFixture) {
    wxDialog form;
    wxXmlResource::Get()->LoadDialog(&form, frame, "ClauseDialog");
    const std::vector<domain::ControlEntry> noCatalog;
    app::ControlPickerField field(&form, "covered_controls", "pick_controls", "covered_control_names", noCatalog, true);
    BOOST_TEST(control<wxTextCtrl>(form, "covered_controls")->IsEditable());
    BOOST_TEST(!control<wxButton>(form, "pick_controls")->IsEnabled());
    BOOST_TEST(labelOf(form, "covered_control_names") ==
               "The control catalog could not be loaded: type the keys (such as CIS 6.4), separated by semicolons.");
    typeInto(form, "covered_controls", " CIS 6.4 ;; NIST CSF PR.AA ");
    BOOST_TEST((field.keys() == std::vector<std::string>{"CIS 6.4", "NIST CSF PR.AA"}));
}

BOOST_AUTO_TEST_SUITE_END()
