// Two mediators on one database: what another mediator saves behind the
// window's back is never overwritten by an edit made on the older copy the
// window shows; the window says who changed it and offers to reload.
#include <boost/test/unit_test.hpp>

#include "app/case_workspace_panel.h"
#include "app/record_list_view.h"
#include "app/record_section_panel.h"
#include "store/audit_trail.h"
#include "store/record_repository.h"
#include "workspace_fixture.h"

using namespace cg;
using cg::testing::EditingFixture;
using cg::testing::kRef;
using cg::testing::typeInto;

namespace {

// Maria, at her own desk, changes party 1 and says what she changed it to.
std::string mariaChangesTheSector(const std::string& dbPath) {
    auto maria = store::Database::open(dbPath, "Maria");
    store::PartyRepository parties(*maria);
    domain::Party party = parties.get(kRef, 1);
    party.sector = "Dental practice";
    parties.update(kRef, party);
    const std::string at = parties.stamp(kRef, 1).changedAt.value().toString();
    return at.substr(0, 10) + " " + at.substr(11, 5) + " UTC";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ConcurrentEditing)

BOOST_FIXTURE_TEST_CASE(anEditOverAnotherMediatorsChangeIsRefusedAndOffersAReload, EditingFixture) {
    addParty(wxString::FromUTF8("Praxis Müller"));
    const std::string when = mariaChangesTheSector(dbPath);

    selectRow(0);
    prompts->goOn = true;  // the mediator chooses Reload
    prompts->fillers.push_back([](wxDialog& d) { typeInto(d, "name", wxString::FromUTF8("Praxis Dr. Müller")); });
    press("edit");
    BOOST_TEST_REQUIRE(prompts->warnings.size() == 1u);
    BOOST_TEST(prompts->warnings[0] ==
               wxString::FromUTF8("Could not save party 1 of case " + std::string(kRef) +
                                  ": Maria changed it at " + when +
                                  " (version 2) after you opened it; nothing was saved. Reload "
                                  "the case to see Maria's change."));
    BOOST_TEST(prompts->errors.empty());
    const domain::Party stored = store::PartyRepository(*openAgain()).get(kRef, 1);
    BOOST_TEST(stored.name == "Praxis Müller");
    BOOST_TEST(stored.sector == "Dental practice");
    BOOST_TEST(frame->commands().GetCurrentCommand()->GetName() == "Add party");
    // Reloaded: the window shows Maria's change.
    BOOST_TEST(frame->workspace().record().parties.at(0).sector == "Dental practice");

    // The same edit on the reloaded party goes through and keeps her change.
    selectRow(0);
    prompts->fillers.push_back([](wxDialog& d) { typeInto(d, "name", wxString::FromUTF8("Praxis Dr. Müller")); });
    press("edit");
    BOOST_TEST(prompts->warnings.size() == 1u);
    const domain::Party saved = store::PartyRepository(*openAgain()).get(kRef, 1);
    BOOST_TEST(saved.name == "Praxis Dr. Müller");
    BOOST_TEST(saved.sector == "Dental practice");

    // Undo uses the version the edit made, so it goes through too.
    BOOST_TEST(frame->commands().Undo());
    BOOST_TEST(store::PartyRepository(*openAgain()).get(kRef, 1).name == "Praxis Müller");
    BOOST_TEST(store::PartyRepository(*openAgain()).get(kRef, 1).sector == "Dental practice");
    BOOST_TEST(frame->commands().Redo());
    BOOST_TEST(store::PartyRepository(*openAgain()).get(kRef, 1).name == "Praxis Dr. Müller");
}

BOOST_FIXTURE_TEST_CASE(deletingARecordAnotherMediatorChangedIsRefused, EditingFixture) {
    addParty(wxString::FromUTF8("Praxis Müller"));
    mariaChangesTheSector(dbPath);
    selectRow(0);
    prompts->goOn = false;
    press("delete");
    BOOST_TEST(prompts->warnings.size() == 1u);
    BOOST_TEST(prompts->warnings.back().StartsWith("Could not delete party 1 of case "));
    BOOST_TEST(store::PartyRepository(*openAgain()).list(kRef).size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
