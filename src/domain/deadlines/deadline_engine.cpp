#include "domain/deadlines/deadline_engine.h"

#include <algorithm>

#include "domain/deadlines/business_calendar.h"
#include "domain/deadlines/evidence_terms.h"

namespace cg::domain {

namespace {

using namespace std::chrono;

Instant startOfDay(Date day) { return Instant(sys_seconds{day.days()}); }

struct ClockStart {
    std::optional<Date> date;
    std::optional<Instant> instant;
    std::string text;
};

std::string discoveryText(const IncidentFacts& f) {
    return "discovery " + f.discovery->toString() +
           (f.discoveryFactNo ? " (fact " + std::to_string(f.discoveryFactNo) + ")" : "");
}

// Each rule runs from its own trigger; where the case records no date for it,
// the discovery date stands in and the text says so (incident_facts.h).
ClockStart clockStart(ClockTrigger trigger, const IncidentFacts& f) {
    const auto recorded = [](const char* what, Date d) {
        return ClockStart{d, startOfDay(d), std::string(what) + " " + d.toString()};
    };
    if (trigger == ClockTrigger::Awareness && f.awareness)
        return {f.awareness->date(), f.awareness, "awareness " + f.awareness->toString()};
    if (trigger == ClockTrigger::Determination && f.determinationInstant)
        return {f.determinationInstant->date(), f.determinationInstant,
                "determination " + f.determinationInstant->toString()};
    if (trigger == ClockTrigger::Determination && f.determination)
        return recorded("determination", *f.determination);
    if (trigger == ClockTrigger::MaterialityDetermination && f.materialityDetermination)
        return recorded("materiality determination", *f.materialityDetermination);
    if (!f.discovery) return {std::nullopt, std::nullopt, "no discovery date in the case"};
    const Date d = *f.discovery;
    switch (trigger) {
        case ClockTrigger::Discovery:
            return {d, startOfDay(d), discoveryText(f)};
        case ClockTrigger::Awareness:
            return {d, startOfDay(d),
                    "awareness taken as 00:00 UTC on " + discoveryText(f) + ", none recorded"};
        case ClockTrigger::Determination:
            return {d, startOfDay(d),
                    "determination taken as " + discoveryText(f) + ", none recorded"};
        case ClockTrigger::MaterialityDetermination:
            return {d, startOfDay(d),
                    "materiality determination taken as " + discoveryText(f) + ", none recorded"};
    }
    return {};
}

struct DueDate {
    std::optional<Date> date;
    std::optional<Instant> instant;
    std::string counting;
};

std::string triggerName(ClockTrigger t) { return std::string(toString(t)); }

// The recipient's own deadline from the clock start, without extensions.
DueDate baseDue(const NotificationRecipient& r, const NotificationRule& rule,
                const ClockStart& start) {
    const std::string from = " after " + triggerName(rule.trigger);
    switch (r.kind) {
        case DeadlineKind::CalendarDays:
            return {start.date->plusDays(r.amount), std::nullopt,
                    std::to_string(r.amount) + " calendar days" + from +
                        " (day 0 = " + start.date->toString() + ")"};
        case DeadlineKind::Hours: {
            const Instant due(start.instant->time() + hours(r.amount));
            return {due.date(), due,
                    std::to_string(r.amount) + " hours" + from + " on the UTC time line"};
        }
        case DeadlineKind::BusinessDays:
            return {
                addBusinessDays(*start.date, r.amount), std::nullopt,
                std::to_string(r.amount) + " business days" + from +
                    " (5 U.S.C. 6103 holidays on observed dates; day 1 is the next business day)"};
        case DeadlineKind::AnnualLog: {
            const int y = start.date->year();
            return {Date(y, 12, 31).plusDays(r.amount), std::nullopt,
                    "annual log: " + std::to_string(r.amount) + " days after 31 December " +
                        std::to_string(y)};
        }
        case DeadlineKind::SameAsPrimary:
            if (const NotificationRecipient* primary = rule.primaryRecipient();
                primary && primary->kind != DeadlineKind::SameAsPrimary) {
                DueDate d = baseDue(*primary, rule, start);
                d.counting = "no deadline of its own: the outer date is that for " + primary->name;
                return d;
            }
            return {std::nullopt, std::nullopt, "no deadline of its own and no primary recipient"};
        case DeadlineKind::Immediately:
            return {std::nullopt, std::nullopt, "immediately: no computed date"};
        case DeadlineKind::WithoutUndueDelay:
            return {std::nullopt, std::nullopt, "without undue delay: no computed date"};
    }
    return {};
}

// Calendar-day dates stay where they fall; the note warns the reader.
void warnIfNotBusinessDay(Deadline& d) {
    if (!d.due || d.kind == DeadlineKind::BusinessDays || d.kind == DeadlineKind::Hours) return;
    if (isWeekend(*d.due))
        d.notes.push_back("falls on a " + weekdayName(*d.due) +
                          "; calendar-day deadlines are not moved");
    else if (const auto h = holidayObservedOn(*d.due))
        d.notes.push_back("falls on " + h->name +
                          " (observed); calendar-day deadlines are not moved");
}

// What every recipient of a run is matched against: the incident, its notice
// texts lowered once (a large case has hundreds of notices and the catalogs
// dozens of recipients), and the as-of date.
struct Run {
    const IncidentFacts& facts;
    std::vector<std::string> loweredNotices;
    Date asOf;
};

void settleStatus(Deadline& d, const NotificationRecipient& r, const Run& run) {
    const IncidentFacts& f = run.facts;
    const Date asOf = run.asOf;
    const TermMatcher evidence(r.evidenceTerms);
    const auto notice = std::find_if(f.notices.begin(), f.notices.end(), [&](const NoticeFact& n) {
        return evidence.matches(
            run.loweredNotices[static_cast<std::size_t>(&n - f.notices.data())]);
    });
    if (notice != f.notices.end()) {
        d.noticeFactNo = notice->factNo;
        d.noticeOn = notice->on;
        if (d.dueInstant) {
            // Notification facts carry a date only: taken as 00:00 UTC of that day.
            const auto late = startOfDay(notice->on).time() - d.dueInstant->time();
            d.status = late <= seconds{0} ? DeadlineStatus::Met : DeadlineStatus::Missed;
            d.minutesLate =
                d.status == DeadlineStatus::Missed ? duration_cast<minutes>(late).count() : 0;
        } else {
            const int late = static_cast<int>((notice->on.days() - d.due->days()).count());
            d.status = late <= 0 ? DeadlineStatus::Met : DeadlineStatus::Missed;
            d.days = std::max(late, 0);
        }
        return;
    }
    const int remaining = static_cast<int>((d.due->days() - asOf.days()).count());
    d.status = remaining >= 0 ? DeadlineStatus::DueIn : DeadlineStatus::Overdue;
    d.days = remaining >= 0 ? remaining : -remaining;
}

Deadline deadlineFor(const NotificationRule& rule, const NotificationRecipient& r, const Run& run) {
    const IncidentFacts& f = run.facts;
    Deadline d;
    d.ruleId = rule.id;
    d.regime = rule.regime;
    d.citation = rule.citation;
    d.recipient = r.name;
    d.kind = r.kind;
    d.trigger = rule.trigger;
    d.threshold = r.threshold;
    if (!r.note.empty()) d.notes.push_back(r.note);

    if (r.threshold) {
        d.countCompared = f.recordsAffected.value_or(0);
        if (!f.recordsAffected)
            d.notes.push_back("the case records no number of records affected; counted as 0");
        if (r.threshold->scope == ThresholdScope::PerState && !f.jurisdictions.empty())
            d.notes.push_back("records affected treated as residents of " +
                              f.jurisdictions.front() + " (facts carry no per-state counts)");
        if (!r.threshold->isMetBy(*d.countCompared)) {
            d.status = DeadlineStatus::NotRequired;
            d.counting = "threshold " + r.threshold->describe() + " not met by " +
                         std::to_string(*d.countCompared);
            return d;
        }
    }

    const ClockStart start = clockStart(rule.trigger, f);
    d.triggerText = start.text;
    if (!start.date) {
        d.counting = "no start date: record the discovery date on the incident's event fact";
        return d;
    }
    d.start = start.date;
    if (r.kind == DeadlineKind::Hours) d.startInstant = start.instant;
    DueDate due = baseDue(r, rule, start);
    d.counting = due.counting;
    if (r.threshold)
        d.counting += "; threshold " + r.threshold->describe() + " met by " +
                      std::to_string(*d.countCompared);
    if (!due.date) return d;  // immediately / without undue delay: listed, never dated
    d.due = due.date;
    d.dueInstant = due.instant;
    if (r.goodCauseExtensionDays > 0) {
        if (f.goodCauseExtension) {
            d.due = d.due->plusDays(r.goodCauseExtensionDays);
            d.notes.push_back("includes the recorded " + std::to_string(r.goodCauseExtensionDays) +
                              "-day good-cause extension");
        } else {
            d.notes.push_back("a " + std::to_string(r.goodCauseExtensionDays) +
                              "-day extension applies only if a good-cause extension is recorded");
        }
    }
    warnIfNotBusinessDay(d);
    settleStatus(d, r, run);
    return d;
}

}  // namespace

bool ruleApplies(const NotificationRule& rule, const IncidentFacts& facts) {
    const bool place =
        std::any_of(facts.jurisdictions.begin(), facts.jurisdictions.end(),
                    [&](const std::string& j) { return rule.appliesToJurisdiction(j); });
    const bool data = rule.dataTypes.empty() ||
                      std::any_of(rule.dataTypes.begin(), rule.dataTypes.end(), [&](DataType t) {
                          return std::find(facts.dataTypes.begin(), facts.dataTypes.end(), t) !=
                                 facts.dataTypes.end();
                      });
    const TermMatcher sectorTerms(rule.sectorTerms);
    const bool sector =
        rule.sectorTerms.empty() ||
        std::any_of(facts.claimantSectors.begin(), facts.claimantSectors.end(),
                    [&](const std::string& s) { return sectorTerms.matches(lowerAscii(s)); });
    return place && data && sector;
}

std::vector<Deadline> computeDeadlines(const IncidentFacts& facts,
                                       const std::vector<NotificationRule>& rules, Date asOf) {
    Run run{facts, {}, asOf};
    for (const NoticeFact& n : facts.notices)
        run.loweredNotices.push_back(lowerAscii(n.description));
    std::vector<Deadline> result;
    for (const NotificationRule& rule : rules) {
        if (!ruleApplies(rule, facts)) continue;
        const std::size_t first = result.size();
        for (const NotificationRecipient& r : rule.recipients)
            result.push_back(deadlineFor(rule, r, run));
        if (!rule.note.empty() && result.size() > first) result[first].notes.push_back(rule.note);
    }
    return result;
}

std::string countingSummary() {
    return "Counting: day 0 is the event day and the due day counts in full; calendar-day "
           "deadlines are not "
           "moved off weekends or holidays; hour rules run on the UTC time line; business days "
           "skip weekends "
           "and US federal holidays (5 U.S.C. 6103, observed dates), counted from the next "
           "business day; "
           "'immediately' and 'without undue delay' get no date.";
}

}  // namespace cg::domain
