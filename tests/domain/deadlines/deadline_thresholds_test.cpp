// Thresholds with their exact comparators, and HIPAA's annual log across a
// leap year (45 CFR 164.406 and 164.408).
#include <boost/test/unit_test.hpp>

#include "domain/deadlines/deadline_engine.h"
#include "print_types.h"
#include "rule_fixtures.h"

using namespace cg::domain;
using namespace cg::testing;

namespace {

// HIPAA as the catalog states it: media > 500 residents of a state, HHS
// ≥ 500 within 60 days, HHS < 500 in the annual log.
NotificationRule hipaa() {
    return rule(
        "hipaa", ClockTrigger::Discovery,
        {primary(recipient("Individuals", DeadlineKind::CalendarDays, 60)),
         withThreshold(recipient("Media", DeadlineKind::CalendarDays, 60), Comparator::MoreThan,
                       500, ThresholdScope::PerState),
         withThreshold(recipient("HHS", DeadlineKind::CalendarDays, 60), Comparator::AtLeast, 500),
         withThreshold(recipient("HHS log", DeadlineKind::AnnualLog, 60), Comparator::LessThan,
                       500)},
        {"US-*"});
}

std::vector<std::string> statuses(std::int64_t records, Date discovery = Date(2026, 3, 2)) {
    std::vector<std::string> result;
    for (const Deadline& d : computeDeadlines(incident(discovery, records), {hipaa()}, discovery))
        result.push_back(d.recipient + ": " +
                         (d.status == DeadlineStatus::NotRequired ? "not required" : d.dueText()));
    return result;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(DeadlineThresholds)

BOOST_AUTO_TEST_CASE(exactly500RecordsNeedHhsWithin60DaysButNoMedia) {
    // 2026-03-02 + 60 = 2026-05-01.
    const std::vector<std::string> expected{"Individuals: 2026-05-01", "Media: not required",
                                            "HHS: 2026-05-01", "HHS log: not required"};
    BOOST_TEST(statuses(500) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(records501NeedTheMediaToo) {
    const std::vector<std::string> expected{"Individuals: 2026-05-01", "Media: 2026-05-01",
                                            "HHS: 2026-05-01", "HHS log: not required"};
    BOOST_TEST(statuses(501) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(records499GoInTheAnnualLog) {
    // 2026-12-31 + 60 = 2027-03-01 (February 2027 has 28 days).
    const std::vector<std::string> expected{"Individuals: 2026-05-01", "Media: not required",
                                            "HHS: not required", "HHS log: 2027-03-01"};
    BOOST_TEST(statuses(499) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(theAnnualLogIsDueOn29FebruaryInALeapYear) {
    // Discovered 2027-05-10: 2027-12-31 + 60 = 2028-02-29.
    const auto all =
        computeDeadlines(incident(Date(2027, 5, 10), 120), {hipaa()}, Date(2027, 6, 1));
    BOOST_REQUIRE_EQUAL(all.size(), 4u);
    BOOST_TEST(all[3].due->toString() == "2028-02-29");
    BOOST_TEST(all[3].counting ==
               "annual log: 60 days after 31 December 2027; threshold < 500 records met by 120");
    BOOST_TEST(all[3].statusText() == "due in 273 days");
}

BOOST_AUTO_TEST_CASE(aThresholdNotMetShowsNoDateAndSaysWhy) {
    const auto all = computeDeadlines(incident(Date(2026, 3, 2), 500), {hipaa()}, Date(2026, 3, 2));
    const Deadline& media = all[1];
    BOOST_TEST(media.status == DeadlineStatus::NotRequired);
    BOOST_TEST(!media.due.has_value());
    BOOST_TEST(media.statusText() == "not required");
    BOOST_TEST(media.counting == "threshold > 500 residents of one state not met by 500");
    BOOST_TEST(media.notes[0] ==
               "records affected treated as residents of US-NY (facts carry no per-state counts)");
}

BOOST_AUTO_TEST_CASE(comparatorsReadAsTheLawWritesThem) {
    BOOST_TEST(Threshold({Comparator::AtLeast, 500, ThresholdScope::Total}).isMetBy(500));
    BOOST_TEST(!Threshold({Comparator::MoreThan, 500, ThresholdScope::Total}).isMetBy(500));
    BOOST_TEST(Threshold({Comparator::MoreThan, 500, ThresholdScope::Total}).isMetBy(501));
    BOOST_TEST(!Threshold({Comparator::LessThan, 500, ThresholdScope::Total}).isMetBy(500));
    BOOST_TEST(Threshold({Comparator::AtMost, 500, ThresholdScope::Total}).isMetBy(500));
    BOOST_TEST(Threshold({Comparator::AtLeast, 250, ThresholdScope::Total}).describe() ==
               "≥ 250 records");
}

BOOST_AUTO_TEST_SUITE_END()
