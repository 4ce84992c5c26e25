#pragma once
// From a fact's failed-control text to the catalogs: "CIS 6.4 Require MFA for
// Remote Network Access" is CIS v8 safeguard 6.4, which the failure map lists
// under "no MFA". The worksheet and the matrix cite these as objective
// criteria (legal-domain.md section 6, "standard of care").
#include <string_view>
#include <vector>

#include "domain/deadlines/control_entry.h"

namespace cg::domain {

// The control a citation names, or nullptr. The citation starts with the
// framework's usual short name ("CIS", "CIS v8", "CSF", "NIST CSF 2.0",
// "800-171", "NIST SP 800-171 r2") followed by the id; any words after the id
// (the control's name) are not checked, since case files word them freely.
const ControlEntry* findCitedControl(const std::vector<ControlEntry>& controls,
                                     std::string_view citation);

// The failures whose map lists this control, or its parent control (the map
// says "CIS 11" for every Data Recovery safeguard).
std::vector<const FailureMapping*> failuresCiting(const std::vector<FailureMapping>& failures,
                                                  const ControlEntry& control);

}  // namespace cg::domain
