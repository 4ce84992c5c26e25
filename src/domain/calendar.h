#pragma once
// Calendar dates (a fact happened "on 3 March") and UTC instants (a session
// started "at 14:05Z"). Deadlines count calendar days from dates and elapsed
// hours from instants, so the two are kept apart.
#include <chrono>
#include <compare>
#include <string>
#include <string_view>

namespace cg::domain {

class Date {
public:
    Date() = default;  // 1970-01-01
    Date(int year, unsigned month, unsigned day);  // throws ValidationError if no such day
    explicit Date(std::chrono::sys_days days) : m_days(days) {}

    // ISO 8601 "2026-03-14"; throws ValidationError naming what is wrong.
    static Date parse(std::string_view text);
    static Date today();

    std::string toString() const;
    std::chrono::sys_days days() const { return m_days; }
    int year() const;
    Date plusDays(int days) const { return Date(m_days + std::chrono::days(days)); }

    friend auto operator<=>(const Date&, const Date&) = default;
    friend bool operator==(const Date&, const Date&) = default;

private:
    std::chrono::sys_days m_days{};
};

class Instant {
public:
    Instant() = default;
    explicit Instant(std::chrono::sys_seconds t) : m_time(t) {}

    // ISO 8601 UTC "2026-03-14T09:30:00Z" (seconds optional).
    static Instant parse(std::string_view text);
    static Instant now();

    std::string toString() const;
    std::chrono::sys_seconds time() const { return m_time; }
    Date date() const { return Date(std::chrono::floor<std::chrono::days>(m_time)); }

    friend auto operator<=>(const Instant&, const Instant&) = default;
    friend bool operator==(const Instant&, const Instant&) = default;

private:
    std::chrono::sys_seconds m_time{};
};

}  // namespace cg::domain
