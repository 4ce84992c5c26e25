#pragma once
// Everything the reference catalogs in data/catalogs hold, merged over all
// the catalog files of a folder. Filled by exchange's catalog loader.
#include <string>
#include <vector>

#include "domain/deadlines/control_entry.h"
#include "domain/deadlines/fault_regime.h"
#include "domain/deadlines/notification_rule.h"

namespace cg::domain {

// One catalog file that was read: which kind, which version, where from.
struct CatalogFileInfo {
    std::string file;     // as given to the loader
    std::string kind;     // the root element: "notification-rules"
    std::string version;  // its catalog-version attribute
    std::size_t entries = 0;
};

struct ReferenceCatalogs {
    std::vector<CatalogFileInfo> files;
    std::vector<ControlEntry> controls;
    std::vector<FailureMapping> failures;
    std::vector<NotificationRule> notificationRules;
    std::vector<FaultRegime> faultRegimes;
    std::vector<InterestCategoryEntry> interestCategories;
};

}  // namespace cg::domain
