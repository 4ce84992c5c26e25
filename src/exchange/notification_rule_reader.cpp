// Reads <notification-rules>: each <rule> with its <recipient>s
// (data/catalogs/notification-rules.xml explains the attributes).
#include <algorithm>
#include <optional>

#include "exchange/catalog_readers.h"

namespace cg::exchange {

namespace {

using domain::DeadlineKind;

const ElementShape kRuleShape{{{"id", true},
                               {"regime", true},
                               {"citation", true},
                               {"trigger", true},
                               {"jurisdictions", true},
                               {"data-types", false},
                               {"sector-terms", false},
                               {"note", false},
                               {"source", true},
                               {"as-of", true}},
                              {{"recipient", Occurs::Many}}};
const ElementShape kRecipientShape{{{"name", true},
                                    {"deadline", true},
                                    {"amount", false},
                                    {"primary", false},
                                    {"threshold", false},
                                    {"comparator", false},
                                    {"scope", false},
                                    {"good-cause-extension-days", false},
                                    {"evidence", false},
                                    {"note", false}},
                                   {},
                                   Content::Nothing};

bool countsUnits(DeadlineKind kind) {
    return kind == DeadlineKind::CalendarDays || kind == DeadlineKind::Hours ||
           kind == DeadlineKind::BusinessDays || kind == DeadlineKind::AnnualLog;
}

std::vector<domain::DataType> dataTypes(const ElementReader& el) {
    std::vector<domain::DataType> types;
    for (const std::string& word : splitWords(el.attribute("data-types"))) {
        try {
            types.push_back(domain::parseEnum<domain::DataType>(word));
        } catch (const domain::ValidationError& e) {
            el.failAt("data-types", e.what());
        }
    }
    return types;
}

domain::NotificationRecipient readRecipient(const ElementReader& el) {
    domain::NotificationRecipient r;
    r.name = requiredText(el, "name");
    r.kind = el.enumValue<DeadlineKind>("deadline");
    if (countsUnits(r.kind)) {
        if (!el.has("amount"))
            el.fail("a " + std::string(domain::toString(r.kind)) + " deadline needs an amount");
        r.amount = el.smallNumber("amount");
        if (r.amount < 1)
            el.failAt("amount", "amount " + std::to_string(r.amount) + " must be at least 1");
    } else if (el.has("amount")) {
        el.failAt("amount",
                  "a " + std::string(domain::toString(r.kind)) + " deadline has no amount");
    }
    r.primary = el.flag("primary");
    // A threshold is its number and its comparator together: "500" alone
    // would leave open whether exactly 500 counts.
    if (el.has("threshold") != el.has("comparator"))
        el.fail(
            "threshold and comparator go together: give both (e.g. threshold=\"500\" "
            "comparator=\"ge\") or neither");
    if (el.has("threshold")) {
        domain::Threshold t;
        t.value = el.wholeNumber("threshold");
        if (t.value < 0)
            el.failAt("threshold", "threshold " + std::to_string(t.value) + " is below zero");
        t.comparator = el.enumValue<domain::Comparator>("comparator");
        if (el.has("scope")) t.scope = el.enumValue<domain::ThresholdScope>("scope");
        r.threshold = t;
    } else if (el.has("scope")) {
        el.failAt("scope", "scope applies to a threshold, and this recipient has none");
    }
    if (el.has("good-cause-extension-days")) {
        if (r.kind != DeadlineKind::CalendarDays)
            el.failAt("good-cause-extension-days",
                      "a good-cause extension applies to calendar-day deadlines only");
        r.goodCauseExtensionDays = el.smallNumber("good-cause-extension-days");
        if (r.goodCauseExtensionDays < 1)
            el.failAt("good-cause-extension-days", "good-cause-extension-days must be at least 1");
    }
    r.evidenceTerms = splitTerms(el.attribute("evidence"));
    r.note = std::string(el.attribute("note"));
    return r;
}

}  // namespace

void readNotificationRules(const ElementReader& root, domain::ReferenceCatalogs& into) {
    for (pugi::xml_node node : root.children("rule")) {
        const ElementReader el(node, kRuleShape, root.source(),
                               "rule '" + std::string(node.attribute("id").value()) + "'");
        domain::NotificationRule rule;
        rule.id = requiredText(el, "id");
        if (std::any_of(into.notificationRules.begin(), into.notificationRules.end(),
                        [&](const domain::NotificationRule& r) { return r.id == rule.id; }))
            el.failAt(
                "id",
                "rule '" + rule.id +
                    "' is already defined (in this file or another catalog file of the folder)");
        rule.regime = requiredText(el, "regime");
        rule.citation = requiredText(el, "citation");
        rule.trigger = el.enumValue<domain::ClockTrigger>("trigger");
        rule.jurisdictions = splitWords(el.attribute("jurisdictions"));
        if (rule.jurisdictions.empty())
            el.failAt("jurisdictions", "jurisdictions is empty; use \"*\" for everywhere");
        rule.dataTypes = dataTypes(el);
        rule.sectorTerms = splitTerms(el.attribute("sector-terms"));
        rule.note = std::string(el.attribute("note"));
        rule.source = requiredText(el, "source");
        rule.asOf = el.date("as-of");

        // Where the first same-as-primary recipient stands, to point at it if the rule has no
        // primary.
        std::optional<pugi::xml_node> inheritor;
        const std::vector<pugi::xml_node> recipients = el.children("recipient");
        if (recipients.empty()) el.fail("a rule needs at least one <recipient>");
        for (const pugi::xml_node& child : recipients) {
            const ElementReader r(child, kRecipientShape, root.source(),
                                  el.subject() + ", recipient '" +
                                      std::string(child.attribute("name").value()) + "'");
            domain::NotificationRecipient recipient = readRecipient(r);
            if (recipient.primary && rule.primaryRecipient())
                r.failAt("primary", "only one recipient of a rule can be primary");
            if (recipient.kind == DeadlineKind::SameAsPrimary && !inheritor) inheritor = child;
            rule.recipients.push_back(std::move(recipient));
        }
        const domain::NotificationRecipient* primary = rule.primaryRecipient();
        if (inheritor && (!primary || !countsUnits(primary->kind)))
            root.source().fail(root.source().offsetOf(*inheritor),
                               el.subject() +
                                   ": a same-as-primary recipient needs a primary recipient with a "
                                   "dated deadline");
        into.notificationRules.push_back(std::move(rule));
    }
}

}  // namespace cg::exchange
