#include "store/audit_log.h"

#include "domain/calendar.h"
#include "store/audit_chain.h"

namespace cg::store {

namespace {

std::string actionName(AuditAction action) {
    switch (action) {
        case AuditAction::Create:
            return "create";
        case AuditAction::Update:
            return "update";
        case AuditAction::Delete:
            return "delete";
        case AuditAction::Import:
            return "import";
    }
    return "update";
}

}  // namespace

void appendAudit(soci::session& sql, const std::string& actor, const AuditEvent& event) {
    const AuditEntryText entry{domain::Instant::now().toString(),
                               actor,
                               event.caseReference,
                               event.recordKind,
                               event.recordNo,
                               actionName(event.action),
                               event.change};
    const std::string seal = auditSeal(lastAuditSeal(sql), entry);
    sql << "INSERT INTO audit_log (at, actor, case_reference, record_kind, record_no, action, "
           "change, seal) VALUES (:at, :actor, :reference, :kind, :no, :action, :change, :seal)",
        soci::use(entry.at, "at"), soci::use(entry.actor, "actor"),
        soci::use(entry.caseReference, "reference"), soci::use(entry.recordKind, "kind"),
        soci::use(entry.recordNo, "no"), soci::use(entry.action, "action"),
        soci::use(entry.change, "change"), soci::use(seal, "seal");
    // The head moves in the same transaction, under the same audit lock.
    sql << "UPDATE audit_head SET entry_count = entry_count + 1, last_seal = :seal WHERE id = 1",
        soci::use(seal, "seal");
}

}  // namespace cg::store
