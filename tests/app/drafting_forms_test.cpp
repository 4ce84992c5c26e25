// What the agreement needs from the record forms: who signs for a party and
// where its notices go, when a term is due and its instalments, which must
// add up to the term's amount before OK is enabled.
#include <boost/test/unit_test.hpp>
#include <wx/checkbox.h>
#include <wx/datectrl.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>

#include "app/record_pickers.h"
#include "store/record_repository.h"
#include "workspace_fixture.h"

using namespace cg;
using cg::testing::control;
using cg::testing::EditingFixture;
using cg::testing::kRef;
using cg::testing::typeInto;

namespace {

void press(wxWindow& form, const char* name) {
    auto* button = control<wxButton>(form, name);
    wxCommandEvent click(wxEVT_BUTTON, button->GetId());
    click.SetEventObject(button);
    button->GetEventHandler()->ProcessEvent(click);
}

void addInstalment(wxDialog& d, const domain::Date& due, const wxString& amount) {
    control<wxDatePickerCtrl>(d, "instalment_due")->SetValue(app::toDateTime(due));
    typeInto(d, "instalment_amount", amount);
    press(d, "add_instalment");
}

void fillPayment(wxDialog& d, const wxString& amount) {
    typeInto(d, "description", "Payment towards the restoration costs");
    typeInto(d, "amount", amount);
    typeInto(d, "currency", "USD");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(SignatoriesAndInstalments)

BOOST_FIXTURE_TEST_CASE(partyDialogStoresAndShowsTheSignatoryAndAddress, EditingFixture) {
    show("Parties");
    prompts->fillers.push_back([](wxDialog& d) {
        typeInto(d, "name", wxString::FromUTF8("Zahnarztpraxis Müller"));
        control<wxChoice>(d, "role")->SetSelection(1);
        typeInto(d, "signatory_name", wxString::FromUTF8("Dr. Anna Müller"));
        typeInto(d, "signatory_title", "Inhaberin");
        typeInto(d, "address", wxString::FromUTF8("Hauptstraße 5\n80331 München"));
    });
    press("add");
    BOOST_TEST(prompts->errors.empty());
    const auto parties = store::PartyRepository(*openAgain()).list(kRef);
    BOOST_TEST_REQUIRE(parties.size() == 1u);
    BOOST_TEST(parties[0].signatoryName == "Dr. Anna Müller");
    BOOST_TEST(parties[0].signatoryTitle == "Inhaberin");
    BOOST_TEST(parties[0].address == "Hauptstraße 5\n80331 München");

    wxString shownName, shownTitle, shownAddress;
    selectRow(0);
    prompts->fillers.push_back([&](wxDialog& d) {
        shownName = control<wxTextCtrl>(d, "signatory_name")->GetValue();
        shownTitle = control<wxTextCtrl>(d, "signatory_title")->GetValue();
        shownAddress = control<wxTextCtrl>(d, "address")->GetValue();
    });
    press("edit");
    BOOST_TEST(shownName == wxString::FromUTF8("Dr. Anna Müller"));
    BOOST_TEST(shownTitle == "Inhaberin");
    BOOST_TEST(shownAddress == wxString::FromUTF8("Hauptstraße 5\n80331 München"));
}

BOOST_FIXTURE_TEST_CASE(instalmentsThatDoNotAddUpKeepOkDisabledWithTheReasonShown, EditingFixture) {
    show("Options & terms");
    bool okBefore = false, okAfter = true;
    wxString message;
    long listed = 0;
    prompts->fillers.push_back([&](wxDialog& d) {
        fillPayment(d, "10000");
        okBefore = d.FindWindow(wxID_OK)->IsEnabled();
        addInstalment(d, domain::Date(2026, 6, 1), "4000");
        addInstalment(d, domain::Date(2026, 7, 1), "5000");
        listed = control<wxListCtrl>(d, "instalments")->GetItemCount();
        okAfter = d.FindWindow(wxID_OK)->IsEnabled();
        message = control<wxStaticText>(d, "message")->GetLabelText();
    });
    press("add");
    BOOST_TEST(okBefore);
    BOOST_TEST(listed == 2);
    BOOST_TEST(!okAfter);
    BOOST_TEST(message.Contains("add up to USD 9,000.00"));
    BOOST_TEST(store::OptionRepository(*openAgain()).list(kRef).empty());
}

BOOST_FIXTURE_TEST_CASE(instalmentsThatAddUpAreStoredInDateOrderWithTheDueDate, EditingFixture) {
    show("Options & terms");
    prompts->fillers.push_back([](wxDialog& d) {
        fillPayment(d, "10000");
        control<wxCheckBox>(d, "due_known")->SetValue(true);
        control<wxDatePickerCtrl>(d, "due_on")->SetValue(app::toDateTime(domain::Date(2026, 9, 30)));
        addInstalment(d, domain::Date(2026, 8, 1), "6000");
        addInstalment(d, domain::Date(2026, 6, 1), "4000");  // entered out of order
        typeInto(d, "description", "Payment in two instalments");  // re-checks the form
    });
    press("add");
    BOOST_TEST(prompts->errors.empty());
    const auto options = store::OptionRepository(*openAgain()).list(kRef);
    BOOST_TEST_REQUIRE(options.size() == 1u);
    BOOST_TEST_REQUIRE(options[0].instalments.size() == 2u);
    BOOST_TEST(options[0].instalments[0].dueOn.toString() == "2026-06-01");
    BOOST_TEST(options[0].instalments[0].amount.minorUnits() == 400000);
    BOOST_TEST(options[0].instalments[1].amount.minorUnits() == 600000);
    BOOST_TEST_REQUIRE(options[0].dueOn.has_value());
    BOOST_TEST(options[0].dueOn->toString() == "2026-09-30");
}

BOOST_AUTO_TEST_SUITE_END()
