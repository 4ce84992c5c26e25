#include "domain/calendar.h"

#include <cstdio>

#include "domain/errors.h"

namespace cg::domain {

namespace {

using namespace std::chrono;

// Reads exactly `width` digits at `pos`; -1 when they are not all digits.
int readDigits(std::string_view text, std::size_t pos, std::size_t width) {
    if (pos + width > text.size()) return -1;
    int value = 0;
    for (std::size_t i = pos; i < pos + width; ++i) {
        if (text[i] < '0' || text[i] > '9') return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

std::chrono::sys_days checkedDay(int y, int m, int d, std::string_view original) {
    const year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok())
        throw ValidationError("'" + std::string(original) + "' is not a date on the calendar");
    if (y < 1900 || y > 2200)
        throw ValidationError("date '" + std::string(original) + "' is outside the years 1900 to 2200");
    return sys_days{ymd};
}

}  // namespace

Date::Date(int y, unsigned m, unsigned d) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", y, m, d);
    m_days = checkedDay(y, static_cast<int>(m), static_cast<int>(d), buffer);
}

Date Date::parse(std::string_view text) {
    const int y = readDigits(text, 0, 4), m = readDigits(text, 5, 2), d = readDigits(text, 8, 2);
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || y < 0 || m < 0 || d < 0)
        throw ValidationError("'" + std::string(text) + "' is not a date; write it as YYYY-MM-DD");
    return Date(checkedDay(y, m, d, text));
}

Date Date::today() { return Date(floor<std::chrono::days>(system_clock::now())); }

int Date::year() const { return static_cast<int>(std::chrono::year_month_day{m_days}.year()); }

std::string Date::toString() const {
    const year_month_day ymd{m_days};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buffer;
}

Instant Instant::parse(std::string_view text) {
    const auto bad = [&] {
        return ValidationError("'" + std::string(text) +
                               "' is not a UTC time; write it as YYYY-MM-DDTHH:MM:SSZ");
    };
    if (text.size() < 17 || text.back() != 'Z' || text[10] != 'T' || text[13] != ':') throw bad();
    const Date date = Date::parse(text.substr(0, 10));
    const int h = readDigits(text, 11, 2), min = readDigits(text, 14, 2);
    int s = 0;
    if (text.size() == 20) {
        if (text[16] != ':') throw bad();
        s = readDigits(text, 17, 2);
    } else if (text.size() != 17) {
        throw bad();
    }
    if (h < 0 || h > 23 || min < 0 || min > 59 || s < 0 || s > 59) throw bad();
    return Instant(sys_seconds{date.days()} + hours(h) + minutes(min) + seconds(s));
}

Instant Instant::now() { return Instant(floor<seconds>(system_clock::now())); }

std::string Instant::toString() const {
    const auto day = floor<std::chrono::days>(m_time);
    const hh_mm_ss<seconds> tod{m_time - day};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:%02dZ", Date(day).toString().c_str(),
                  static_cast<int>(tod.hours().count()), static_cast<int>(tod.minutes().count()),
                  static_cast<int>(tod.seconds().count()));
    return buffer;
}

}  // namespace cg::domain
