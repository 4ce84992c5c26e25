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
#include "support/planted_case.h"

using namespace cg;
using namespace cg::domain;

namespace {

// Markers name who may see them (support/planted_case.h).
const std::vector<std::string>& kP1 = testing::kPartyOneMarkers;
const std::vector<std::string>& kP2 = testing::kPartyTwoMarkers;
const std::vector<std::string>& kMed = testing::kMediatorMarkers;

CaseRecord plantedCase() { return testing::plantedConfidences(); }

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
