// The record dialogs validate as the mediator types: OK stays disabled and an
// inline message says what is missing until the record is valid.
#include <boost/test/unit_test.hpp>
#include <wx/choice.h>
#include <wx/stattext.h>

#include "app/case_dialog.h"
#include "app/interest_dialog.h"
#include "app/party_dialog.h"
#include "app_fixture.h"

using namespace cg;
using cg::testing::control;
using cg::testing::typeInto;

BOOST_AUTO_TEST_SUITE(RecordDialogs)

BOOST_AUTO_TEST_CASE(partyDialogKeepsOkDisabledUntilTheNameIsGiven) {
    app::PartyDialog dialog(nullptr, domain::Party{});
    dialog.InitDialog();
    wxWindow* ok = dialog.FindWindow(wxID_OK);
    BOOST_TEST(!ok->IsEnabled());
    BOOST_TEST(control<wxStaticText>(dialog, "message")->GetLabel().utf8_string() == "Name is required");

    typeInto(dialog, "name", wxString::FromUTF8("Zahnarztpraxis Müller"));
    BOOST_TEST(ok->IsEnabled());
    BOOST_TEST(control<wxStaticText>(dialog, "message")->GetLabel().empty());

    typeInto(dialog, "name", "   ");
    BOOST_TEST(!ok->IsEnabled());
}

BOOST_AUTO_TEST_CASE(partyDialogGivesBackWhatWasEntered) {
    domain::Party existing;
    existing.no = 4;
    existing.name = "Kessler IT";
    app::PartyDialog dialog(nullptr, existing);
    dialog.InitDialog();
    BOOST_TEST(control<wxTextCtrl>(dialog, "name")->GetValue() == "Kessler IT");
    typeInto(dialog, "name", wxString::FromUTF8("Kessler IT Services GmbH"));
    control<wxChoice>(dialog, "role")->SetSelection(1);  // respondent
    typeInto(dialog, "counsel", "Dr. Weber");
    BOOST_TEST_REQUIRE(dialog.TransferDataFromWindow());
    BOOST_TEST(dialog.party().no == 4);
    BOOST_TEST(dialog.party().name == "Kessler IT Services GmbH");
    BOOST_TEST((dialog.party().role == domain::PartyRole::Respondent));
    BOOST_TEST(dialog.party().counsel == "Dr. Weber");
}

BOOST_AUTO_TEST_CASE(interestDialogNeedsAPartyAndADescription) {
    domain::Party party;
    party.no = 1;
    party.name = "Clinic";
    app::InterestDialog dialog(nullptr, domain::Interest{}, {party});
    dialog.InitDialog();
    wxWindow* ok = dialog.FindWindow(wxID_OK);
    BOOST_TEST(!ok->IsEnabled());
    BOOST_TEST(control<wxStaticText>(dialog, "message")->GetLabel() == "Choose whose interest this is.");

    control<wxChoice>(dialog, "party")->SetSelection(0);
    typeInto(dialog, "description", "x");  // text event re-checks the whole form
    typeInto(dialog, "description", "");
    BOOST_TEST(!ok->IsEnabled());
    BOOST_TEST(control<wxStaticText>(dialog, "message")->GetLabel() == "Description is required");

    typeInto(dialog, "description", "Keep patients' trust");
    BOOST_TEST(ok->IsEnabled());
}

BOOST_AUTO_TEST_CASE(caseDialogRejectsAnUnknownCurrencyShape) {
    domain::Case head;
    head.reference = "CG-2026-0009";
    head.title = "Test";
    head.openedOn = domain::Date(2026, 3, 1);
    app::CaseDialog dialog(nullptr, head, true);
    dialog.InitDialog();
    wxWindow* ok = dialog.FindWindow(wxID_OK);
    BOOST_TEST(ok->IsEnabled());
    typeInto(dialog, "currency", "EURO");
    BOOST_TEST(!ok->IsEnabled());
    BOOST_TEST(!control<wxStaticText>(dialog, "message")->GetLabel().empty());
    typeInto(dialog, "currency", "eur");
    BOOST_TEST(ok->IsEnabled());
    BOOST_REQUIRE(dialog.TransferDataFromWindow());
    BOOST_TEST(dialog.head().currency == "EUR");
}

BOOST_AUTO_TEST_SUITE_END()
