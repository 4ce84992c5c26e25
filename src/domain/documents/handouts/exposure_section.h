#pragma once
// The case summary's losses and exposure: every loss item, then the exposure
// summary the domain computes (common_ground/exposure.h) — each party's
// losses and what its own insurance pays and leaves, the liability caps and
// what they leave recoverable, each side's range and the zone of possible
// agreement — with the rules that produce the figures stated beside them.
#include "domain/case_record.h"
#include "domain/documents/handouts/document_writer.h"

namespace cg::domain::documents {

// `visible` is the case as the mediator sees it.
void writeLossesAndExposure(DocumentWriter& writer, const CaseRecord& visible);

}  // namespace cg::domain::documents
