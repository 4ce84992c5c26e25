#include "store/case_access.h"

#include "domain/errors.h"
#include "store/audit_log.h"
#include "store/case_access_rules.h"
#include "store/database_impl.h"

namespace cg::store {

bool isOpenTo(soci::session& sql, long long caseId, const std::string& actor) {
    long long open = 0;
    sql << "SELECT CASE WHEN " + openToActorCondition(":case_id") + " THEN 1 ELSE 0 END",
        soci::use(caseId, "case_id"), soci::use(actor, "actor"), soci::into(open);
    return open == 1;
}

void requireOpenTo(soci::session& sql, const CaseKey& key, const std::string& actor) {
    if (!isOpenTo(sql, key.id, actor))
        throw domain::NotFound("case " + key.reference +
                               " is walled off: only the mediators on its access list may open "
                               "it, and " + actor +
                               " is not one of them. Ask one of them to grant you access.");
}

// One mention of the case and of :actor each: SOCI's PostgreSQL backend
// binds a name once, to its first place. No rows: MAX is NULL, open to all.
std::string openToActorCondition(std::string_view caseId) {
    return "(COALESCE((SELECT MAX(CASE WHEN ca.mediator = :actor THEN 1 ELSE 0 END) FROM "
           "case_access ca WHERE ca.case_id = " +
           std::string(caseId) + "), 1) = 1)";
}

namespace {

std::vector<AccessGrant> readGrants(soci::session& sql, long long caseId) {
    std::vector<AccessGrant> grants;
    AccessGrant grant;
    std::string grantedAt;
    soci::statement rows =
        (sql.prepare << "SELECT mediator, granted_by, granted_at FROM case_access WHERE case_id "
                        "= :case_id ORDER BY mediator",
         soci::use(caseId, "case_id"), soci::into(grant.mediator), soci::into(grant.grantedBy),
         soci::into(grantedAt));
    rows.execute();
    while (rows.fetch()) {
        grant.grantedAt = domain::Instant::parse(grantedAt);
        grants.push_back(grant);
    }
    return grants;
}

bool listed(const std::vector<AccessGrant>& grants, const std::string& mediator) {
    for (const AccessGrant& grant : grants)
        if (grant.mediator == mediator) return true;
    return false;
}

void insertGrant(soci::session& sql, const CaseKey& key, const std::string& mediator,
                 const std::string& actor) {
    const std::string at = domain::Instant::now().toString();
    sql << "INSERT INTO case_access (case_id, mediator, granted_by, granted_at) VALUES "
           "(:case_id, :mediator, :by, :at)",
        soci::use(key.id, "case_id"), soci::use(mediator, "mediator"), soci::use(actor, "by"),
        soci::use(at, "at");
    appendAudit(sql, actor,
                {key.reference, "access", 0, AuditAction::Create, "access granted to " + mediator});
}

// A name as the mediator's Database::actor() would be: trimmed, not empty.
std::string mediatorName(const std::string& name) {
    const auto first = name.find_first_not_of(" \t");
    if (first == std::string::npos)
        throw domain::ValidationError("the mediator to grant or revoke access has no name");
    const auto last = name.find_last_not_of(" \t");
    return name.substr(first, last - first + 1);
}

}  // namespace

CaseAccess::CaseAccess(Database& db) : m_db(db) {}

std::vector<AccessGrant> CaseAccess::list(const std::string& reference) {
    return m_db.impl().read("list who may open case " + reference, [&](soci::session& sql) {
        return readGrants(sql, requireCase(sql, reference, m_db.actor()).id);
    });
}

void CaseAccess::grant(const std::string& reference, const std::string& mediator) {
    const std::string name = mediatorName(mediator);
    m_db.impl().write("grant " + name + " access to case " + reference, [&](soci::session& sql) {
        const CaseKey key = lockCase(sql, m_db.impl().dialect(), reference, m_db.actor());
        const std::vector<AccessGrant> grants = readGrants(sql, key.id);
        if (listed(grants, name))
            throw domain::ConflictError(name + " already has access to case " + reference);
        if (grants.empty() && name != m_db.actor()) insertGrant(sql, key, m_db.actor(), m_db.actor());
        insertGrant(sql, key, name, m_db.actor());
    });
}

void CaseAccess::revoke(const std::string& reference, const std::string& mediator) {
    const std::string name = mediatorName(mediator);
    m_db.impl().write("revoke " + name + "'s access to case " + reference, [&](soci::session& sql) {
        const CaseKey key = lockCase(sql, m_db.impl().dialect(), reference, m_db.actor());
        const std::vector<AccessGrant> grants = readGrants(sql, key.id);
        if (!listed(grants, name))
            throw domain::NotFound(name + " is not on the access list of case " + reference +
                                   (grants.empty() ? ", which is open to everyone in the firm"
                                                   : ""));
        // Whoever revokes is on the list (the case is open to them), so the
        // last one on it is always the one revoking.
        if (grants.size() == 1)
            throw domain::ConflictError(
                name + " is the last mediator with access to case " + reference +
                "; revoking it would wall everyone off. Grant another mediator access first.");
        sql << "DELETE FROM case_access WHERE case_id = :case_id AND mediator = :mediator",
            soci::use(key.id, "case_id"), soci::use(name, "mediator");
        appendAudit(sql, m_db.actor(),
                    {reference, "access", 0, AuditAction::Delete, "access of " + name + " revoked"});
    });
}

}  // namespace cg::store
