#include "app/vocabulary_labels.h"

#include <wx/translation.h>

#include "app/wx_text.h"

namespace cg::app {

namespace {

// Every name of src/domain/vocabulary.h, listed for xgettext (which cannot
// see names that reach the screen as variables). tests/app's
// translation_test fails when a vocabulary gains a name the German catalog
// does not translate, so a new name cannot slip through untranslated.
[[maybe_unused]] const char* const kNames[] = {
    wxTRANSLATE_IN_CONTEXT("vocabulary", "intake"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "active"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "settled"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "impasse"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "closed"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "organisation"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "person"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "claimant"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "respondent"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "third-party"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "insurer"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "regulator"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "other"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "cyber"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "errors-and-omissions"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "general-liability"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "crime"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "financial"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "reputational"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "regulatory"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "operational-continuity"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "relationship"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "security-improvement"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "recognition"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "everyone"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "party-and-mediator"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "mediator-only"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "msa"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "statement-of-work"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "sla"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "baa"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "dpa"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "privacy-policy"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "insurance-policy"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "responsibility-allocation"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "limitation-of-liability"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "indemnity"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "customer-compliance"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "security-obligation"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "notification"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "insurance-requirement"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "dispute-resolution"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "confidentiality"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "fixed-amount"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "fees-lookback"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "event"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "control-failure"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "recommendation-made"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "recommendation-declined"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "loss"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "pii"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "phi"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "cardholder-data"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "credentials"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "trade-secrets"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "financial-accounts"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "agreed"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "disputed"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "breach-of-contract"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "negligence"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "payment"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "service-credit"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "remediation-work"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "security-programme"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "notification-cooperation"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "credit-monitoring"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "insurance-claim-cooperation"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "service-continuation"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "service-transition"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "acknowledgment"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "proposed"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "accepted"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "rejected"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "joint"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "caucus"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "open"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "withdrawn"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "countered"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "forensics"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "fines"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "legal"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "lost-revenue"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "remediation"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "ransom"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "direct"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "consequential"),
    wxTRANSLATE_IN_CONTEXT("vocabulary", "undetermined"),
};

}  // namespace

wxString vocabularyLabel(std::string_view name) {
    return wxGetTranslation(toWx(name), wxString(), "vocabulary");
}

}  // namespace cg::app
