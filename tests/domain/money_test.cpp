#include <boost/test/unit_test.hpp>

#include "domain/errors.h"
#include "domain/money.h"

using cg::domain::Money;
using cg::domain::ValidationError;

BOOST_AUTO_TEST_SUITE(MoneyAmounts)

BOOST_AUTO_TEST_CASE(parsesMajorUnitsIntoCents) {
    BOOST_TEST(Money::parse("1,250,000.50", "USD").minorUnits() == 125000050);
    BOOST_TEST(Money::parse("3000000", "USD").minorUnits() == 300000000);
    BOOST_TEST(Money::parse("0.5", "EUR").minorUnits() == 50);
}

BOOST_AUTO_TEST_CASE(yenHasNoMinorUnits) {
    BOOST_TEST(Money::parse("1200", "JPY").minorUnits() == 1200);
    BOOST_CHECK_THROW(Money::parse("12.5", "JPY"), ValidationError);
}

BOOST_AUTO_TEST_CASE(displaysWithGroupingAndTwoDecimals) {
    BOOST_TEST(Money(300000000, "USD").display() == "USD 3,000,000.00");
    BOOST_TEST(Money(5, "EUR").amountText() == "0.05");
}

BOOST_AUTO_TEST_CASE(refusesNegativeAndNonsenseAmounts) {
    try {
        Money::parse("-100", "USD");
        BOOST_FAIL("negative amount accepted");
    } catch (const ValidationError& e) {
        BOOST_TEST(std::string(e.what()).find("negative") != std::string::npos);
    }
    BOOST_CHECK_THROW(Money::parse("12abc", "USD"), ValidationError);
    BOOST_CHECK_THROW(Money::parse("99999999999999999999", "USD"), ValidationError);
    BOOST_CHECK_THROW(Money(-1, "USD"), ValidationError);
}

BOOST_AUTO_TEST_CASE(refusesCurrencyCodesThatAreNotThreeCapitals) {
    BOOST_CHECK_THROW(Money::parse("1", "usd"), ValidationError);
    BOOST_CHECK_THROW(Money::parse("1", "DOLLAR"), ValidationError);
}

BOOST_AUTO_TEST_SUITE_END()
