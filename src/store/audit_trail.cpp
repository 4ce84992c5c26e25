#include "store/audit_trail.h"

#include "store/case_keys.h"
#include "store/database_impl.h"

namespace cg::store {

AuditTrail::AuditTrail(Database& db) : m_db(db) {}

std::vector<AuditEntry> AuditTrail::forCase(const std::string& caseReference) {
    // Entries outlive their case, so a deleted case's trail can still be read.
    return m_db.impl().read(
        "read the audit trail of case " + caseReference, [&](soci::session& sql) {
            // The trail tells what was changed, so it is walled off with the case.
            if (findCase(sql, caseReference)) requireCase(sql, caseReference, m_db.actor());
            std::vector<AuditEntry> entries;
            AuditEntry entry;
            std::string at;
            long long sequence = 0, recordNo = 0;
            soci::statement rows =
                (sql.prepare
                     << "SELECT sequence, at, actor, record_kind, record_no, action, change FROM "
                        "audit_log WHERE case_reference = :reference ORDER BY sequence",
                 soci::use(caseReference, "reference"), soci::into(sequence), soci::into(at),
                 soci::into(entry.actor), soci::into(entry.recordKind), soci::into(recordNo),
                 soci::into(entry.action), soci::into(entry.change));
            rows.execute();
            while (rows.fetch()) {
                entry.sequence = sequence;
                entry.at = domain::Instant::parse(at);
                entry.caseReference = caseReference;
                entry.recordNo = recordNo;
                entries.push_back(entry);
            }
            return entries;
        });
}

}  // namespace cg::store
