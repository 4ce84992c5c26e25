#include <boost/test/unit_test.hpp>

#include "domain/common_ground/bottom_line.h"
#include "domain/errors.h"

using namespace cg::domain;

BOOST_AUTO_TEST_SUITE(BottomLines)

BOOST_AUTO_TEST_CASE(aPayerAboveThePayeesLeastOverlapsByTheDifference) {
    // Pays up to 450,000; accepts 400,000 → they overlap by 50,000.
    const auto check = compareBottomLines(Money(450'000'00, "USD"), Money(400'000'00, "USD"));
    BOOST_TEST((check.outcome == BottomLineCheck::Outcome::Overlap));
    BOOST_TEST(check.amount.minorUnits() == 50'000'00);
}

BOOST_AUTO_TEST_CASE(aPayerBelowThePayeesLeastLeavesAGap) {
    // Pays up to 300,000; accepts no less than 350,000 → a gap of 50,000.
    const auto check = compareBottomLines(Money(300'000'00, "USD"), Money(350'000'00, "USD"));
    BOOST_TEST((check.outcome == BottomLineCheck::Outcome::Gap));
    BOOST_TEST(check.amount.minorUnits() == 50'000'00);
    BOOST_TEST(toString(check.outcome) == "gap");
}

BOOST_AUTO_TEST_CASE(equalBottomLinesMeetAtOneFigure) {
    const auto check = compareBottomLines(Money(425'000'00, "USD"), Money(425'000'00, "USD"));
    BOOST_TEST((check.outcome == BottomLineCheck::Outcome::Overlap));
    BOOST_TEST(check.amount.isZero());
}

BOOST_AUTO_TEST_CASE(differentCurrenciesAreRefused) {
    BOOST_CHECK_EXCEPTION(compareBottomLines(Money(1, "USD"), Money(1, "EUR")), ValidationError,
                          [](const ValidationError& e) {
                              return std::string(e.what()) ==
                                     "bottom lines in USD and EUR cannot be compared; record both in one currency";
                          });
}

BOOST_AUTO_TEST_SUITE_END()
