// Fault regimes as threshold + comparator: the worked example of
// legal-domain.md section 7 ($100,000 damages, claimant 50 % at fault),
// read from the shipped catalog so the data and the rule are checked together.
#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "domain/errors.h"
#include "exchange/catalog_loader.h"
#include "print_types.h"

using namespace cg;

namespace {

const domain::FaultRegime& regime(const domain::ReferenceCatalogs& c, const std::string& id) {
    for (const auto& r : c.faultRegimes)
        if (r.id == id) return r;
    throw std::runtime_error("no fault regime " + id);
}

domain::ReferenceCatalogs shipped() {
    domain::ReferenceCatalogs c;
    exchange::readCatalogFile(
        (std::filesystem::path(CG_SOURCE_DIR) / "data/catalogs/fault-regimes.xml").string(), c);
    return c;
}

constexpr std::int64_t kDamages = 100'000'00;  // $100,000.00 in cents

}  // namespace

BOOST_AUTO_TEST_SUITE(FaultRegimes)

BOOST_AUTO_TEST_CASE(atFiftyPercentPurePaysHalfTheFiftyBarNothingAndTheFiftyOneBarHalf) {
    const auto c = shipped();
    BOOST_TEST(regime(c, "pure-comparative").recovery(kDamages, 50) == 50'000'00);
    BOOST_TEST(regime(c, "modified-50-bar").recovery(kDamages, 50) == 0);
    BOOST_TEST(regime(c, "modified-51-bar").recovery(kDamages, 50) == 50'000'00);
    BOOST_TEST(regime(c, "contributory").recovery(kDamages, 50) == 0);
}

BOOST_AUTO_TEST_CASE(atThirtyPercentOnlyContributoryBars) {
    const auto c = shipped();
    BOOST_TEST(regime(c, "pure-comparative").recovery(kDamages, 30) == 70'000'00);
    BOOST_TEST(regime(c, "modified-50-bar").recovery(kDamages, 30) == 70'000'00);
    BOOST_TEST(regime(c, "modified-51-bar").recovery(kDamages, 30) == 70'000'00);
    BOOST_TEST(regime(c, "contributory").recovery(kDamages, 30) == 0);
    BOOST_TEST(regime(c, "contributory").recovery(kDamages, 0) == kDamages);
}

BOOST_AUTO_TEST_CASE(atFiftyOnePercentBothModifiedRegimesBar) {
    const auto c = shipped();
    BOOST_TEST(regime(c, "modified-51-bar").bars(51));
    BOOST_TEST(regime(c, "modified-50-bar").bars(51));
    BOOST_TEST(!regime(c, "pure-comparative").bars(99));
    BOOST_TEST(regime(c, "pure-comparative").recovery(kDamages, 99) == 1'000'00);
}

BOOST_AUTO_TEST_CASE(theCatalogStoresComparatorAndThresholdWithExampleStates) {
    const auto c = shipped();
    const auto& fifty = regime(c, "modified-50-bar");
    BOOST_REQUIRE(fifty.bar.has_value());
    BOOST_TEST(fifty.bar->comparator == domain::Comparator::AtLeast);
    BOOST_TEST(fifty.bar->value == 50);
    const std::vector<std::string> states{"CT", "HI", "IL", "IN", "IA", "TX"};
    BOOST_TEST(regime(c, "modified-51-bar").exampleStates == states,
               boost::test_tools::per_element());
    BOOST_TEST(!regime(c, "pure-comparative").bar.has_value());
}

BOOST_AUTO_TEST_CASE(aFaultShareAbove100IsRefused) {
    const auto c = shipped();
    BOOST_CHECK_EXCEPTION(regime(c, "pure-comparative").bars(120), domain::ValidationError,
                          [](const domain::ValidationError& e) {
                              return std::string(e.what()) ==
                                     "a fault share must be between 0 and 100 per cent, not 120";
                          });
}

BOOST_AUTO_TEST_SUITE_END()
