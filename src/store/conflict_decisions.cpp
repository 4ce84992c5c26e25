#include "store/conflict_decisions.h"

#include "domain/errors.h"
#include "store/audit_log.h"
#include "store/case_keys.h"
#include "store/database_impl.h"
#include "store/store_error.h"

namespace cg::store {

using domain::conflicts::ConflictDecision;
using domain::conflicts::ConflictVerdict;

namespace {

std::size_t lineCount(const std::string& text) {
    if (text.empty()) return 0;
    std::size_t lines = 1;
    for (char c : text) lines += c == '\n';
    return text.back() == '\n' ? lines - 1 : lines;
}

// What the trail says: the decision and its reason in full (they are what a
// challenge to the mediator's neutrality turns on), the hits only counted,
// since they are kept with the decision.
std::string auditText(const ConflictDecision& decision) {
    const std::size_t hits = lineCount(decision.hitsSeen);
    std::string text = "conflict check of " + decision.checkedName + ": " +
                       std::string(toString(decision.verdict)) + " (" + std::to_string(hits) +
                       (hits == 1 ? " hit seen)" : " hits seen)");
    if (!decision.reason.empty()) text += "; reason: " + decision.reason;
    return text;
}

}  // namespace

ConflictDecisionRepository::ConflictDecisionRepository(Database& db) : m_db(db) {}

ConflictDecision ConflictDecisionRepository::record(const std::string& caseReference,
                                                    ConflictDecision decision) {
    domain::conflicts::validate(decision);
    return m_db.impl().write(
        "record the conflict decision on " + decision.checkedName + " in case " + caseReference,
        [&](soci::session& sql) {
            const CaseKey key = lockCase(sql, m_db.impl().dialect(), caseReference, m_db.actor());
            long long next = 0;
            sql << "SELECT COALESCE(MAX(no), 0) + 1 FROM conflict_decisions WHERE case_id = :case_id",
                soci::use(key.id, "case_id"), soci::into(next);
            decision.no = next;
            decision.decidedBy = m_db.actor();
            decision.decidedAt = domain::Instant::now();
            const std::string verdict(toString(decision.verdict));
            const std::string decidedAt = decision.decidedAt.toString();
            sql << "INSERT INTO conflict_decisions (case_id, no, checked_name, decision, reason, "
                   "decided_by, decided_at, hits) VALUES (:case_id, :no, :name, :decision, "
                   ":reason, :decided_by, :decided_at, :hits)",
                soci::use(key.id, "case_id"), soci::use(next, "no"),
                soci::use(decision.checkedName, "name"), soci::use(verdict, "decision"),
                soci::use(decision.reason, "reason"), soci::use(decision.decidedBy, "decided_by"),
                soci::use(decidedAt, "decided_at"), soci::use(decision.hitsSeen, "hits");
            appendAudit(sql, m_db.actor(),
                        {caseReference, "conflict decision", decision.no, AuditAction::Create,
                         auditText(decision)});
            return decision;
        });
}

std::vector<ConflictDecision> ConflictDecisionRepository::forCase(
    const std::string& caseReference) {
    return m_db.impl().read(
        "list the conflict decisions of case " + caseReference, [&](soci::session& sql) {
            const CaseKey key = requireCase(sql, caseReference, m_db.actor());
            std::vector<ConflictDecision> decisions;
            ConflictDecision decision;
            long long no = 0;
            std::string verdict, decidedAt;
            soci::statement rows =
                (sql.prepare << "SELECT no, checked_name, decision, reason, decided_by, "
                                "decided_at, hits FROM conflict_decisions WHERE case_id = "
                                ":case_id ORDER BY no",
                 soci::use(key.id, "case_id"), soci::into(no), soci::into(decision.checkedName),
                 soci::into(verdict), soci::into(decision.reason), soci::into(decision.decidedBy),
                 soci::into(decidedAt), soci::into(decision.hitsSeen));
            rows.execute();
            while (rows.fetch()) {
                const auto named = domain::conflicts::verdictNamed(verdict);
                if (!named)
                    throw StoreError("conflict decision " + std::to_string(no) + " of case " +
                                     caseReference + " has the unknown decision '" + verdict +
                                     "'; the database is damaged (run a check)");
                decision.no = no;
                decision.verdict = *named;
                decision.decidedAt = domain::Instant::parse(decidedAt);
                decisions.push_back(decision);
            }
            return decisions;
        });
}

}  // namespace cg::store
