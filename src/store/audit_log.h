#pragma once
// The write side of the audit trail: every change a repository makes appends
// one entry in the same transaction, so the trail and the records never
// disagree.
#include <soci/soci.h>

#include <string>

#include "domain/record_no.h"

namespace cg::store {

enum class AuditAction { Create, Update, Delete, Import };

struct AuditEvent {
    std::string caseReference;
    std::string recordKind;  // "case", "party", ... "note"
    domain::RecordNo recordNo = 0;
    AuditAction action = AuditAction::Update;
    std::string change;
};

void appendAudit(soci::session& sql, const std::string& actor, const AuditEvent& event);

}  // namespace cg::store
