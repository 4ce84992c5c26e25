#pragma once
// The case summary for the mediator (issue 5): the case head, the parties
// with their insurance, the contract clauses with their caps worked out, the
// facts in date order, the blame claims, the losses and the exposure
// summary, the options, the sessions held and the drafts so far. Sessions are
// listed by date and kind only: the notes stay in the case, since a summary
// is the paper most likely to be copied.
#include "domain/case_record.h"
#include "domain/documents/document.h"

namespace cg::domain::documents {

Document caseSummaryDocument(const CaseRecord& record, Date date, PaperSize paper = PaperSize::A4);

}  // namespace cg::domain::documents
