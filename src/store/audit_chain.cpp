#include "store/audit_chain.h"

#include <optional>

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

struct AuditHead {
    long long entryCount = 0;
    std::string lastSeal;
};

std::optional<AuditHead> readHead(soci::session& sql) {
    AuditHead head;
    sql << "SELECT entry_count, last_seal FROM audit_head WHERE id = 1", soci::into(head.entryCount),
        soci::into(head.lastSeal);
    if (!sql.got_data()) return std::nullopt;
    return head;
}

// Compares the trail's end with its head while the entries go by: finds the
// entry the head names and notes sealed entries after it.
class TailCheck {
public:
    explicit TailCheck(std::optional<AuditHead> head)
        : m_head(std::move(head)), m_atHead(m_head && m_head->entryCount == 0 && m_head->lastSeal.empty()) {}

    void see(const StoredEntry& row) {
        ++m_count;
        m_lastName = entryName(row);
        if (row.sealIndicator != soci::i_ok) return;  // reported as unsealed already
        if (m_head && row.seal == m_head->lastSeal) {
            m_atHead = true;
            m_addedAfterHead.reset();
        } else if (m_atHead && !m_addedAfterHead) {
            m_addedAfterHead = entryName(row);
        }
    }

    std::optional<std::string> problem() const {
        if (!m_head)
            return "audit trail: its head (how many entries were written and the newest seal) is missing, "
                   "so entries cut off its end cannot be ruled out";
        if (m_atHead) {
            if (!m_addedAfterHead) return std::nullopt;
            return "audit trail: " + *m_addedAfterHead +
                   " was added after the newest entry CommonGround wrote, behind its back";
        }
        const std::string end = m_count ? "the trail now ends at " + m_lastName : "the trail is now empty";
        const long long missing = m_head->entryCount - m_count;
        if (missing == 1)
            return "audit trail: the newest entry was removed from its end (CommonGround wrote " +
                   std::to_string(m_head->entryCount) + " entries; " + end + ")";
        if (missing > 1)
            return "audit trail: the newest " + std::to_string(missing) +
                   " entries were removed from its end (CommonGround wrote " + std::to_string(m_head->entryCount) +
                   "; " + end + ")";
        return "audit trail: the newest entry CommonGround wrote is no longer in the trail, so entries were "
               "removed from its end or replaced (" + end + ")";
    }

private:
    std::optional<AuditHead> m_head;
    bool m_atHead;
    long long m_count = 0;
    std::string m_lastName;
    std::optional<std::string> m_addedAfterHead;
};

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
    TailCheck tail(readHead(sql));
    forEachEntry(sql, [&](const StoredEntry& row) {
        tail.see(row);
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
    if (auto problem = tail.problem()) problems.push_back(std::move(*problem));
    return problems;
}

}  // namespace cg::store
