#pragma once
// One breach-notification regime as the notification-rules catalog states it
// (data/catalogs/notification-rules.xml): where and to what data it applies,
// which event starts its clock, and each recipient with its own deadline and
// threshold. The rules are data so that a firm can add a state without
// recompiling; the deadline engine only knows how to count.
#include <optional>
#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/deadlines/threshold.h"
#include "domain/vocabulary.h"

namespace cg::domain {

// The event a rule's clock runs from. Each rule keeps its own trigger; the
// engine never counts a "determination" rule from an "awareness" instant.
enum class ClockTrigger { Awareness, Discovery, Determination, MaterialityDetermination };

template <>
struct EnumNames<ClockTrigger> {
    static constexpr std::string_view what = "clock trigger";
    static constexpr auto names = std::to_array<std::pair<ClockTrigger, std::string_view>>(
        {{ClockTrigger::Awareness, "awareness"},
         {ClockTrigger::Discovery, "discovery"},
         {ClockTrigger::Determination, "determination"},
         {ClockTrigger::MaterialityDetermination, "materiality-determination"}});
};

enum class DeadlineKind {
    CalendarDays,       // event day is day 0, due on event + N, never moved off weekends
    Hours,              // elapsed time on the UTC time line (GDPR Art. 33, NYDFS 500.17)
    BusinessDays,       // 5 U.S.C. 6103 business days, counted strictly after the event
    AnnualLog,          // N days after 31 December of the event's year (HIPAA < 500)
    SameAsPrimary,      // no deadline of its own: the primary recipient's date is the outer date
    Immediately,        // no computed date, no status
    WithoutUndueDelay,  // no computed date, no status
};

template <>
struct EnumNames<DeadlineKind> {
    static constexpr std::string_view what = "deadline kind";
    static constexpr auto names = std::to_array<std::pair<DeadlineKind, std::string_view>>(
        {{DeadlineKind::CalendarDays, "calendar-days"},
         {DeadlineKind::Hours, "hours"},
         {DeadlineKind::BusinessDays, "business-days"},
         {DeadlineKind::AnnualLog, "annual-log"},
         {DeadlineKind::SameAsPrimary, "same-as-primary"},
         {DeadlineKind::Immediately, "immediately"},
         {DeadlineKind::WithoutUndueDelay, "without-undue-delay"}});
};

struct NotificationRecipient {
    std::string name;  // "Affected individuals", "HHS Secretary"
    DeadlineKind kind = DeadlineKind::CalendarDays;
    int amount = 0;        // days or hours; 0 for kinds without a count
    bool primary = false;  // the residents' notice others inherit from
    std::optional<Threshold> threshold;
    // Extra days allowed only when the case records a good-cause extension
    // (Fla. Stat. 501.171(4)(a): +15 days, notice to individuals only).
    int goodCauseExtensionDays = 0;
    // Words that, found in a notification fact's description, show that this
    // recipient was notified ("HHS", "media", "Attorney General").
    std::vector<std::string> evidenceTerms;
    std::string note;
};

struct NotificationRule {
    std::string id;        // "us-hipaa"
    std::string regime;    // "HIPAA Breach Notification Rule"
    std::string citation;  // "45 CFR 164.404-164.410"
    std::string source;    // where the catalog entry was checked
    Date asOf;             // when it was checked
    ClockTrigger trigger = ClockTrigger::Discovery;
    // Case jurisdiction codes it applies to: "US-NY", or a prefix "US-*", or "*".
    std::vector<std::string> jurisdictions;
    // Any of these exposed data types brings the rule into play; empty = any incident.
    std::vector<DataType> dataTypes;
    // Words one of which must appear in a claimant's sector ("publicly traded"
    // for SEC 8-K); empty = no sector condition.
    std::vector<std::string> sectorTerms;
    std::vector<NotificationRecipient> recipients;
    std::string note;

    bool appliesToJurisdiction(const std::string& code) const;
    const NotificationRecipient* primaryRecipient() const;
};

}  // namespace cg::domain
