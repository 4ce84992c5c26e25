#include "drafting/settlement_drafting.h"

#include <algorithm>

#include "domain/deadlines/deadline_engine.h"
#include "domain/deadlines/incident_facts.h"
#include "domain/documents/draft_comparison.h"
#include "domain/documents/draft_versions.h"
#include "domain/errors.h"
#include "store/record_repository.h"

namespace cg::drafting {

using namespace domain;
using namespace domain::documents;

bool PreparedDraft::mustFixAnything() const {
    return std::any_of(findings.begin(), findings.end(), [](const PreflightFinding& f) {
        return f.severity == PreflightFinding::Severity::MustFix;
    });
}

namespace {

const AgreementDraft& storedVersion(const CaseRecord& record, int version) {
    for (const auto& d : record.drafts)
        if (d.version == version) return d;
    std::string known;
    for (const auto& d : record.drafts) known += (known.empty() ? "" : ", ") + std::to_string(d.version);
    throw NotFound("case " + record.head.reference + " has no draft version " + std::to_string(version) +
                   (known.empty() ? " (no drafts yet)" : " (versions: " + known + ")"));
}

}  // namespace

PreparedDraft prepareDraft(const CaseRecord& record, const DocumentTemplate& documentTemplate,
                           const std::vector<NotificationRule>& notificationRules, const DraftRequest& request) {
    PreparedDraft draft;
    draft.version = makeDraftRecord(record, documentTemplate.name, request.createdAt, "");

    DraftContext context{record, draft.version.version, request.date, request.createdAt};
    draft.evaluated = evaluateTemplate(documentTemplate, context);

    if (request.changesSince) {
        const AgreementDraft& earlier = storedVersion(record, *request.changesSince);
        auto changes = changesSinceBlocks(earlier, draft.version, record);
        auto& blocks = draft.evaluated.document.blocks;
        blocks.insert(blocks.begin(), changes.begin(), changes.end());
    }

    // Deadlines are judged as of the draft's date: a notice due before the
    // parties sign is the one the agreement could make them miss.
    const auto deadlines = computeDeadlines(deriveIncidentFacts(record), notificationRules, request.date);
    draft.findings = preflightDraft(record, draft.evaluated, deadlines, request.date);
    return draft;
}

AgreementDraft recordDraftVersion(store::Database& db, const std::string& caseReference, const PreparedDraft& draft,
                                  const std::string& pdfSha256) {
    AgreementDraft version = draft.version;
    version.pdfSha256 = pdfSha256;
    // The store numbers the record; the version printed on the PDF stays.
    version.no = 0;
    store::DraftRepository drafts(db);
    version.no = drafts.add(caseReference, version);
    return version;
}

}  // namespace cg::drafting
