// US federal holidays (5 U.S.C. 6103) on their observed dates, and business-day
// counting as SEC Form 8-K Item 1.05 uses it.
#include "domain/deadlines/business_calendar.h"

#include <boost/test/unit_test.hpp>

#include "domain/errors.h"
#include "print_types.h"

using namespace cg::domain;

namespace {

std::vector<std::string> observedDates(int year) {
    std::vector<std::string> dates;
    for (const FederalHoliday& h : federalHolidays(year)) dates.push_back(h.observed.toString());
    return dates;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(BusinessCalendar)

BOOST_AUTO_TEST_CASE(holidaysOf2026OnTheirObservedDates) {
    // Independence Day 2026 is a Saturday: observed Friday 3 July.
    const std::vector<std::string> expected{"2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25",
                                            "2026-06-19", "2026-07-03", "2026-09-07", "2026-10-12",
                                            "2026-11-11", "2026-11-26", "2026-12-25"};
    BOOST_TEST(observedDates(2026) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(holidaysOf2027OnTheirObservedDates) {
    // Juneteenth is a Saturday (observed Fri 18 June), Independence Day a
    // Sunday (observed Mon 5 July), Christmas a Saturday (observed Fri 24 Dec).
    const std::vector<std::string> expected{"2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31",
                                            "2027-06-18", "2027-07-05", "2027-09-06", "2027-10-11",
                                            "2027-11-11", "2027-11-25", "2027-12-24"};
    BOOST_TEST(observedDates(2027) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(holidaysOf2028OnTheirObservedDates) {
    // New Year's Day 2028 is a Saturday: observed Friday 31 December 2027.
    // Veterans Day 2028 is a Saturday: observed Friday 10 November.
    const std::vector<std::string> expected{"2027-12-31", "2028-01-17", "2028-02-21", "2028-05-29",
                                            "2028-06-19", "2028-07-04", "2028-09-04", "2028-10-09",
                                            "2028-11-10", "2028-11-23", "2028-12-25"};
    BOOST_TEST(observedDates(2028) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(juneteenthIsAHolidayOnlyFrom2021) {
    BOOST_TEST(federalHolidays(2020).size() == 10u);
    BOOST_TEST(federalHolidays(2021).size() == 11u);
    const auto h = holidayObservedOn(Date(2026, 6, 19));
    BOOST_REQUIRE(h.has_value());
    BOOST_TEST(h->name == "Juneteenth National Independence Day");
    BOOST_TEST(!isBusinessDay(Date(2026, 6, 19)));
}

BOOST_AUTO_TEST_CASE(newYearsDay2028IsObservedOnTheLastDayOf2027) {
    const auto h = holidayObservedOn(Date(2027, 12, 31));
    BOOST_REQUIRE(h.has_value());
    BOOST_TEST(h->name == "New Year's Day");
    BOOST_TEST(h->actual == Date(2028, 1, 1));
    BOOST_TEST(!isBusinessDay(Date(2027, 12, 31)));
    BOOST_TEST(weekdayName(Date(2027, 12, 31)) == "Friday");
}

BOOST_AUTO_TEST_CASE(anOrdinaryWeekdayIsABusinessDayAndAWeekendIsNot) {
    BOOST_TEST(isBusinessDay(Date(2026, 3, 4)));   // Wednesday
    BOOST_TEST(!isBusinessDay(Date(2026, 3, 7)));  // Saturday
    BOOST_TEST(!isBusinessDay(Date(2026, 3, 8)));  // Sunday
    BOOST_TEST(!holidayObservedOn(Date(2026, 7, 4))
                    .has_value());  // the Saturday itself is not the day off
}

BOOST_AUTO_TEST_CASE(fourBusinessDaysSkipTheObservedNewYearsDay) {
    // Thu 2027-12-30 -> Fri 31 Dec is observed New Year's Day, weekend, then
    // Mon 3 (1), Tue 4 (2), Wed 5 (3), Thu 6 January 2028 (4).
    BOOST_TEST(addBusinessDays(Date(2027, 12, 30), 4) == Date(2028, 1, 6));
}

BOOST_AUTO_TEST_CASE(aStartOnAWeekendCountsFromTheNextBusinessDay) {
    // Sun 2026-01-18; Mon 19 is Martin Luther King Day; Tue 20 is day 1 -> Fri 23.
    BOOST_TEST(addBusinessDays(Date(2026, 1, 18), 4) == Date(2026, 1, 23));
    // Sat 2026-06-20: Mon 22 (1) ... Thu 25 (4).
    BOOST_TEST(addBusinessDays(Date(2026, 6, 20), 4) == Date(2026, 6, 25));
}

BOOST_AUTO_TEST_CASE(thanksgivingIsSkipped) {
    // Wed 2026-11-25; Thu 26 Thanksgiving; Fri 27 (1), Mon 30 (2), Tue 1 (3), Wed 2 December (4).
    BOOST_TEST(addBusinessDays(Date(2026, 11, 25), 4) == Date(2026, 12, 2));
}

BOOST_AUTO_TEST_CASE(zeroBusinessDaysIsRefused) {
    BOOST_CHECK_EXCEPTION(
        addBusinessDays(Date(2026, 1, 5), 0), ValidationError, [](const ValidationError& e) {
            return std::string(e.what()) == "a business-day deadline needs at least 1 day, not 0";
        });
}

BOOST_AUTO_TEST_SUITE_END()
