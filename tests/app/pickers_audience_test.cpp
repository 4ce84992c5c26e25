// The link pickers honour "show to parties": a planted mediator-only interest
// is not listed in the claim dialog while the parties watch, yet the claim's
// link to it survives an edit made in that mode.
#include <boost/test/unit_test.hpp>
#include <wx/checklst.h>

#include "store/record_repository.h"
#include "workspace_fixture.h"

using namespace cg;
using cg::testing::EditingFixture;
using cg::testing::control;
using cg::testing::kRef;

namespace {

struct PlantedFixture : EditingFixture {
    PlantedFixture() {
        store::Database& db = frame->database();
        for (const char* name : {"Zahnarztpraxis Müller", "NordIT Services"}) {
            domain::Party party;
            party.name = name;
            store::PartyRepository(db).add(kRef, party);
        }
        interest(db, "Restore the patient records", domain::Visibility::Everyone);
        interest(db, "PLANTED-SECRET would settle for 40k", domain::Visibility::MediatorOnly);
        domain::BlameClaim claim;
        claim.accuserNo = 1;
        claim.accusedNo = 2;
        claim.allegation = "The backups were never tested";
        claim.interestNos = {1, 2};
        store::ClaimRepository(db).add(kRef, claim);
        frame->workspace().reload(app::ChangedPart::WholeCase);
        show("Blame claims");
        selectRow(0);
    }

    static void interest(store::Database& db, const char* text, domain::Visibility visibility) {
        domain::Interest i;
        i.partyNo = 1;
        i.priority = 1;
        i.description = text;
        i.visibility = visibility;
        store::InterestRepository(db).add(kRef, i);
    }

    // The interests the claim dialog lists, as shown in its picker.
    std::vector<wxString> listedInterests(const wxString& allegation = {}) {
        std::vector<wxString> listed;
        prompts->fillers.push_back([&listed, allegation](wxDialog& d) {
            auto* list = control<wxCheckListBox>(d, "interests");
            for (unsigned i = 0; i < list->GetCount(); ++i) listed.push_back(list->GetString(i));
            if (!allegation.empty()) cg::testing::typeInto(d, "allegation", allegation);
        });
        press("edit");
        return listed;
    }
};

bool mentionsSecret(const std::vector<wxString>& lines) {
    for (const wxString& line : lines)
        if (line.Contains("PLANTED-SECRET")) return true;
    return false;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(PickersHonourAudience)

BOOST_FIXTURE_TEST_CASE(theMediatorPicksFromEveryInterest, PlantedFixture) {
    const auto listed = listedInterests();
    BOOST_TEST(listed.size() == 2u);
    BOOST_TEST(mentionsSecret(listed));
}

BOOST_FIXTURE_TEST_CASE(whileThePartiesWatchAMediatorOnlyInterestIsNotListed, PlantedFixture) {
    frame->setShowToParties(true);
    selectRow(0);
    const auto listed = listedInterests();
    BOOST_TEST(listed.size() == 1u);
    BOOST_TEST(!mentionsSecret(listed));
}

BOOST_FIXTURE_TEST_CASE(anEditWhileThePartiesWatchKeepsTheHiddenLink, PlantedFixture) {
    frame->setShowToParties(true);
    selectRow(0);
    listedInterests("The backups were never restored in a test");
    const auto claim = store::ClaimRepository(*openAgain()).get(kRef, 1);
    BOOST_TEST(claim.allegation == "The backups were never restored in a test");
    BOOST_TEST((claim.interestNos == domain::RecordNos{1, 2}));
}

BOOST_AUTO_TEST_SUITE_END()
