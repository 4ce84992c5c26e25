// Confidential stays confidential (DESIGN.md): unique marker strings are
// planted in every confidential field of a case; every view in every format,
// and the case-file export of what the audience sees, are produced for each
// party and for all parties, and no marker the audience may not see appears.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <sstream>

#include "cli/view_exposure.h"
#include "cli/view_matrix.h"
#include "cli/view_worksheet.h"
#include "domain/common_ground/audience.h"
#include "exchange/case_file.h"
#include "exchange/catalog_loader.h"
#include "support/planted_case.h"

using namespace cg;
using namespace cg::domain;

namespace {

// Markers name who may see them (support/planted_case.h).
const std::vector<std::string>& kP1 = testing::kPartyOneMarkers;
const std::vector<std::string>& kP2 = testing::kPartyTwoMarkers;
const std::vector<std::string>& kMed = testing::kMediatorMarkers;

const std::vector<std::string>& kAltP1 = testing::kPartyOneAlternativeMarkers;
const std::vector<std::string>& kAltP2 = testing::kPartyTwoAlternativeMarkers;
const std::vector<std::string>& kAltMed = testing::kMediatorAlternativeMarkers;
const std::vector<std::string>& kBottomLines = testing::kBottomLineMarkers;

CaseRecord plantedCase() { return testing::plantedConfidences(); }

std::vector<FaultRegime> shippedFaultRegimes() {
    ReferenceCatalogs catalogs;
    exchange::readCatalogFile((std::filesystem::path(CG_SOURCE_DIR) / "data/catalogs/fault-regimes.xml").string(),
                              catalogs);
    return catalogs.faultRegimes;
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
    cli::printWorksheetXml(out, visible, audience, worksheet);
    const cli::MatrixView matrix = cli::buildMatrixView(visible);
    cli::printMatrixText(out, visible, audience, matrix);
    cli::printMatrixCsv(out, matrix);
    for (const bool carveOut : {false, true}) {
        ExposureOptions options;
        options.carveOutAsserted = carveOut;
        options.claimantFaultBasisPoints = 3'000;
        options.faultRegimes = shippedFaultRegimes();
        const Exposure exposure = buildExposure(visible, options);
        cli::printExposureText(out, visible, audience, exposure);
        cli::printExposureCsv(out, audience, exposure);
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
    for (const auto* list : {&kP1, &kP2, &kMed, &kAltP1, &kAltP2, &kAltMed, &kBottomLines})
        for (const auto& m : *list) BOOST_TEST(output.find(m) != std::string::npos, m << " missing");
}

BOOST_AUTO_TEST_CASE(allPartiesSeeNoConfidentialMarker) {
    const std::string output = everyOutput(plantedCase(), Audience::allParties());
    requireNone(output, kP1);
    requireNone(output, kP2);
    requireNone(output, kMed);
    for (const auto* list : {&kAltP1, &kAltP2, &kAltMed, &kBottomLines}) requireNone(output, *list);
}

BOOST_AUTO_TEST_CASE(eachPartySeesItsOwnMarkersAndNoOneElses) {
    const std::string practice = everyOutput(plantedCase(), Audience::party(1));
    requireNone(practice, kP2);
    requireNone(practice, kMed);
    for (const auto& m : kP1) BOOST_TEST(practice.find(m) != std::string::npos, m << " missing for its party");
    // Its own alternative, on its preparation sheet; no bottom line, not even its own.
    for (const auto& m : kAltP1) BOOST_TEST(practice.find(m) != std::string::npos, m << " missing for its party");
    for (const auto* list : {&kAltP2, &kAltMed, &kBottomLines}) requireNone(practice, *list);

    const std::string provider = everyOutput(plantedCase(), Audience::party(2));
    requireNone(provider, kP1);
    requireNone(provider, kMed);
    for (const auto& m : kP2) BOOST_TEST(provider.find(m) != std::string::npos, m << " missing for its party");
    for (const auto& m : kAltP2) BOOST_TEST(provider.find(m) != std::string::npos, m << " missing for its party");
    for (const auto* list : {&kAltP1, &kAltMed, &kBottomLines}) requireNone(provider, *list);

    const std::string insurer = everyOutput(plantedCase(), Audience::party(3));
    requireNone(insurer, kP1);
    requireNone(insurer, kP2);
    requireNone(insurer, kMed);
    for (const auto* list : {&kAltP1, &kAltP2, &kAltMed, &kBottomLines}) requireNone(insurer, *list);
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
