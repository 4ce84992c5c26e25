// A fact's failed-control text leads to the catalog entry and to the common
// failures it belongs to, with the shipped catalogs.
#include "domain/deadlines/control_lookup.h"

#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "exchange/case_file.h"
#include "exchange/catalog_loader.h"
#include "print_types.h"

using namespace cg;

namespace {

const domain::ReferenceCatalogs& shipped() {
    static const domain::ReferenceCatalogs catalogs =
        exchange::loadCatalogFolder(
            (std::filesystem::path(CG_SOURCE_DIR) / "data/catalogs").string())
            .catalogs;
    return catalogs;
}

std::vector<std::string> failureIds(const domain::ControlEntry& control) {
    std::vector<std::string> ids;
    for (const auto* f : domain::failuresCiting(shipped().failures, control)) ids.push_back(f->id);
    return ids;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ControlLookup)

BOOST_AUTO_TEST_CASE(aCisCitationFindsItsSafeguardAndTheFailureItBelongsTo) {
    const auto* mfa = domain::findCitedControl(shipped().controls,
                                               "CIS 6.4 Require MFA for Remote Network Access");
    BOOST_REQUIRE(mfa != nullptr);
    BOOST_TEST(mfa->framework == "CIS v8");
    BOOST_TEST(mfa->name == "Require MFA for Remote Network Access");
    BOOST_TEST(failureIds(*mfa) == std::vector<std::string>{"no-mfa"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(aSafeguardBelongsToTheFailuresThatListItsControl) {
    // The failure map lists "CIS 11" for untested backups, not 11.4 itself.
    const auto* isolated = domain::findCitedControl(shipped().controls, "CIS v8 11.4");
    BOOST_REQUIRE(isolated != nullptr);
    BOOST_TEST(failureIds(*isolated) == std::vector<std::string>{"untested-backups"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(otherFrameworksAreFoundByTheirShortNames) {
    const auto* aa = domain::findCitedControl(shipped().controls, "NIST CSF PR.AA");
    BOOST_REQUIRE(aa != nullptr);
    BOOST_TEST(aa->name == "Identity Management, Authentication, and Access Control");
    BOOST_TEST(!aa->verified);
    const auto* ir = domain::findCitedControl(shipped().controls, "800-171 3.6 Incident Response");
    BOOST_REQUIRE(ir != nullptr);
    BOOST_TEST(ir->framework == "NIST SP 800-171 r2");
    BOOST_TEST(failureIds(*ir) == std::vector<std::string>{"no-incident-plan"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(aCitationOutsideTheCatalogsFindsNothing) {
    BOOST_TEST(domain::findCitedControl(shipped().controls,
                                        "PCI DSS 3.5.1 Render PAN Unreadable") == nullptr);
    BOOST_TEST(domain::findCitedControl(shipped().controls, "CIS 99.9") == nullptr);
    BOOST_TEST(domain::findCitedControl(shipped().controls, "CISCO 6.4") == nullptr);
    BOOST_TEST(domain::findCitedControl(shipped().controls, "") == nullptr);
}

BOOST_AUTO_TEST_CASE(everyCisControlTheSampleCasesCiteIsInTheCatalogUnderTheSameName) {
    for (const auto& entry : std::filesystem::directory_iterator(
             std::filesystem::path(CG_SOURCE_DIR) / "data/samples")) {
        if (entry.path().extension() != ".cgcase") continue;
        for (const auto& fact : exchange::readCaseFile(entry.path().string()).facts) {
            if (!fact.failedControl.starts_with("CIS ")) continue;
            BOOST_TEST_CONTEXT(entry.path().filename().string() << " fact " << fact.no) {
                const auto* control =
                    domain::findCitedControl(shipped().controls, fact.failedControl);
                BOOST_REQUIRE(control != nullptr);
                BOOST_TEST("CIS " + control->id + " " + control->name == fact.failedControl);
            }
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
