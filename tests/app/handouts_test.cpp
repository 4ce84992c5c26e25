// The Documents menu: an interest-map handout for one party is written as PDF
// on the worker; while the screen is shown to the parties the mediator's copy
// is not offered and the mediator's papers are refused. A party's invoice
// and the agreement to mediate are written from the same menu.
#include <boost/test/unit_test.hpp>
#include <wx/choice.h>

#include "app/handout_dialog.h"
#include "drafts_fixture.h"
#include "support/pdf_text.h"

using namespace cg;
using cg::testing::DentalCaseFixture;

BOOST_AUTO_TEST_SUITE(Handouts)

BOOST_FIXTURE_TEST_CASE(anInterestMapHandoutForOnePartyIsWrittenAsPdf, DentalCaseFixture) {
    std::string offered;
    frame->documents().choosePath = [&](const wxString&, const wxString& name) -> std::optional<std::string> {
        offered = name.utf8_string();
        return dir.file(offered);
    };
    const auto partyNo = frame->workspace().record().parties.at(0).no;
    prompts->fillers.push_back([](wxDialog& d) { cg::testing::control<wxChoice>(d, "audience")->SetSelection(1); });
    wxCommandEvent menu(wxEVT_MENU, XRCID("interest_map_handout"));
    frame->GetEventHandler()->ProcessEvent(menu);
    cg::testing::finishJobs(frame->documents().job());
    BOOST_TEST(prompts->errors.empty());
    BOOST_TEST(offered == "CG-2026-0001-interest-map-party-" + std::to_string(partyNo) + ".pdf");
    BOOST_TEST(cg::testing::readBytes(dir.file(offered)).substr(0, 5) == "%PDF-");
}

BOOST_FIXTURE_TEST_CASE(theCaseSummaryAndWorksheetAreWrittenForTheMediator, DentalCaseFixture) {
    frame->documents().choosePath = [&](const wxString&, const wxString& name) {
        return std::optional(dir.file(name.utf8_string()));
    };
    const auto& record = frame->workspace().record();
    frame->documents().caseSummary(record, app::Audience::Mediator);
    cg::testing::finishJobs(frame->documents().job());
    frame->documents().mediatorWorksheet(record, app::Audience::Mediator);
    cg::testing::finishJobs(frame->documents().job());
    BOOST_TEST(prompts->errors.empty());
    BOOST_TEST(cg::testing::readBytes(dir.file("CG-2026-0001-case-summary.pdf")).substr(0, 5) == "%PDF-");
    BOOST_TEST(cg::testing::readBytes(dir.file("CG-2026-0001-worksheet.pdf")).substr(0, 5) == "%PDF-");
}

BOOST_FIXTURE_TEST_CASE(whileShownToPartiesTheMediatorsCopyIsNotOffered, DentalCaseFixture) {
    std::vector<domain::Audience> mediatorView, partiesView;
    frame->documents().choosePath = [](const wxString&, const wxString&) { return std::optional<std::string>(); };
    prompts->fillers.push_back([&](wxDialog& d) { mediatorView = dynamic_cast<app::HandoutDialog&>(d).offered(); });
    prompts->fillers.push_back([&](wxDialog& d) { partiesView = dynamic_cast<app::HandoutDialog&>(d).offered(); });
    const auto& record = frame->workspace().record();
    frame->documents().interestMapHandout(record, app::Audience::Mediator);
    frame->setShowToParties(true);
    frame->documents().interestMapHandout(record, app::Audience::Parties);
    BOOST_TEST(mediatorView.size() == record.parties.size() + 2);
    BOOST_TEST(mediatorView.back().isMediator());
    BOOST_TEST(partiesView.size() == record.parties.size() + 1);
    for (const auto& audience : partiesView) BOOST_TEST(!audience.isMediator());

    bool asked = false;
    frame->documents().choosePath = [&](const wxString&, const wxString&) {
        asked = true;
        return std::optional<std::string>();
    };
    frame->documents().caseSummary(record, app::Audience::Parties);
    frame->documents().mediatorWorksheet(record, app::Audience::Parties);
    BOOST_TEST(!asked);
}

BOOST_FIXTURE_TEST_CASE(anInvoiceIsWrittenForThePartyChosenWithItsBalance, DentalCaseFixture) {
    frame->documents().choosePath = [&](const wxString&, const wxString& name) {
        return std::optional(dir.file(name.utf8_string()));
    };
    const auto& record = frame->workspace().record();
    const domain::Party& second = record.parties.at(1);
    prompts->fillers.push_back([](wxDialog& d) { cg::testing::control<wxChoice>(d, "party")->SetSelection(1); });
    wxCommandEvent menu(wxEVT_MENU, XRCID("invoice"));
    frame->GetEventHandler()->ProcessEvent(menu);
    cg::testing::finishJobs(frame->documents().job());
    BOOST_TEST(prompts->errors.empty());
    const std::string path = dir.file("CG-2026-0001-invoice-party-" + std::to_string(second.no) + ".pdf");
    const std::string text = cg::testing::squeezed(cg::testing::pdfText(path));
    BOOST_TEST(text.find(second.name) != std::string::npos);
    BOOST_TEST(text.find("CG-2026-0001-" + std::to_string(second.no)) != std::string::npos);  // the invoice number
}

BOOST_FIXTURE_TEST_CASE(theAgreementToMediateNamesEveryParty, DentalCaseFixture) {
    frame->documents().choosePath = [&](const wxString&, const wxString& name) {
        return std::optional(dir.file(name.utf8_string()));
    };
    wxCommandEvent menu(wxEVT_MENU, XRCID("agreement_to_mediate"));
    frame->GetEventHandler()->ProcessEvent(menu);
    cg::testing::finishJobs(frame->documents().job());
    BOOST_TEST(prompts->errors.empty());
    const std::string text =
        cg::testing::squeezed(cg::testing::pdfText(dir.file("CG-2026-0001-agreement-to-mediate.pdf")));
    for (const auto& party : frame->workspace().record().parties) BOOST_TEST(text.find(party.name) != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
