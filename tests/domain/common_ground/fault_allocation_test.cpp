// The fault what-if applies the regimes of the reference catalog: the
// shipped data/catalogs/fault-regimes.xml (pure comparative, barred at
// >= 50 %, barred above 50 %, contributory, in that order), and any regime a
// firm adds to it.
#include <boost/test/unit_test.hpp>

#include <filesystem>

#include "domain/common_ground/fault_allocation.h"
#include "domain/errors.h"
#include "exchange/catalog_loader.h"

using namespace cg::domain;

namespace {

std::vector<FaultRegime> shippedRegimes() {
    ReferenceCatalogs catalogs;
    cg::exchange::readCatalogFile(
        (std::filesystem::path(CG_SOURCE_DIR) / "data/catalogs/fault-regimes.xml").string(), catalogs);
    return catalogs.faultRegimes;
}

std::vector<std::int64_t> recoveries(std::int64_t damagesMinor, int faultBasisPoints) {
    std::vector<std::int64_t> result;
    for (const auto& o : applyFaultRegimes(shippedRegimes(), Money(damagesMinor, "USD"), faultBasisPoints))
        result.push_back(o.recovery.minorUnits());
    return result;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(FaultAllocation)

BOOST_AUTO_TEST_CASE(theWorkedExampleAtFiftyPerCent) {
    // legal-domain.md § 7: $100K, claimant 50 % at fault → pure $50K,
    // ≥50 % bar $0, >50 % bar $50K; contributory bars any fault → $0.
    BOOST_TEST(recoveries(100'000'00, 5'000) == (std::vector<std::int64_t>{50'000'00, 0, 50'000'00, 0}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(thirtyPerCentReducesEveryComparativeRegime) {
    // $100K × 70 % = $70K under the three comparative regimes.
    BOOST_TEST(recoveries(100'000'00, 3'000) == (std::vector<std::int64_t>{70'000'00, 70'000'00, 70'000'00, 0}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(justAboveHalfBarsBothModifiedRegimes) {
    // 50.01 %: $100K × 49.99 % = $49,990 under pure only; the catalog's
    // "> 50" bar, compared in basis points, bars 5,001 > 5,000.
    BOOST_TEST(recoveries(100'000'00, 5'001) == (std::vector<std::int64_t>{49'990'00, 0, 0, 0}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(noFaultPaysInFullEverywhere) {
    BOOST_TEST(recoveries(100'000'00, 0) == (std::vector<std::int64_t>(4, 100'000'00)),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(reductionsRoundDownToTheCent) {
    // $100.01 at 50 % is $50.005 → $50.00.
    BOOST_TEST(recoveries(100'01, 5'000)[0] == 50'00);
    // The largest amount Money accepts (10^15 minor units) × 70 %: no overflow.
    BOOST_TEST(recoveries(1'000'000'000'000'000, 3'000)[0] == 700'000'000'000'000);
}

BOOST_AUTO_TEST_CASE(theOutcomesNameTheCatalogsRegimesInItsOrder) {
    const auto outcomes = applyFaultRegimes(shippedRegimes(), Money(100'000'00, "USD"), 5'000);
    std::vector<std::string> ids;
    for (const auto& o : outcomes) ids.push_back(o.regime.id);
    BOOST_TEST(ids == (std::vector<std::string>{"pure-comparative", "modified-50-bar", "modified-51-bar",
                                                "contributory"}),
               boost::test_tools::per_element());
    BOOST_TEST(outcomes[1].barred);
    BOOST_TEST(!outcomes[2].barred);
}

BOOST_AUTO_TEST_CASE(aRegimeAFirmAddsIsApplied) {
    // A hypothetical "barred at 60 % or more" regime added to the catalog:
    // at 55 % it pays $100K × 45 % = $45K, at 60 % nothing.
    std::vector<FaultRegime> regimes = shippedRegimes();
    FaultRegime sixty;
    sixty.id = "modified-60-bar";
    sixty.name = "Modified comparative negligence, 60 % bar";
    sixty.bar = Threshold{Comparator::AtLeast, 60};
    regimes.push_back(sixty);
    const auto at55 = applyFaultRegimes(regimes, Money(100'000'00, "USD"), 5'500);
    BOOST_REQUIRE_EQUAL(at55.size(), 5u);
    BOOST_TEST(at55[4].regime.name == "Modified comparative negligence, 60 % bar");
    BOOST_TEST(at55[4].recovery.minorUnits() == 45'000'00);
    BOOST_TEST(applyFaultRegimes(regimes, Money(100'000'00, "USD"), 6'000)[4].barred);
}

BOOST_AUTO_TEST_CASE(aRegimeThatDoesNotReduceBarsOrPaysInFull) {
    // Contributory negligence at 0 % fault pays all; at 0.01 % nothing.
    const FaultRegime contributory = shippedRegimes()[3];
    BOOST_TEST(recoveryAt(contributory, Money(100'000'00, "USD"), 0).minorUnits() == 100'000'00);
    BOOST_TEST(barsAt(contributory, 1));
}

BOOST_AUTO_TEST_CASE(aShareOutsideZeroToHundredIsRefused) {
    BOOST_CHECK_EXCEPTION(applyFaultRegimes(shippedRegimes(), Money(1, "USD"), 10'050), ValidationError,
                          [](const ValidationError& e) {
                              return std::string(e.what()) ==
                                     "a claimant's share of fault must lie between 0 and 100 per cent, not 100.50 "
                                     "per cent";
                          });
}

BOOST_AUTO_TEST_SUITE_END()
