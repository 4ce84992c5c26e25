#include "domain/deadlines/business_calendar.h"

#include "domain/errors.h"

namespace cg::domain {

namespace {

using namespace std::chrono;

Date fixedDay(int y, unsigned m, unsigned d) { return Date(y, m, d); }

// The n-th given weekday of a month (n = 1..4), e.g. the third Monday of January.
Date nthWeekday(int y, unsigned m, weekday wd, unsigned n) {
    return Date(sys_days{year{y} / month{m} / wd[n]});
}

Date lastWeekday(int y, unsigned m, weekday wd) {
    return Date(sys_days{year{y} / month{m} / wd[last]});
}

// 5 U.S.C. 6103(b) and E.O. 11582: Saturday -> Friday before, Sunday -> Monday after.
Date observedDate(Date actual) {
    const weekday wd{actual.days()};
    if (wd == Saturday) return actual.plusDays(-1);
    if (wd == Sunday) return actual.plusDays(1);
    return actual;
}

FederalHoliday holiday(std::string name, Date actual) {
    return {std::move(name), actual, observedDate(actual)};
}

}  // namespace

std::vector<FederalHoliday> federalHolidays(int y) {
    // 5 U.S.C. 6103(a), in the order the statute lists them.
    std::vector<FederalHoliday> result{
        holiday("New Year's Day", fixedDay(y, 1, 1)),
        holiday("Birthday of Martin Luther King, Jr.", nthWeekday(y, 1, Monday, 3)),
        holiday("Washington's Birthday", nthWeekday(y, 2, Monday, 3)),
        holiday("Memorial Day", lastWeekday(y, 5, Monday)),
    };
    // Juneteenth was added by Pub. L. 117-17 (17 June 2021).
    if (y >= 2021)
        result.push_back(holiday("Juneteenth National Independence Day", fixedDay(y, 6, 19)));
    result.push_back(holiday("Independence Day", fixedDay(y, 7, 4)));
    result.push_back(holiday("Labor Day", nthWeekday(y, 9, Monday, 1)));
    result.push_back(holiday("Columbus Day", nthWeekday(y, 10, Monday, 2)));
    result.push_back(holiday("Veterans Day", fixedDay(y, 11, 11)));
    result.push_back(holiday("Thanksgiving Day", nthWeekday(y, 11, Thursday, 4)));
    result.push_back(holiday("Christmas Day", fixedDay(y, 12, 25)));
    return result;
}

std::optional<FederalHoliday> holidayObservedOn(Date day) {
    for (int y = day.year() - 1; y <= day.year() + 1; ++y)
        for (const FederalHoliday& h : federalHolidays(y))
            if (h.observed == day) return h;
    return std::nullopt;
}

std::string weekdayName(Date day) {
    static const char* const kNames[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                         "Thursday", "Friday", "Saturday"};
    return kNames[weekday{day.days()}.c_encoding()];
}

bool isWeekend(Date day) {
    const weekday wd{day.days()};
    return wd == Saturday || wd == Sunday;
}

bool isBusinessDay(Date day) { return !isWeekend(day) && !holidayObservedOn(day); }

Date addBusinessDays(Date start, int count) {
    if (count < 1)
        throw ValidationError("a business-day deadline needs at least 1 day, not " +
                              std::to_string(count));
    Date day = start;
    for (int counted = 0; counted < count;) {
        day = day.plusDays(1);
        if (isBusinessDay(day)) ++counted;
    }
    return day;
}

}  // namespace cg::domain
