// Deleting a record others link to: the question names the linking records
// before anything is tried; declining keeps everything, going on shows the
// store's refusal and still keeps everything.
#include <boost/test/unit_test.hpp>

#include "app/linked_delete.h"
#include "store/record_repository.h"
#include "workspace_fixture.h"

using namespace cg;
using cg::testing::EditingFixture;
using cg::testing::kRef;

namespace {

struct LinkedFixture : EditingFixture {
    LinkedFixture() {
        addParty("Bright Smile Dental");
        addInterest("Restore the patient records");
        addInterest("Keep the practice open");
        show("Parties");
        selectRow(0);
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(LinkedDelete)

BOOST_FIXTURE_TEST_CASE(deletingALinkedPartyAsksNamingTheRecordsThatNameIt, LinkedFixture) {
    prompts->answer = false;
    press("delete");
    BOOST_TEST_REQUIRE(prompts->asked.size() == 1u);
    BOOST_TEST(prompts->asked[0] == "Party 1 is named by interest 1 and interest 2. Delete anyway?");
    BOOST_TEST(store::PartyRepository(*openAgain()).list(kRef).size() == 1u);
    BOOST_TEST(prompts->errors.empty());
}

BOOST_FIXTURE_TEST_CASE(goingOnShowsTheStoresRefusalAndKeepsTheParty, LinkedFixture) {
    prompts->answer = true;
    press("delete");
    BOOST_TEST_REQUIRE(prompts->errors.size() == 1u);
    BOOST_TEST(prompts->errors[0].reason.Contains("party 1 cannot be deleted: interest 1 and interest 2 refer to it"));
    BOOST_TEST(store::PartyRepository(*openAgain()).list(kRef).size() == 1u);
    BOOST_TEST(shownRows() == 1);
}

BOOST_FIXTURE_TEST_CASE(aRecordNothingLinksToKeepsTheUsualQuestion, LinkedFixture) {
    show("Interests");
    selectRow(0);
    prompts->answer = true;
    press("delete");
    BOOST_TEST_REQUIRE(prompts->asked.size() == 1u);
    BOOST_TEST(prompts->asked[0].StartsWith("Delete interest 1"));
    BOOST_TEST(store::InterestRepository(*openAgain()).list(kRef).size() == 1u);
}

BOOST_AUTO_TEST_CASE(theListNamesTheFeeSplitAndJoinsTheLastWithAnd) {
    const std::vector<domain::RecordLink> links{{"claim", 1}, {"offer", 3}, {"fee split", 0}};
    BOOST_TEST(app::linkListText(links) == "claim 1, offer 3 and the case's fee split");
}

BOOST_AUTO_TEST_SUITE_END()
