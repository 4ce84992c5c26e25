#pragma once
// The shared-interest worksheet as the mediator's working paper (issue 5):
// for every blame claim the two sides' positions and interests, the pairs
// they share (confirmed and suggested), the objective criteria, the options
// and the interests no option serves yet; then each party's preparation
// notes. It holds confidential material of every party, so every page says
// "Confidential — mediator's working paper" and carries a watermark.
#include "domain/case_record.h"
#include "domain/documents/document.h"

namespace cg::domain::documents {

Document mediatorWorksheetDocument(const CaseRecord& record, Date date,
                                   PaperSize paper = PaperSize::A4);

}  // namespace cg::domain::documents
