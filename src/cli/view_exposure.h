#pragma once
// The exposure summary as text and CSV. The record passed in has already
// been through visibleTo(); the confidential bottom lines are printed for
// the mediator alone.
#include <iosfwd>

#include "domain/common_ground/audience.h"
#include "domain/common_ground/exposure.h"

namespace cg::cli {

void printExposureText(std::ostream& out, const domain::CaseRecord& visible, const domain::Audience& audience,
                       const domain::Exposure& exposure);
// The bottom-line comparison (low = the claimant's figure, high = the
// respondent's, detail = the overlap or gap) only for the mediator.
void printExposureCsv(std::ostream& out, const domain::Audience& audience, const domain::Exposure& exposure);

}  // namespace cg::cli
