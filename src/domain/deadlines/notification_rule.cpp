#include "domain/deadlines/notification_rule.h"

namespace cg::domain {

bool NotificationRule::appliesToJurisdiction(const std::string& code) const {
    for (const std::string& pattern : jurisdictions) {
        if (pattern == "*" || pattern == code) return true;
        // "US-*" covers every US state code ("US-NY") but not "US" itself.
        if (pattern.size() > 1 && pattern.back() == '*' && code.size() > pattern.size() - 1 &&
            code.compare(0, pattern.size() - 1, pattern, 0, pattern.size() - 1) == 0)
            return true;
    }
    return false;
}

const NotificationRecipient* NotificationRule::primaryRecipient() const {
    for (const auto& r : recipients)
        if (r.primary) return &r;
    return nullptr;
}

}  // namespace cg::domain
