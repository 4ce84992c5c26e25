#include "domain/deadlines/deadline.h"

namespace cg::domain {

namespace {

std::string dayCount(int days) { return std::to_string(days) + (days == 1 ? " day" : " days"); }

// "25 h 05 min": how late a notice was against an hours rule.
std::string hoursAndMinutes(std::int64_t minutes) {
    const std::int64_t m = minutes % 60;
    return std::to_string(minutes / 60) + " h " + (m < 10 ? "0" : "") + std::to_string(m) + " min";
}

}  // namespace

std::string Deadline::statusText() const {
    const std::string noticeRef = noticeFactNo ? " on " + noticeOn->toString() + " (fact " +
                                                     std::to_string(*noticeFactNo) + ")"
                                               : "";
    switch (status) {
        case DeadlineStatus::Met:
            return "met" + noticeRef;
        case DeadlineStatus::Missed:
            return "missed by " +
                   (kind == DeadlineKind::Hours ? hoursAndMinutes(minutesLate) : dayCount(days)) +
                   noticeRef;
        case DeadlineStatus::DueIn:
            return "due in " + dayCount(days) + (days == 0 ? " (today)" : "");
        case DeadlineStatus::Overdue:
            return "overdue by " + dayCount(days);
        case DeadlineStatus::NotRequired:
            return "not required";
        case DeadlineStatus::NoComputedDate:
            return "";
    }
    return "";
}

std::string Deadline::dueText() const {
    if (dueInstant) return dueInstant->toString();
    if (due) return due->toString();
    if (kind == DeadlineKind::Immediately) return "immediately";
    if (kind == DeadlineKind::WithoutUndueDelay) return "without undue delay";
    return "";
}

std::string Deadline::startText() const {
    if (startInstant) return startInstant->toString();
    if (start) return start->toString();
    return "";
}

}  // namespace cg::domain
