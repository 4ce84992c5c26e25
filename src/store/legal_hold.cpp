#include "store/legal_hold.h"

#include "domain/errors.h"
#include "store/audit_log.h"
#include "store/case_keys.h"
#include "store/change_text.h"
#include "store/database_impl.h"
#include "store/legal_hold_rows.h"

namespace cg::store {

std::optional<LegalHold> readLegalHold(soci::session& sql, long long caseId) {
    std::string reason, by, since;
    soci::indicator reasonSet = soci::i_null, bySet = soci::i_null, sinceSet = soci::i_null;
    sql << "SELECT legal_hold_reason, legal_hold_by, legal_hold_since FROM cases WHERE id = "
           ":case_id",
        soci::use(caseId, "case_id"), soci::into(reason, reasonSet), soci::into(by, bySet),
        soci::into(since, sinceSet);
    if (reasonSet != soci::i_ok) return std::nullopt;
    return LegalHold{reason, bySet == soci::i_ok ? by : "",
                     sinceSet == soci::i_ok ? domain::Instant::parse(since) : domain::Instant{}};
}

std::string describeHold(const std::string& reference, const LegalHold& hold) {
    return "case " + reference + " is under a legal hold set by " + hold.setBy + " on " +
           hold.since.toString() + " (" + hold.reason + ")";
}

namespace {

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

}  // namespace

LegalHolds::LegalHolds(Database& db) : m_db(db) {}

std::optional<LegalHold> LegalHolds::read(const std::string& reference) {
    return m_db.impl().read("read the legal hold on case " + reference, [&](soci::session& sql) {
        return readLegalHold(sql, requireCase(sql, reference, m_db.actor()).id);
    });
}

void LegalHolds::set(const std::string& reference, const std::string& reason) {
    const std::string why = trimmed(reason);
    if (why.empty())
        throw domain::ValidationError("a legal hold on case " + reference +
                                      " needs a reason: the matter or order that requires "
                                      "keeping it");
    m_db.impl().write("set a legal hold on case " + reference, [&](soci::session& sql) {
        const CaseKey key = lockCase(sql, m_db.impl().dialect(), reference, m_db.actor());
        if (const auto hold = readLegalHold(sql, key.id))
            throw domain::ConflictError("case " + reference + " is already under a legal hold set by " +
                                        hold->setBy + " on " + hold->since.toString() + " (" +
                                        hold->reason + ")");
        const std::string since = domain::Instant::now().toString();
        sql << "UPDATE cases SET legal_hold_reason = :reason, legal_hold_by = :by, "
               "legal_hold_since = :since WHERE id = :case_id",
            soci::use(why, "reason"), soci::use(m_db.actor(), "by"), soci::use(since, "since"),
            soci::use(key.id, "case_id");
        appendAudit(sql, m_db.actor(),
                    {reference, "legal hold", 0, AuditAction::Create,
                     "legal hold set: " + excerpt(why)});
    });
}

void LegalHolds::release(const std::string& reference) {
    m_db.impl().write("release the legal hold on case " + reference, [&](soci::session& sql) {
        const CaseKey key = lockCase(sql, m_db.impl().dialect(), reference, m_db.actor());
        const auto hold = readLegalHold(sql, key.id);
        if (!hold)
            throw domain::ConflictError("case " + reference + " has no legal hold to release");
        sql << "UPDATE cases SET legal_hold_reason = NULL, legal_hold_by = NULL, "
               "legal_hold_since = NULL WHERE id = :case_id",
            soci::use(key.id, "case_id");
        appendAudit(sql, m_db.actor(),
                    {reference, "legal hold", 0, AuditAction::Delete,
                     "legal hold released (set by " + hold->setBy + " on " +
                         hold->since.toString() + ": " + excerpt(hold->reason) + ")"});
    });
}

}  // namespace cg::store
