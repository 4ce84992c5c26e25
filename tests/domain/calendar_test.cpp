#include <boost/test/unit_test.hpp>

#include "domain/calendar.h"
#include "domain/errors.h"

using cg::domain::Date;
using cg::domain::Instant;
using cg::domain::ValidationError;

BOOST_AUTO_TEST_SUITE(Calendar)

BOOST_AUTO_TEST_CASE(dateRoundTripsThroughIsoText) {
    BOOST_TEST(Date::parse("2024-02-29").toString() == "2024-02-29");
    BOOST_TEST(Date(2026, 3, 14).plusDays(60).toString() == "2026-05-13");
}

BOOST_AUTO_TEST_CASE(refusesDaysThatAreNotOnTheCalendar) {
    BOOST_CHECK_THROW(Date::parse("2023-02-29"), ValidationError);
    BOOST_CHECK_THROW(Date::parse("14.03.2026"), ValidationError);
    BOOST_CHECK_THROW(Date::parse("2026-13-01"), ValidationError);
}

BOOST_AUTO_TEST_CASE(instantIsUtcWithSeconds) {
    const Instant t = Instant::parse("2026-03-14T09:30Z");
    BOOST_TEST(t.toString() == "2026-03-14T09:30:00Z");
    BOOST_TEST(t.date().toString() == "2026-03-14");
    BOOST_CHECK_THROW(Instant::parse("2026-03-14 09:30"), ValidationError);
    BOOST_CHECK_THROW(Instant::parse("2026-03-14T25:00:00Z"), ValidationError);
}

BOOST_AUTO_TEST_SUITE_END()
