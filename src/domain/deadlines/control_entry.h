#pragma once
// Entries of the control-framework catalogs (data/catalogs/controls.xml and
// failure-map.xml): the "standard of care" items a worksheet cites as
// objective criteria. They live with the deadlines because both are reference
// catalogs shipped as data and read by exchange.
#include <string>
#include <vector>

#include "domain/calendar.h"

namespace cg::domain {

struct ControlEntry {
    std::string framework;  // "CIS v8", "NIST CSF 2.0", "NIST SP 800-171 r2"
    std::string id;         // "6.4", "PR.AA", "3.5"
    std::string name;       // "Require MFA for Remote Network Access"
    std::string parent;     // "6" for safeguard 6.4; "" for a top-level item
    // false where the reference marks the item UNVERIFIED (e.g. the CSF 2.0
    // category names); views must show it as such.
    bool verified = true;
    std::string source;
    Date asOf;
};

struct ControlReference {
    std::string framework;
    std::string id;
    bool verified = true;
};

// A common failure ("no MFA") and the controls it breaks.
struct FailureMapping {
    std::string id;       // "no-mfa"
    std::string failure;  // "Weak or default passwords, no MFA"
    std::vector<ControlReference> controls;
    std::string source;
    Date asOf;
};

struct InterestCategoryEntry {
    std::string id;  // matches the interest-category vocabulary: "regulatory"
    std::string name;
    std::string description;
    std::string source;
    Date asOf;
};

}  // namespace cg::domain
