#pragma once
// Numbering and recording the versions of a settlement agreement (issue 5).
// Each rendered draft is kept as an AgreementDraft with the terms as they
// read then, so that later versions can be compared with it
// (draft_comparison.h) whatever happens to the options afterwards.
#include <string>

#include "domain/case_record.h"

namespace cg::domain::documents {

// One past the highest version the case has; 1 for its first draft.
int nextDraftVersion(const CaseRecord& record);

// The draft with the highest version, or null when there is none.
const AgreementDraft* latestDraft(const CaseRecord& record);

// The record of a new draft: the next record number and version, the
// accepted options (record order) as termNos and termSnapshot. pdfSha256 is
// empty when no PDF was written, else 64 lower-case hex digits; anything
// else is a ValidationError, since the hash is what proves later which PDF
// the parties saw.
AgreementDraft makeDraftRecord(const CaseRecord& record, std::string templateName, Instant createdAt,
                               std::string pdfSha256);

}  // namespace cg::domain::documents
