#pragma once
// The agreement to mediate (issue 7) from a case: the template evaluated
// with the parties, the mediators and the fee split as they stand, for every
// party and the mediator to sign before the first session. It is not a
// settlement draft: nothing is recorded, and it carries no version.
#include "domain/case_record.h"
#include "domain/documents/document_template.h"
#include "domain/documents/template_evaluation.h"

namespace cg::drafting {

// Throws domain::ValidationError when the case's fee split is broken ("the
// fee split adds up to 90 %, not 100 %"): an agreement the parties sign must
// not divide the fees in a way the invoices cannot follow. Fields the case
// leaves blank (an address, a signatory) are printed as a line and listed
// in `unfilled`.
domain::documents::EvaluatedDocument agreementToMediate(const domain::CaseRecord& record,
                                                        const domain::documents::DocumentTemplate& documentTemplate,
                                                        domain::Date date, domain::Instant createdAt);

}  // namespace cg::drafting
