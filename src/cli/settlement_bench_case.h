#pragma once
// A case the size of a large multi-party settlement, for the documents
// benchmark (issue 5: "a 30-page agreement, many parties and terms"): the
// synthetic case cut down to what an agreement prints, with signatories,
// agreed facts and accepted terms, some paid in instalments.
#include <string>

#include "domain/case_record.h"

namespace cg::cli {

domain::CaseRecord makeSettlementBenchCase(const std::string& reference, int parties, int terms);

}  // namespace cg::cli
