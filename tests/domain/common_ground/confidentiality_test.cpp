// Confidential stays confidential (DESIGN.md): unique marker strings are
// planted in every confidential field of a case; every view in every format,
// and the case-file export of what the audience sees, are produced for each
// party and for all parties, and no marker the audience may not see appears.
#include <boost/test/unit_test.hpp>
#include <sstream>

#include "cli/view_exposure.h"
#include "cli/view_matrix.h"
#include "cli/view_worksheet.h"
#include "domain/common_ground/audience.h"
#include "exchange/case_file.h"
#include "support/full_case.h"

using namespace cg;
using namespace cg::domain;

namespace {

// Markers name who may see them: SECRET-P1 (party 1 and the mediator),
// SECRET-P2 (party 2 and the mediator), SECRET-MED (the mediator alone).
const std::vector<std::string> kP1 = {"SECRET-P1-interest", "SECRET-P1-caucus-note", "SECRET-P1-participant",
                                      "SECRET-P1-caucus-offer"};
const std::vector<std::string> kP2 = {"SECRET-P2-interest", "SECRET-P2-caucus-note", "SECRET-P2-participant",
                                      "SECRET-P2-caucus-offer"};
const std::vector<std::string> kMed = {"SECRET-MED-interest-p1", "SECRET-MED-interest-p2", "SECRET-MED-joint-note",
                                       "SECRET-MED-joint-party-note", "SECRET-MED-caucus-note-p1",
                                       "SECRET-MED-caucus-note-p2"};

CaseRecord plantedCase() {
    CaseRecord r = testing::fullCase();
    // fullCase: interest 2 is party 2's party-and-mediator, 3 party 2's
    // mediator-only; session 1 joint, session 2 a caucus with party 2.
    r.interests[1].description = "SECRET-P2-interest No public blame";
    r.interests[2].description = "SECRET-MED-interest-p2 Cap exposure at the deductible";
    r.interests.push_back({4, 1, InterestCategory::Reputational, 1, Visibility::PartyAndMediator,
                           "SECRET-P1-interest No public blame either"});
    r.interests.push_back({5, 1, InterestCategory::Financial, 2, Visibility::MediatorOnly,
                           "SECRET-MED-interest-p1 Bank renewal pressure"});
    r.claims[0].interestNos = {1, 2, 3, 4, 5};
    r.options[1].interestNos = {4, 5, 2, 3};

    r.sessions[0].notes.push_back({2, Instant(), Visibility::MediatorOnly, "SECRET-MED-joint-note"});
    r.sessions[0].notes.push_back({3, Instant(), Visibility::PartyAndMediator, "SECRET-MED-joint-party-note"});
    r.sessions[1].participants = {"SECRET-P2-participant"};
    r.sessions[1].notes = {{1, Instant(), Visibility::PartyAndMediator, "SECRET-P2-caucus-note"},
                           {2, Instant(), Visibility::MediatorOnly, "SECRET-MED-caucus-note-p2"}};
    MediationSession practiceCaucus;
    practiceCaucus.no = 3;
    practiceCaucus.kind = SessionKind::Caucus;
    practiceCaucus.caucusPartyNo = 1;
    practiceCaucus.startedAt = Instant::parse("2026-02-10T18:00:00Z");
    practiceCaucus.participants = {"SECRET-P1-participant"};
    practiceCaucus.notes = {{1, Instant(), Visibility::PartyAndMediator, "SECRET-P1-caucus-note"},
                            {2, Instant(), Visibility::MediatorOnly, "SECRET-MED-caucus-note-p1"}};
    r.sessions.push_back(practiceCaucus);

    Offer fromCaucus2;
    fromCaucus2.no = 3;
    fromCaucus2.fromPartyNo = 2;
    fromCaucus2.toPartyNo = 1;
    fromCaucus2.madeAt = Instant::parse("2026-02-10T17:30:00Z");
    fromCaucus2.sessionNo = 2;
    fromCaucus2.amount = Money(60'000'00, "EUR");
    fromCaucus2.terms = "SECRET-P2-caucus-offer";
    Offer fromCaucus3 = fromCaucus2;
    fromCaucus3.no = 4;
    fromCaucus3.fromPartyNo = 1;
    fromCaucus3.toPartyNo = 2;
    fromCaucus3.sessionNo = 3;
    fromCaucus3.respondsToOfferNo = 3;
    fromCaucus3.terms = "SECRET-P1-caucus-offer";
    r.offers.push_back(fromCaucus2);
    r.offers.push_back(fromCaucus3);
    r.head.currency = "EUR";
    return r;
}

// Every output an audience can be given: each view as text and CSV (the
// exposure with the fault what-if and the carve-out what-if), and the case
// file of what it may see.
std::string everyOutput(const CaseRecord& record, const Audience& audience) {
    const CaseRecord visible = visibleTo(record, audience);
    std::ostringstream out;
    const cli::WorksheetView worksheet = cli::buildWorksheetView(visible, audience);
    cli::printWorksheetText(out, visible, audience, worksheet);
    cli::printWorksheetCsv(out, visible, worksheet);
    const cli::MatrixView matrix = cli::buildMatrixView(visible);
    cli::printMatrixText(out, visible, audience, matrix);
    cli::printMatrixCsv(out, matrix);
    for (const bool carveOut : {false, true}) {
        ExposureOptions options;
        options.carveOutAsserted = carveOut;
        options.claimantFaultBasisPoints = 3'000;
        const Exposure exposure = buildExposure(visible, options);
        cli::printExposureText(out, visible, audience, exposure);
        cli::printExposureCsv(out, exposure);
    }
    out << exchange::writeCaseFileText(visible);
    return out.str();
}

void requireNone(const std::string& output, const std::vector<std::string>& markers) {
    for (const auto& m : markers) BOOST_TEST(output.find(m) == std::string::npos, m << " leaked");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(Confidentiality)

BOOST_AUTO_TEST_CASE(theCaseFileHoldsEveryMarkerForTheMediator) {
    const std::string output = everyOutput(plantedCase(), Audience::mediator());
    for (const auto* list : {&kP1, &kP2, &kMed})
        for (const auto& m : *list) BOOST_TEST(output.find(m) != std::string::npos, m << " missing");
}

BOOST_AUTO_TEST_CASE(allPartiesSeeNoConfidentialMarker) {
    const std::string output = everyOutput(plantedCase(), Audience::allParties());
    requireNone(output, kP1);
    requireNone(output, kP2);
    requireNone(output, kMed);
}

BOOST_AUTO_TEST_CASE(eachPartySeesItsOwnMarkersAndNoOneElses) {
    const std::string practice = everyOutput(plantedCase(), Audience::party(1));
    requireNone(practice, kP2);
    requireNone(practice, kMed);
    for (const auto& m : kP1) BOOST_TEST(practice.find(m) != std::string::npos, m << " missing for its party");

    const std::string provider = everyOutput(plantedCase(), Audience::party(2));
    requireNone(provider, kP1);
    requireNone(provider, kMed);
    for (const auto& m : kP2) BOOST_TEST(provider.find(m) != std::string::npos, m << " missing for its party");

    const std::string insurer = everyOutput(plantedCase(), Audience::party(3));
    requireNone(insurer, kP1);
    requireNone(insurer, kP2);
    requireNone(insurer, kMed);
}

BOOST_AUTO_TEST_CASE(theMediatorsWorksheetShowsTheConfidentialInterests) {
    const CaseRecord visible = visibleTo(plantedCase(), Audience::mediator());
    std::ostringstream out;
    cli::printWorksheetCsv(out, visible, cli::buildWorksheetView(visible, Audience::mediator()));
    for (const char* m : {"SECRET-P1-interest", "SECRET-P2-interest", "SECRET-MED-interest-p1",
                          "SECRET-MED-interest-p2"})
        BOOST_TEST(out.str().find(m) != std::string::npos, m << " missing");
}

BOOST_AUTO_TEST_SUITE_END()
