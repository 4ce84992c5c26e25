#pragma once
#include <iosfwd>

#include "domain/case_record.h"

namespace cg::cli {

// The whole case as readable text for the mediator: every record, with
// confidential material marked as such.
void printCase(std::ostream& out, const domain::CaseRecord& record);

}  // namespace cg::cli
