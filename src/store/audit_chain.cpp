#include "store/audit_chain.h"

#include "domain/sha256.h"
#include "store/sql_dialect.h"

namespace cg::store {

namespace {

void addField(std::string& text, const std::string& field) {
    text += std::to_string(field.size()) + ":" + field + ";";
}

struct StoredEntry {
    long long sequence = 0;
    AuditEntryText text;
    std::string seal;
    soci::indicator sealIndicator = soci::i_null;
};

// Calls onEntry for every entry in the order they were written.
template <typename OnEntry>
void forEachEntry(soci::session& sql, OnEntry&& onEntry) {
    StoredEntry row;
    soci::statement rows =
        (sql.prepare << "SELECT sequence, at, actor, case_reference, record_kind, record_no, "
                        "action, change, seal FROM audit_log ORDER BY sequence",
         soci::into(row.sequence), soci::into(row.text.at), soci::into(row.text.actor),
         soci::into(row.text.caseReference), soci::into(row.text.recordKind),
         soci::into(row.text.recordNo), soci::into(row.text.action), soci::into(row.text.change),
         soci::into(row.seal, row.sealIndicator));
    rows.execute();
    while (rows.fetch()) onEntry(row);
}

std::string entryName(const StoredEntry& row) {
    const AuditEntryText& e = row.text;
    std::string record = e.recordKind + (e.recordNo ? " " + std::to_string(e.recordNo) : "");
    return "entry " + std::to_string(row.sequence) + " (case " + e.caseReference + ", " + record +
           " " + e.action + " by " + e.actor + " at " + e.at + ")";
}

}  // namespace

std::string auditSeal(const std::string& previousSeal, const AuditEntryText& entry) {
    std::string text;
    addField(text, previousSeal);
    addField(text, entry.at);
    addField(text, entry.actor);
    addField(text, entry.caseReference);
    addField(text, entry.recordKind);
    addField(text, std::to_string(entry.recordNo));
    addField(text, entry.action);
    addField(text, entry.change);
    return domain::sha256Hex(text);
}

std::string lastAuditSeal(soci::session& sql) {
    const SqlDialect& dialect = dialectOf(sql);
    if (!dialect.auditAppendLock.empty()) sql << dialect.auditAppendLock;
    std::string seal;
    soci::indicator indicator = soci::i_null;
    sql << "SELECT seal FROM audit_log ORDER BY sequence DESC LIMIT 1", soci::into(seal, indicator);
    return sql.got_data() && indicator == soci::i_ok ? seal : "";
}

void sealUnsealedAuditEntries(soci::session& sql) {
    std::vector<std::pair<long long, std::string>> seals;
    std::string previous;
    forEachEntry(sql, [&](const StoredEntry& row) {
        previous = row.sealIndicator == soci::i_ok ? row.seal : auditSeal(previous, row.text);
        if (row.sealIndicator != soci::i_ok) seals.emplace_back(row.sequence, previous);
    });
    long long sequence = 0;
    std::string seal;
    soci::statement update =
        (sql.prepare << "UPDATE audit_log SET seal = :seal WHERE sequence = :sequence",
         soci::use(seal, "seal"), soci::use(sequence, "sequence"));
    for (const auto& [entrySequence, entrySeal] : seals) {
        sequence = entrySequence;
        seal = entrySeal;
        update.execute(true);
    }
}

std::vector<std::string> checkAuditChain(soci::session& sql) {
    std::vector<std::string> problems;
    std::string previous;
    forEachEntry(sql, [&](const StoredEntry& row) {
        if (row.sealIndicator != soci::i_ok) {
            problems.push_back("audit trail: " + entryName(row) +
                               " has no seal, so it was added behind CommonGround's back");
            return;
        }
        if (auditSeal(previous, row.text) != row.seal)
            problems.push_back("audit trail: " + entryName(row) +
                               " was changed, or an entry before it was removed, after it was "
                               "written");
        // Go on from the stored seal: one tampered entry is reported once.
        previous = row.seal;
    });
    return problems;
}

}  // namespace cg::store
