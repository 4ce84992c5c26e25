// View > Audit trail…: the open case's trail newest first, narrowed by the
// filter, and whether its seals still check out, read through the window a
// mediator uses.
#include <chrono>
#include <sqlite3.h>

#include <boost/test/unit_test.hpp>
#include <wx/listctrl.h>
#include <wx/menu.h>

#include "app/audit_trail_dialog.h"
#include "store/record_repository.h"
#include "workspace_fixture.h"

using namespace cg;
using cg::testing::control;
using cg::testing::EditingFixture;
using cg::testing::kRef;
using cg::testing::typeInto;

namespace {

enum Column { kWhen, kWho, kAction, kRecord, kChange };

struct AuditFixture : EditingFixture {
    // Opens the dialog through the menu, as a click on View > Audit trail…
    // does, and hands it to `look` while it is shown.
    void openTrail(std::function<void(app::AuditTrailDialog&)> look) {
        bool shown = false;
        prompts->fillers.push_back([&](wxDialog& d) {
            auto* trail = dynamic_cast<app::AuditTrailDialog*>(&d);
            BOOST_TEST_REQUIRE(trail != nullptr, "the menu opened another dialog");
            shown = true;
            look(*trail);
        });
        wxCommandEvent click(wxEVT_MENU, XRCID("audit_trail"));
        frame->GetEventHandler()->ProcessEvent(click);
        BOOST_TEST_REQUIRE(shown);
    }

    bool menuEnabled() {
        frame->UpdateWindowUI(wxUPDATE_UI_RECURSE);
        return frame->GetMenuBar()->IsEnabled(XRCID("audit_trail"));
    }

    // Changes the file behind the store's back, as someone with the file and
    // an SQLite shell could.
    void rawSql(const std::string& statement) {
        sqlite3* raw = nullptr;
        BOOST_TEST_REQUIRE(sqlite3_open(dbPath.c_str(), &raw) == SQLITE_OK);
        char* error = nullptr;
        const int rc = sqlite3_exec(raw, statement.c_str(), nullptr, nullptr, &error);
        const std::string message = error ? error : "";
        sqlite3_free(error);
        sqlite3_close(raw);
        BOOST_TEST_REQUIRE(rc == SQLITE_OK, message);
    }
};

wxString cell(app::AuditTrailDialog& d, long row, Column column) { return d.entries().GetItemText(row, column); }

}  // namespace

BOOST_AUTO_TEST_SUITE(AuditTrailDialog)

BOOST_FIXTURE_TEST_CASE(aPartyAddedThroughTheWindowIsTheNewestEntryNamingWhoAndWhat, AuditFixture) {
    addParty("Bright Smile Dental");
    openTrail([](app::AuditTrailDialog& d) {
        BOOST_TEST_REQUIRE(d.entries().GetItemCount() >= 2);  // the case, then the party
        BOOST_TEST(cell(d, 0, kWho) == "test mediator");
        BOOST_TEST(cell(d, 0, kAction) == _("created"));
        BOOST_TEST(cell(d, 0, kRecord) == "party 1");
        BOOST_TEST(cell(d, 0, kChange).Contains("Bright Smile Dental"));
        BOOST_TEST(cell(d, d.entries().GetItemCount() - 1, kRecord) == "case");
        // The newest entry is selected and shown in full below the list.
        BOOST_TEST(d.details().Contains("test mediator"));
        BOOST_TEST(d.details().Contains("party 1"));
        BOOST_TEST(d.details().Contains("Bright Smile Dental"));
        BOOST_TEST(d.sealsText().StartsWith(_("The seals of this case's")));
    });
}

BOOST_FIXTURE_TEST_CASE(aChangeShowsBeforeAndAfterInFullBelowTheShortenedList, AuditFixture) {
    addParty("Bright Smile Dental");
    auto party = store::PartyRepository(frame->database()).get(kRef, 1);
    const std::string longSector(150, 'x');
    party.sector = "Dentistry and " + longSector;
    store::PartyRepository(frame->database()).update(kRef, party);
    openTrail([&](app::AuditTrailDialog& d) {
        BOOST_TEST(cell(d, 0, kAction) == _("changed"));
        BOOST_TEST(cell(d, 0, kChange).StartsWith("sector: IT services"));
        BOOST_TEST(cell(d, 0, kChange).length() <= 90u);
        BOOST_TEST(d.details().Contains("sector: IT services → Dentistry and xxx"));
        // Picking an older entry shows that one below.
        d.select(1);
        BOOST_TEST(d.details().Contains(_("created")));
    });
}

BOOST_FIXTURE_TEST_CASE(theFilterNarrowsTheListToWhoOrRecordText, AuditFixture) {
    addParty("Bright Smile Dental");
    addParty("Northwind Managed IT");
    openTrail([](app::AuditTrailDialog& d) {
        const long all = d.entries().GetItemCount();
        BOOST_TEST(all == 3);
        typeInto(d, "filter", "northwind");
        BOOST_TEST(d.entries().GetItemCount() == 1);
        BOOST_TEST(cell(d, 0, kChange).Contains("Northwind Managed IT"));
        BOOST_TEST(d.details().Contains("Northwind Managed IT"));
        typeInto(d, "filter", "party");
        BOOST_TEST(d.entries().GetItemCount() == 2);
        typeInto(d, "filter", "Mallory");
        BOOST_TEST(d.entries().GetItemCount() == 0);
        BOOST_TEST(d.details().empty());
        typeInto(d, "filter", "TEST MEDIATOR");
        BOOST_TEST(d.entries().GetItemCount() == all);
        typeInto(d, "filter", "");
        BOOST_TEST(d.entries().GetItemCount() == all);
    });
}

BOOST_FIXTURE_TEST_CASE(anEntryEditedBehindTheStoresBackIsReportedInTheDialog, AuditFixture) {
    addParty("Bright Smile Dental");
    rawSql("UPDATE audit_log SET actor = 'Mallory' WHERE record_kind = 'party'");
    openTrail([](app::AuditTrailDialog& d) {
        BOOST_TEST(d.sealsText().StartsWith(_("The audit trail's seals do NOT check out")));
        BOOST_TEST(d.sealsText().Contains(wxString("(case ") + kRef + ", party 1 create by Mallory at "));
        // The entry is still shown as it now reads, for the mediator to see.
        BOOST_TEST(cell(d, 0, kWho) == "Mallory");
    });
}

BOOST_FIXTURE_TEST_CASE(anotherCasesEditedEntryIsNamedWithoutBlamingThisCasesTrail, AuditFixture) {
    domain::Case other;
    other.reference = "CG-2026-0043";
    other.title = "Retailer v. Payment processor";
    other.openedOn = domain::Date(2026, 2, 2);
    store::CaseRepository(frame->database()).create(other);
    addParty("Bright Smile Dental");
    rawSql("UPDATE audit_log SET actor = 'Mallory' WHERE case_reference = 'CG-2026-0043'");
    openTrail([](app::AuditTrailDialog& d) {
        BOOST_TEST(d.sealsText().StartsWith(_("The seals of this case's")));
        BOOST_TEST(d.sealsText().Contains("(case CG-2026-0043, case create by Mallory at "));
        BOOST_TEST(d.entries().GetItemCount() == 2);
    });
}

BOOST_FIXTURE_TEST_CASE(anEntryRemovedFromTheEndIsReportedInTheDialog, AuditFixture) {
    addParty("Bright Smile Dental");
    rawSql("DELETE FROM audit_log WHERE record_kind = 'party'");
    openTrail([](app::AuditTrailDialog& d) {
        BOOST_TEST(d.sealsText().StartsWith(_("The audit trail's seals do NOT check out")));
        BOOST_TEST(d.sealsText().Contains("removed from its end"));
        BOOST_TEST(d.entries().GetItemCount() == 1);
    });
}

BOOST_FIXTURE_TEST_CASE(theMenuItemNeedsAnOpenCaseAndTheMediatorsView, AuditFixture) {
    BOOST_TEST(menuEnabled());
    frame->setShowToParties(true);
    BOOST_TEST(!menuEnabled());
    frame->setShowToParties(false);
    frame->showCaseList();
    BOOST_TEST(!menuEnabled());
}

// Issue 6's trail for a busy case: 5,000 entries load, show and filter at
// once. The figure is printed with --log_level=message.
BOOST_FIXTURE_TEST_CASE(aTrailOfFiveThousandEntriesOpensWithinASecond, AuditFixture) {
    addParty("Bright Smile Dental");
    store::PartyRepository parties(frame->database());
    auto party = parties.get(kRef, 1);
    for (int i = 0; i < 4998; ++i) {
        party.sector = "sector " + std::to_string(i);
        parties.update(kRef, party);
    }
    const auto start = std::chrono::steady_clock::now();
    app::AuditTrailDialog dialog(frame, frame->database(), kRef);
    dialog.Show();
    cg::testing::flushEvents();
    const double openMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    BOOST_TEST(dialog.entries().GetItemCount() == 5000);
    const auto filterStart = std::chrono::steady_clock::now();
    dialog.filter("sector 4997");
    const double filterMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - filterStart).count();
    BOOST_TEST(dialog.entries().GetItemCount() == 1);
    BOOST_TEST_MESSAGE("audit trail of 5000 entries: opened in " << openMs << " ms, filtered in " << filterMs
                                                                 << " ms");
    BOOST_TEST(openMs < 1000.0);
    BOOST_TEST(filterMs < 500.0);
    dialog.Hide();
}

BOOST_AUTO_TEST_SUITE_END()
