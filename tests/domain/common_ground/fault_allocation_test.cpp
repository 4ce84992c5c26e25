#include <boost/test/unit_test.hpp>

#include "domain/common_ground/fault_allocation.h"
#include "domain/errors.h"

using namespace cg::domain;

namespace {

std::vector<std::int64_t> recoveries(std::int64_t damagesMinor, int faultBasisPoints) {
    std::vector<std::int64_t> result;
    for (const auto& o : applyFaultRegimes(Money(damagesMinor, "USD"), faultBasisPoints))
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
    // 50.01 %: $100K × 49.99 % = $49,990 under pure only.
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

BOOST_AUTO_TEST_CASE(regimesAreThresholdAndComparator) {
    const auto regimes = standardFaultAllocationRules();
    BOOST_REQUIRE_EQUAL(regimes.size(), 4u);
    BOOST_TEST(regimes[1].barThresholdBasisPoints == 5'000);
    BOOST_TEST((regimes[1].comparator == FaultAllocationRule::Comparator::AtLeast));
    BOOST_TEST(regimes[2].barThresholdBasisPoints == 5'000);
    BOOST_TEST((regimes[2].comparator == FaultAllocationRule::Comparator::GreaterThan));
    BOOST_TEST(regimes[3].bars(1));
    BOOST_TEST(!regimes[0].bars(10'000));
}

BOOST_AUTO_TEST_CASE(aShareOutsideZeroToHundredIsRefused) {
    BOOST_CHECK_EXCEPTION(applyFaultRegimes(Money(1, "USD"), 10'050), ValidationError, [](const ValidationError& e) {
        return std::string(e.what()) ==
               "a claimant's share of fault must lie between 0 and 100 per cent, not 100.50 per cent";
    });
}

BOOST_AUTO_TEST_SUITE_END()
