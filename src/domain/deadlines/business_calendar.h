#pragma once
// US federal business days, for rules that count "business days" (SEC Form
// 8-K Item 1.05, Visa's at-risk account submission). A business day is any
// day that is not a Saturday, a Sunday or a legal public holiday under
// 5 U.S.C. 6103(a), taken on its observed date: a holiday on a Saturday is
// observed the Friday before, one on a Sunday the Monday after (5 U.S.C.
// 6103(b); Executive Order 11582). So New Year's Day 2028 (a Saturday) is
// observed on Friday 2027-12-31, a day of the previous year.
#include <optional>
#include <string>
#include <vector>

#include "domain/calendar.h"

namespace cg::domain {

struct FederalHoliday {
    std::string name;  // "Juneteenth National Independence Day"
    Date actual;       // the statutory date
    Date observed;     // the day off: moved off Saturday / Sunday
};

// The eleven holidays of 5 U.S.C. 6103(a) for that year, in calendar order of
// their actual dates (Juneteenth only from 2021, when it was added).
std::vector<FederalHoliday> federalHolidays(int year);

// The holiday observed on that day, if any (looks at the neighbouring years
// too, because 1 January can be observed on 31 December).
std::optional<FederalHoliday> holidayObservedOn(Date day);

// "Monday" ... "Sunday".
std::string weekdayName(Date day);
bool isWeekend(Date day);
bool isBusinessDay(Date day);

// The date that is `count` business days after `start`, counting strictly
// after it: the first business day after start is day 1, even when start
// itself is a weekend or a holiday. count must be at least 1.
Date addBusinessDays(Date start, int count);

}  // namespace cg::domain
