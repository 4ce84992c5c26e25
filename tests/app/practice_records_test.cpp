// The practice records of a case through their real dialogs: participants
// (with the conflict check at intake), exhibits (the file read, fingerprinted
// and stored, hidden when confidential and the parties are watching), time
// entries, expenses, and the fee split that must add up to 100 %.
#include <fstream>

#include <boost/test/unit_test.hpp>
#include <wx/listctrl.h>
#include <wx/stattext.h>

#include "app/exhibit_dialog.h"
#include "app/fees_summary_panel.h"
#include "app/section_model.h"
#include "store/exhibit_contents.h"
#include "store/record_repository.h"
#include "domain/sha256.h"
#include "workspace_fixture.h"

using namespace cg;
using cg::testing::control;
using cg::testing::EditingFixture;
using cg::testing::kRef;
using cg::testing::tick;
using cg::testing::typeInto;

namespace {

// Another case in which counsel of the new case already appears.
void recordOtherCaseWithParty(store::Database& db, const std::string& partyName) {
    domain::Case head;
    head.reference = "CG-2025-0007";
    head.title = "Dental group v. cloud host";
    head.openedOn = domain::Date(2025, 5, 1);
    store::CaseRepository(db).create(head);
    domain::Party party;
    party.name = partyName;
    store::PartyRepository(db).add(head.reference, party);
}

void fillParticipant(wxDialog& d) {
    typeInto(d, "name", "Rebecca Lowenstein");
    typeInto(d, "organisation", "Lowenstein Ferraro LLP");
    control<wxChoice>(d, "party")->SetSelection(1);  // after "(none)"
    typeInto(d, "email", "rl@lowenstein.example");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(PracticeRecords)

BOOST_FIXTURE_TEST_CASE(participantAddedThroughItsDialogIsStoredWithItsParty, EditingFixture) {
    addParty("Bright Smile Dental");
    show("Participants");
    prompts->fillers.push_back(fillParticipant);
    press("add");
    BOOST_TEST(prompts->errors.empty());
    BOOST_TEST(prompts->warnings.empty());
    const auto participants = store::ParticipantRepository(*openAgain()).list(kRef);
    BOOST_TEST_REQUIRE(participants.size() == 1u);
    BOOST_TEST(participants[0].name == "Rebecca Lowenstein");
    BOOST_TEST(participants[0].organisation == "Lowenstein Ferraro LLP");
    BOOST_TEST((participants[0].partyNo == domain::OptionalNo(1)));
    BOOST_TEST(shownRows() == 1);
}

BOOST_FIXTURE_TEST_CASE(aParticipantNamedInAnotherCaseIsWarnedOfAndCancellingStoresNothing, EditingFixture) {
    recordOtherCaseWithParty(frame->database(), "Lowenstein Ferraro LLP");
    addParty("Bright Smile Dental");
    show("Participants");
    prompts->goOn = false;
    prompts->fillers.push_back(fillParticipant);
    press("add");
    BOOST_TEST_REQUIRE(prompts->warnings.size() == 1u);
    BOOST_TEST(prompts->warnings[0].Contains("Lowenstein Ferraro LLP"));
    BOOST_TEST(prompts->warnings[0].Contains("CG-2025-0007"));
    BOOST_TEST(store::ParticipantRepository(*openAgain()).list(kRef).empty());
}

BOOST_FIXTURE_TEST_CASE(aPartyNamedInAnotherCaseIsWarnedOfAndAddedWhenTheMediatorGoesOn, EditingFixture) {
    recordOtherCaseWithParty(frame->database(), "Bright Smile Dental PLLC");
    addParty("Bright Smile Dental");
    BOOST_TEST_REQUIRE(prompts->warnings.size() == 1u);
    BOOST_TEST(prompts->warnings[0].Contains("CG-2025-0007"));
    BOOST_TEST(store::PartyRepository(*openAgain()).list(kRef).size() == 1u);
}

BOOST_FIXTURE_TEST_CASE(anEmailWithoutAtKeepsOkDisabledAndSavesNothing, EditingFixture) {
    show("Participants");
    wxString message;
    bool okEnabled = true;
    prompts->fillers.push_back([&](wxDialog& d) {
        typeInto(d, "name", "Dr. Anna Weiss");
        typeInto(d, "email", "anna.weiss.example");
        message = control<wxStaticText>(d, "message")->GetLabelText();
        okEnabled = d.FindWindow(wxID_OK)->IsEnabled();
    });
    press("add");
    BOOST_TEST(!okEnabled);
    BOOST_TEST(message.Contains("has no @"));
    BOOST_TEST(store::ParticipantRepository(*openAgain()).list(kRef).empty());
}

BOOST_FIXTURE_TEST_CASE(timeEntryAndExpenseAddedThroughTheirDialogsAreStored, EditingFixture) {
    addParty("Clinic");
    show("Time & fees");
    prompts->fillers.push_back([](wxDialog& d) {
        control<wxSpinCtrl>(d, "minutes")->SetValue(150);
        typeInto(d, "description", "Read the SRA report and the MSA");
    });
    press("add");
    show("Expenses");
    prompts->fillers.push_back([](wxDialog& d) {
        typeInto(d, "description", "Room hire, Hotel Adlon");
        typeInto(d, "amount", "480.00");
        typeInto(d, "currency", "eur");
    });
    press("add");
    BOOST_TEST(prompts->errors.empty());
    const auto db = openAgain();
    const auto entries = store::TimeEntryRepository(*db).list(kRef);
    BOOST_TEST_REQUIRE(entries.size() == 1u);
    BOOST_TEST(entries[0].minutes == 150);
    BOOST_TEST(entries[0].billable);
    BOOST_TEST(entries[0].description == "Read the SRA report and the MSA");
    const auto expenses = store::ExpenseRepository(*db).list(kRef);
    BOOST_TEST_REQUIRE(expenses.size() == 1u);
    BOOST_TEST(expenses[0].amount.minorUnits() == 48000);
    BOOST_TEST(expenses[0].amount.currency() == "EUR");
    BOOST_TEST(!expenses[0].chargedToPartyNo);
    BOOST_TEST(shownRows() == 1);
}

BOOST_FIXTURE_TEST_CASE(aFeeSplitNotAddingUpTo100PercentKeepsOkDisabledAndStoresNothing, EditingFixture) {
    addParty("Clinic");
    addParty("MSP");
    show("Time & fees");
    wxString total, message;
    bool okEnabled = true;
    prompts->fillers.push_back([&](wxDialog& d) {
        typeInto(d, "amount", "300");
        tick(d, "equal_split", false);
        typeInto(d, "share_1", "60");
        typeInto(d, "share_2", "30");
        total = control<wxStaticText>(d, "total")->GetLabelText();
        message = control<wxStaticText>(d, "message")->GetLabelText();
        okEnabled = d.FindWindow(wxID_OK)->IsEnabled();
    });
    frame->workspace().feesSummary().editArrangement();
    BOOST_TEST(!okEnabled);
    BOOST_TEST(total.Contains("90"));
    BOOST_TEST(message.Contains("adds up to 90 %, not 100 %"));
    BOOST_TEST(store::CaseRepository(*openAgain()).loadHead(kRef).fees.shares.empty());
}

BOOST_FIXTURE_TEST_CASE(aFeeSplitOf60To40IsStoredAndShownInThePartyAccounts, EditingFixture) {
    addParty("Clinic");
    addParty("MSP");
    show("Time & fees");
    bool okEnabled = false;
    prompts->fillers.push_back([&](wxDialog& d) {
        typeInto(d, "amount", "300");
        tick(d, "equal_split", false);
        typeInto(d, "share_1", "60");
        typeInto(d, "share_2", "40");
        okEnabled = d.FindWindow(wxID_OK)->IsEnabled();
    });
    frame->workspace().feesSummary().editArrangement();
    BOOST_TEST(okEnabled);
    BOOST_TEST(prompts->errors.empty());
    const domain::Case head = store::CaseRepository(*openAgain()).loadHead(kRef);
    BOOST_TEST((head.fees.basis == domain::FeeBasis::Hourly));
    BOOST_TEST(head.fees.hourlyRate.minorUnits() == 30000);
    BOOST_TEST_REQUIRE(head.fees.shares.size() == 2u);
    BOOST_TEST(head.fees.shares[0].basisPoints == 6000);
    BOOST_TEST(head.fees.shares[1].basisPoints == 4000);
    wxListCtrl& accounts = frame->workspace().feesSummary().accounts();
    BOOST_TEST_REQUIRE(accounts.GetItemCount() == 2);
    BOOST_TEST(accounts.GetItemText(0, 1) == "60 %");
}

BOOST_FIXTURE_TEST_CASE(anAttachedExhibitIsStoredWithItsBytesAndFingerprint, EditingFixture) {
    const std::string path = dir.file("sra-report.txt");
    const std::string bytes = "Security risk assessment, March 2025\nBackups: not tested.\n";
    std::ofstream(path, std::ios::binary) << bytes;
    show("Exhibits");
    prompts->fillers.push_back([&](wxDialog& d) {
        dynamic_cast<app::ExhibitDialog&>(d).attachFile(path);
    });
    press("add");
    BOOST_TEST(prompts->errors.empty());
    const auto db = openAgain();
    const auto exhibits = store::ExhibitRepository(*db).list(kRef);
    BOOST_TEST_REQUIRE(exhibits.size() == 1u);
    BOOST_TEST(exhibits[0].title == "sra-report");
    BOOST_TEST(exhibits[0].fileName == "sra-report.txt");
    BOOST_TEST(exhibits[0].mediaType == "text/plain");
    BOOST_TEST(exhibits[0].sizeBytes == bytes.size());
    BOOST_TEST(exhibits[0].sha256 == domain::sha256Hex(bytes));
    BOOST_TEST(store::exhibitContent(*db, kRef, exhibits[0].no) == bytes);
}

BOOST_FIXTURE_TEST_CASE(aMediatorOnlyExhibitIsMarkedAndHiddenWhenShownToParties, EditingFixture) {
    const std::string path = dir.file("caucus-memo.txt");
    std::ofstream(path, std::ios::binary) << "MARKER-EXHIBIT-CONFIDENTIAL";
    show("Exhibits");
    prompts->fillers.push_back([&](wxDialog& d) {
        dynamic_cast<app::ExhibitDialog&>(d).attachFile(path);
        typeInto(d, "title", "Clinic's bottom line");
        control<wxChoice>(d, "visibility")->SetSelection(2);  // everyone, party-and-mediator, mediator-only
        typeInto(d, "description", "");  // a change event re-checks the form
    });
    press("add");
    BOOST_TEST_REQUIRE(store::ExhibitRepository(*openAgain()).list(kRef).size() == 1u);
    BOOST_TEST((store::ExhibitRepository(*openAgain()).list(kRef)[0].visibility == domain::Visibility::MediatorOnly));
    app::SectionModel& exhibits = frame->workspace().section(frame->workspace().sectionIndex("Exhibits"));
    BOOST_TEST_REQUIRE(exhibits.rowCount() == 1u);
    BOOST_TEST(exhibits.confidential(0));
    BOOST_TEST(exhibits.cell(0, 2).Contains(L"\u26a0"));
    frame->setShowToParties(true);
    BOOST_TEST(exhibits.rowCount() == 0u);
    BOOST_TEST(shownRows() == 0);
}

BOOST_AUTO_TEST_SUITE_END()
