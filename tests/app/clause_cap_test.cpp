// The liability-cap editor of the clause dialog: shown only for a
// limitation-of-liability clause, checked by the domain's rules as it is
// typed, and stored with the clause.
#include <boost/test/unit_test.hpp>
#include <wx/choice.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>

#include "app/enum_choice.h"
#include "store/record_repository.h"
#include "workspace_fixture.h"

using namespace cg;
using cg::testing::EditingFixture;
using cg::testing::control;
using cg::testing::kRef;
using cg::testing::typeInto;

namespace {

void choose(wxWindow& form, const char* name, int index) {
    auto* choice = control<wxChoice>(form, name);
    choice->SetSelection(index);
    wxCommandEvent event(wxEVT_CHOICE, choice->GetId());
    event.SetEventObject(choice);
    event.SetInt(index);
    choice->ProcessWindowEvent(event);
}

void spin(wxWindow& form, const char* name, int value) {
    auto* control = cg::testing::control<wxSpinCtrl>(form, name);
    control->SetValue(value);
    wxSpinEvent event(wxEVT_SPINCTRL, control->GetId());
    event.SetEventObject(control);
    event.SetPosition(value);
    control->ProcessWindowEvent(event);
}

int limitationKind() {
    const auto values = domain::allValues<domain::ClauseKind>();
    for (std::size_t i = 0; i < values.size(); ++i)
        if (values[i] == domain::ClauseKind::LimitationOfLiability) return static_cast<int>(i);
    return -1;
}

void describeClause(wxDialog& d) {
    typeInto(d, "document_title", "Managed Services Agreement");
    typeInto(d, "section", "12.2");
    typeInto(d, "text", "Liability is limited to the fees paid in the twelve months before the claim.");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ClauseCap)

BOOST_FIXTURE_TEST_CASE(aFeesLookbackCapIsEditedAndStoredWithTheClause, EditingFixture) {
    show("Contract clauses");
    bool shownBefore = true, shownAfter = false;
    wxString result;
    prompts->fillers.push_back([&](wxDialog& d) {
        describeClause(d);
        shownBefore = control<wxPanel>(d, "cap_panel")->IsShown();
        choose(d, "kind", limitationKind());
        shownAfter = control<wxPanel>(d, "cap_panel")->IsShown();
        choose(d, "cap_basis", 2);
        typeInto(d, "cap_monthly_fees", "5000");
        typeInto(d, "cap_currency", "EUR");
        spin(d, "cap_lookback_months", 12);
        spin(d, "cap_multiplier_percent", 200);
        typeInto(d, "cap_carve_outs", "gross negligence; breach of confidentiality");
        result = control<wxStaticText>(d, "cap_result")->GetLabel();
    });
    press("add");
    BOOST_TEST(!shownBefore);
    BOOST_TEST(shownAfter);
    BOOST_TEST(result.Contains("120,000.00"));
    const auto clauses = store::ClauseRepository(*openAgain()).list(kRef);
    BOOST_TEST_REQUIRE(clauses.size() == 1u);
    BOOST_TEST_REQUIRE(clauses[0].cap.has_value());
    const domain::LiabilityCap& cap = *clauses[0].cap;
    BOOST_TEST((cap.basis == domain::CapBasis::FeesLookback));
    BOOST_TEST(cap.monthlyFees.amountText() == "5000.00");
    BOOST_TEST(cap.lookbackMonths == 12);
    BOOST_TEST(cap.multiplierPercent == 200);
    BOOST_TEST((cap.carveOuts == std::vector<std::string>{"gross negligence", "breach of confidentiality"}));
}

BOOST_FIXTURE_TEST_CASE(aLookbackOutsideTheRuleKeepsOkDisabledWithTheRulesMessage, EditingFixture) {
    show("Contract clauses");
    bool okEnabled = true;
    wxString message;
    prompts->fillers.push_back([&](wxDialog& d) {
        describeClause(d);
        choose(d, "kind", limitationKind());
        choose(d, "cap_basis", 2);
        typeInto(d, "cap_monthly_fees", "5000");
        spin(d, "cap_lookback_months", 240);
        okEnabled = d.FindWindow(wxID_OK)->IsEnabled();
        message = control<wxStaticText>(d, "message")->GetLabelText();
    });
    press("add");
    BOOST_TEST(!okEnabled);
    BOOST_TEST(message.ToStdString() == "Look-back of 240 months is outside 1 to 120 months");
    BOOST_TEST(store::ClauseRepository(*openAgain()).list(kRef).empty());
}

BOOST_FIXTURE_TEST_CASE(aFixedCapWithoutAnAmountIsRefusedInline, EditingFixture) {
    show("Contract clauses");
    bool okEnabled = true;
    wxString message;
    prompts->fillers.push_back([&](wxDialog& d) {
        describeClause(d);
        choose(d, "kind", limitationKind());
        choose(d, "cap_basis", 1);
        okEnabled = d.FindWindow(wxID_OK)->IsEnabled();
        message = control<wxStaticText>(d, "message")->GetLabelText();
    });
    press("add");
    BOOST_TEST(!okEnabled);
    BOOST_TEST(message == "Enter the amount of the cap.");
    BOOST_TEST(store::ClauseRepository(*openAgain()).list(kRef).empty());
}

BOOST_AUTO_TEST_SUITE_END()
