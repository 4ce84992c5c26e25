#include "store/audit_log.h"

#include "domain/calendar.h"

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
    const std::string at = domain::Instant::now().toString();
    const std::string action = actionName(event.action);
    const long long recordNo = event.recordNo;
    sql << "INSERT INTO audit_log (at, actor, case_reference, record_kind, record_no, action, "
           "change) VALUES (:at, :actor, :reference, :kind, :no, :action, :change)",
        soci::use(at, "at"), soci::use(actor, "actor"), soci::use(event.caseReference, "reference"),
        soci::use(event.recordKind, "kind"), soci::use(recordNo, "no"), soci::use(action, "action"),
        soci::use(event.change, "change");
}

}  // namespace cg::store
