#pragma once
// A party's invoice (issue 7) as a document: the mediator's name at the top
// like a letterhead, the invoice number and date, whom it is billed to, the
// fee lines with the whole line for the case beside this party's part, the
// expenses, the payments received and the balance due. The figures come
// from practice::invoiceFor; nothing is worked out here.
#include "domain/case_record.h"
#include "domain/documents/document.h"
#include "domain/practice/fees.h"

namespace cg::domain::documents {

Document invoiceDocument(const CaseRecord& record, const practice::PartyInvoice& invoice,
                         PaperSize paper = PaperSize::A4);

}  // namespace cg::domain::documents
