#pragma once
// Before a session is booked or started: every party should have signed the
// agreement to mediate (it carries the confidentiality and the mediator's
// terms the session relies on). The mediator is warned, naming the parties
// who have not, and may go on.
#include <vector>

#include "domain/case_record.h"

class wxWindow;

namespace cg::app {

std::vector<const domain::Party*> partiesWithoutAgreement(const domain::CaseRecord& record);

// True when everyone has signed or the mediator chose Continue.
bool confirmAgreementsSigned(wxWindow* parent, const domain::CaseRecord& record);

}  // namespace cg::app
