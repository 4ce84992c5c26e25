#pragma once
// A settlement-agreement draft (or a term sheet) from a case: evaluate the
// template, check the result before anybody sees it, and record each rendered
// agreement as a numbered version with the terms it was built from and the
// PDF's hash.
#include <optional>
#include <string>
#include <vector>

#include "domain/agreement_draft.h"
#include "domain/case_record.h"
#include "domain/deadlines/notification_rule.h"
#include "domain/documents/document_template.h"
#include "domain/documents/preflight.h"
#include "domain/documents/template_evaluation.h"

namespace cg::store {
class Database;
}

namespace cg::drafting {

struct DraftRequest {
    domain::Date date;          // printed as the draft's date; deadlines are judged as of it
    domain::Instant createdAt;  // the PDF's creation time and the version's timestamp
    // Open the draft with "changes since version N".
    std::optional<int> changesSince;
};

struct PreparedDraft {
    domain::documents::EvaluatedDocument evaluated;
    std::vector<domain::documents::PreflightFinding> findings;
    // The version this draft becomes once recorded (pdfSha256 still empty).
    domain::AgreementDraft version;

    bool mustFixAnything() const;
};

// Evaluates `documentTemplate` as the next version of the case's agreement
// and runs the pre-flight check against the notification deadlines the
// catalog's rules give for the case. Throws domain::NotFound when
// changesSince names a version the case does not have.
PreparedDraft prepareDraft(const domain::CaseRecord& record, const domain::documents::DocumentTemplate& documentTemplate,
                           const std::vector<domain::NotificationRule>& notificationRules, const DraftRequest& request);

// Stores the version (one transaction, audited) with the PDF's hash and
// returns it as stored.
domain::AgreementDraft recordDraftVersion(store::Database& db, const std::string& caseReference,
                                          const PreparedDraft& draft, const std::string& pdfSha256);

}  // namespace cg::drafting
