#include "domain/documents/draft_versions.h"

#include <algorithm>

#include "domain/documents/agreement_collections.h"
#include "domain/errors.h"

namespace cg::domain::documents {

namespace {

bool isSha256Hex(const std::string& text) {
    return text.size() == 64 &&
           std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

}  // namespace

int nextDraftVersion(const CaseRecord& record) {
    const AgreementDraft* latest = latestDraft(record);
    return latest ? latest->version + 1 : 1;
}

const AgreementDraft* latestDraft(const CaseRecord& record) {
    const AgreementDraft* latest = nullptr;
    for (const AgreementDraft& d : record.drafts)
        if (!latest || d.version > latest->version) latest = &d;
    return latest;
}

AgreementDraft makeDraftRecord(const CaseRecord& record, std::string templateName, Instant createdAt,
                               std::string pdfSha256) {
    if (templateName.empty())
        throw ValidationError("a draft must name the template it was built from", "draft");
    if (!pdfSha256.empty() && !isSha256Hex(pdfSha256))
        throw ValidationError("'" + pdfSha256 + "' is not a SHA-256 digest; expected 64 lower-case hex digits",
                              "draft");
    AgreementDraft draft;
    draft.no = nextNo(record.drafts);
    draft.version = nextDraftVersion(record);
    draft.templateName = std::move(templateName);
    draft.createdAt = createdAt;
    draft.pdfSha256 = std::move(pdfSha256);
    for (const SettlementOption* term : acceptedTerms(record)) {
        draft.termNos.push_back(term->no);
        draft.termSnapshot.push_back(*term);
    }
    return draft;
}

}  // namespace cg::domain::documents
