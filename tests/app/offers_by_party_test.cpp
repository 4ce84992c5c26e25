// Offers by party: each party's offers made and received in the order they
// were made, with the chain of counter-offers each one closes.
#include <boost/test/unit_test.hpp>

#include "app/record_list_view.h"
#include "app/section_model.h"
#include "store/record_repository.h"
#include "workspace_fixture.h"

using namespace cg;
using cg::testing::EditingFixture;
using cg::testing::kRef;

namespace {

struct OffersFixture : EditingFixture {
    OffersFixture() {
        store::Database& db = frame->database();
        for (const char* name : {"Zahnarztpraxis Müller", "NordIT Services"}) {
            domain::Party party;
            party.name = name;
            store::PartyRepository(db).add(kRef, party);
        }
        // Stored out of time order: the view orders by when they were made.
        offer(db, 1, 2, "2026-03-02T10:00:00Z", std::nullopt, "40000");
        offer(db, 2, 1, "2026-03-02T09:00:00Z", std::nullopt, "120000");
        offer(db, 2, 1, "2026-03-02T11:00:00Z", 1, "90000");
        offer(db, 1, 2, "2026-03-02T12:00:00Z", 3, "60000");
        frame->workspace().reload(app::ChangedPart::WholeCase);
        show("Offers by party");
    }

    static void offer(store::Database& db, domain::RecordNo from, domain::RecordNo to, const char* at,
                      domain::OptionalNo answers, const char* amount) {
        domain::Offer o;
        o.fromPartyNo = from;
        o.toPartyNo = to;
        o.madeAt = domain::Instant::parse(at);
        o.respondsToOfferNo = answers;
        o.amount = domain::Money::parse(amount, "EUR");
        store::OfferRepository(db).add(kRef, o);
    }

    wxString cell(long row, int column) {
        return frame->workspace().sectionPanel().section()->cell(static_cast<std::size_t>(row), column);
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(OffersByParty)

BOOST_FIXTURE_TEST_CASE(eachPartyListsItsOffersMadeAndReceivedInTimeOrder, OffersFixture) {
    BOOST_TEST_REQUIRE(shownRows() == 8);  // every offer under both its parties
    const std::vector<wxString> partyOne{cell(0, 1), cell(1, 1), cell(2, 1), cell(3, 1)};
    BOOST_TEST((partyOne == std::vector<wxString>{"2", "1", "3", "4"}));
    BOOST_TEST(cell(0, 0).Contains(wxString::FromUTF8("Zahnarztpraxis Müller")));
    BOOST_TEST(cell(0, 3) == "received from 2 NordIT Services");
    BOOST_TEST(cell(1, 3) == wxString::FromUTF8("made to 2 NordIT Services"));
    BOOST_TEST(cell(4, 0).Contains("NordIT Services"));
    BOOST_TEST(cell(4, 1) == "2");
    BOOST_TEST(cell(4, 3) == wxString::FromUTF8("made to 1 Zahnarztpraxis Müller"));
}

BOOST_FIXTURE_TEST_CASE(aCounterOfferShowsTheChainItCloses, OffersFixture) {
    BOOST_TEST(cell(1, 6) == "");                       // offer 1 answers nothing
    BOOST_TEST(cell(2, 6) == wxString(L"1 \u2192 3"));          // offer 3 answers 1
    BOOST_TEST(cell(3, 6) == wxString(L"1 \u2192 3 \u2192 4"));  // offer 4 answers 3
}

BOOST_FIXTURE_TEST_CASE(editingARowEditsThatOffer, OffersFixture) {
    selectRow(3);
    prompts->fillers.push_back([](wxDialog& d) { cg::testing::typeInto(d, "terms", "Final offer"); });
    press("edit");
    BOOST_TEST(store::OfferRepository(*openAgain()).get(kRef, 4).terms == "Final offer");
}

BOOST_AUTO_TEST_SUITE_END()
