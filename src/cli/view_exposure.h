#pragma once
// The exposure summary as text and CSV. The record passed in has already
// been through visibleTo().
#include <iosfwd>

#include "domain/common_ground/audience.h"
#include "domain/common_ground/exposure.h"

namespace cg::cli {

void printExposureText(std::ostream& out, const domain::CaseRecord& visible, const domain::Audience& audience,
                       const domain::Exposure& exposure);
void printExposureCsv(std::ostream& out, const domain::Exposure& exposure);

}  // namespace cg::cli
