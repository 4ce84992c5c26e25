#include "store/case_repository.h"

#include "domain/case_reference.h"
#include "domain/enum_names.h"
#include "domain/validation.h"
#include "store/audit_log.h"
#include "store/case_access_rules.h"
#include "store/case_keys.h"
#include "store/database_impl.h"
#include "store/exhibit_content_rules.h"
#include "store/legal_hold_rows.h"
#include "store/record_index_query.h"
#include "store/record_tables.h"
#include "store/record_versions.h"
#include "store/tables/case_head_table.h"

namespace cg::store {

namespace {

// "2 parties, 1 interest, 3 facts": what an import or a deletion took in.
std::string recordCounts(const domain::CaseRecord& record) {
    const std::pair<std::size_t, std::pair<const char*, const char*>> counts[] = {
        {record.parties.size(), {"party", "parties"}},
        {record.interests.size(), {"interest", "interests"}},
        {record.clauses.size(), {"clause", "clauses"}},
        {record.facts.size(), {"fact", "facts"}},
        {record.claims.size(), {"claim", "claims"}},
        {record.options.size(), {"option", "options"}},
        {record.sessions.size(), {"session", "sessions"}},
        {record.offers.size(), {"offer", "offers"}},
        {record.losses.size(), {"loss", "losses"}},
        {record.drafts.size(), {"draft", "drafts"}},
        {record.participants.size(), {"participant", "participants"}},
        {record.exhibits.size(), {"exhibit", "exhibits"}},
        {record.timeEntries.size(), {"time entry", "time entries"}},
        {record.expenses.size(), {"expense", "expenses"}},
        {record.payments.size(), {"payment", "payments"}},
        {record.alternatives.size(), {"alternative", "alternatives"}},
        {record.bottomLines.size(), {"bottom line", "bottom lines"}},
    };
    std::string text;
    for (const auto& [count, names] : counts) {
        if (count == 0) continue;
        if (!text.empty()) text += ", ";
        text += std::to_string(count) + " " + (count == 1 ? names.first : names.second);
    }
    return text.empty() ? "no records" : text;
}

void requireFreeReference(soci::session& sql, const std::string& reference) {
    if (findCase(sql, reference))
        throw domain::ConflictError(
            "case " + reference +
            " already exists; choose another reference or delete the existing case first");
}

}  // namespace

CaseRepository::CaseRepository(Database& db) : m_db(db) {}

std::vector<CaseSummary> CaseRepository::list() {
    return m_db.impl().read("list the cases", [&](soci::session& sql) {
        std::vector<CaseSummary> cases;
        CaseSummary row;
        std::string status, openedOn;
        long long partyCount = 0;
        soci::statement rows =
            (sql.prepare << "SELECT c.reference, c.title, c.status, c.opened_on, c.mediator, "
                            "(SELECT COUNT(*) FROM parties p WHERE p.case_id = c.id) FROM cases c "
                            "WHERE " + openToActorCondition("c.id") + " ORDER BY c.reference",
             soci::use(m_db.actor(), "actor"), soci::into(row.reference), soci::into(row.title), soci::into(status),
             soci::into(openedOn), soci::into(row.mediator), soci::into(partyCount));
        rows.execute();
        while (rows.fetch()) {
            row.status = domain::parseEnum<domain::CaseStatus>(status);
            row.openedOn = domain::Date::parse(openedOn);
            row.partyCount = static_cast<int>(partyCount);
            cases.push_back(row);
        }
        return cases;
    });
}

bool CaseRepository::exists(const std::string& reference) {
    return m_db.impl().read("look for case " + reference, [&](soci::session& sql) {
        return findCase(sql, reference).has_value();
    });
}

domain::CaseRecord CaseRepository::load(const std::string& reference) {
    return m_db.impl().read("load case " + reference, [&](soci::session& sql) {
        const CaseKey key = requireCase(sql, reference, m_db.actor());
        domain::CaseRecord record;
        record.head = CaseHeadTable::load(sql, key.id);
        loadCaseRecords(sql, key.id, record);
        return record;
    });
}

domain::CaseRecord CaseRepository::load(const std::string& reference, CaseStamps& stamps) {
    return m_db.impl().read("load case " + reference, [&](soci::session& sql) {
        const CaseKey key = requireCase(sql, reference, m_db.actor());
        domain::CaseRecord record;
        record.head = CaseHeadTable::load(sql, key.id);
        loadCaseRecords(sql, key.id, record);
        stamps = readCaseStamps(sql, key.id);
        return record;
    });
}

domain::Case CaseRepository::loadHead(const std::string& reference, CaseStamps& stamps) {
    return m_db.impl().read("load case " + reference, [&](soci::session& sql) {
        const long long caseId = requireCase(sql, reference, m_db.actor()).id;
        stamps.head = readCaseStamp(sql, caseId);
        return CaseHeadTable::load(sql, caseId);
    });
}

domain::Case CaseRepository::loadHead(const std::string& reference) {
    return m_db.impl().read("load case " + reference, [&](soci::session& sql) {
        return CaseHeadTable::load(sql, requireCase(sql, reference, m_db.actor()).id);
    });
}

void CaseRepository::create(const domain::Case& head) {
    domain::validate(head);
    // A new case has no parties yet, so a fee split can only name none.
    domain::validate(head.fees, domain::RecordIndex{});
    m_db.impl().write("create case " + head.reference, [&](soci::session& sql) {
        requireFreeReference(sql, head.reference);
        stampNewCase(sql, CaseHeadTable::insert(sql, head), m_db.actor());
        appendAudit(sql, m_db.actor(),
                    {head.reference, "case", 0, AuditAction::Create, excerpt(head.title)});
    });
}

void CaseRepository::insert(const domain::CaseRecord& record) {
    // Every rule first: an import that breaks one stores nothing.
    domain::validate(record);
    for (const domain::Exhibit& exhibit : record.exhibits) requireImportedContent(exhibit);
    const std::string& reference = record.head.reference;
    m_db.impl().write("import case " + reference, [&](soci::session& sql) {
        requireFreeReference(sql, reference);
        const long long caseId = CaseHeadTable::insert(sql, record.head);
        insertCaseRecords(sql, caseId, record);
        CaseHeadTable::writeFeeShares(sql, caseId, record.head);
        stampImportedCase(sql, caseId, m_db.actor());
        appendAudit(sql, m_db.actor(),
                    {reference, "case", 0, AuditAction::Import,
                     excerpt(record.head.title) + " with " + recordCounts(record)});
    });
}

long long CaseRepository::updateHead(const domain::Case& head) {
    return saveHead(head, std::nullopt);
}

long long CaseRepository::updateHead(const domain::Case& head, long long expectedVersion) {
    return saveHead(head, expectedVersion);
}

RecordStamp CaseRepository::stamp(const std::string& reference) {
    return m_db.impl().read("read who changed case " + reference, [&](soci::session& sql) {
        return readCaseStamp(sql, requireCase(sql, reference, m_db.actor()).id);
    });
}

long long CaseRepository::saveHead(const domain::Case& head,
                                   std::optional<long long> expectedVersion) {
    domain::validate(head);
    return m_db.impl().write("save case " + head.reference, [&](soci::session& sql) {
        const CaseKey key = lockCase(sql, m_db.impl().dialect(), head.reference, m_db.actor());
        const long long version = claimCase(sql, key.id, expectedVersion,
                                            {"save", "case " + head.reference, m_db.actor()});
        const domain::Case before = CaseHeadTable::load(sql, key.id);
        domain::validate(head.fees, loadRecordIndex(sql, key.id));
        CaseHeadTable::update(sql, key.id, head);
        CaseHeadTable::writeFeeShares(sql, key.id, head);
        const std::string change =
            changedFields(CaseHeadTable::fields(before), CaseHeadTable::fields(head));
        if (!change.empty())
            appendAudit(sql, m_db.actor(),
                        {head.reference, "case", 0, AuditAction::Update, change});
        return version;
    });
}

void CaseRepository::remove(const std::string& reference) {
    m_db.impl().write("delete case " + reference, [&](soci::session& sql) {
        const CaseKey key = lockCase(sql, m_db.impl().dialect(), reference, m_db.actor());
        domain::CaseRecord record;
        record.head = CaseHeadTable::load(sql, key.id);
        loadCaseRecords(sql, key.id, record);
        deleteCaseRows(sql, key.id);
        // The trail keeps what was deleted, so a case removed by mistake can
        // at least be told apart.
        appendAudit(sql, m_db.actor(),
                    {reference, "case", 0, AuditAction::Delete,
                     excerpt(record.head.title) + " with " + recordCounts(record)});
    });
}

std::string CaseRepository::purge(const std::string& reference) {
    const std::string removed =
        m_db.impl().write("purge case " + reference, [&](soci::session& sql) {
            const CaseKey key = lockCase(sql, m_db.impl().dialect(), reference, m_db.actor());
            domain::CaseRecord record;
            record.head = CaseHeadTable::load(sql, key.id);
            if (record.head.status != domain::CaseStatus::Closed)
                throw domain::ValidationError(
                    "case " + reference + " is " +
                    std::string(domain::toString(record.head.status)) +
                    "; only a closed case can be purged. Close it first.");
            if (const auto hold = readLegalHold(sql, key.id))
                throw domain::ConflictError(describeHold(reference, *hold) +
                                            "; it cannot be purged until the hold is released.");
            loadCaseRecords(sql, key.id, record);
            deleteCaseRows(sql, key.id);
            const std::string what = excerpt(record.head.title) + " with " + recordCounts(record);
            appendAudit(sql, m_db.actor(),
                        {reference, "case", 0, AuditAction::Delete, "purged: " + what});
            return what;
        });
    if (!m_db.impl().onServer()) {
        // secure_delete (set for every SQLite connection, database_impl.cpp)
        // zeroed the freed bytes, but in write-ahead mode the pages that
        // held the case, and the zeroed ones, are still in the -wal file
        // until a checkpoint. TRUNCATE copies them into the database and
        // empties the -wal file, so the purged content lingers in neither.
        // A reader holding an old snapshot stops the checkpoint short; the
        // next one finishes it.
        m_db.impl().guarded("checkpoint after purging case " + reference,
                            [](soci::session& sql) { sql << "PRAGMA wal_checkpoint(TRUNCATE)"; });
    }
    // On PostgreSQL the deleted tuples stay in the table files until VACUUM
    // reclaims them (autovacuum does, or a `VACUUM` by the administrator).
    // VACUUM cannot run inside a transaction block, so it is not run here;
    // the database's files are the server's to protect.
    return removed;
}

std::string CaseRepository::nextReference(const std::string& prefix, int year) {
    domain::requireReferencePrefix(prefix);
    const domain::CaseReference first{prefix, year, 1};
    domain::CaseReference::parse(
        first.toString());  // a year that is not four digits is refused here
    return m_db.impl().read("choose the next case reference", [&](soci::session& sql) {
        // The prefix is capital letters and digits only, so it holds no LIKE
        // wildcard.
        const std::string pattern = prefix + "-" + std::to_string(year) + "-%";
        std::string reference;
        soci::statement rows =
            (sql.prepare << "SELECT reference FROM cases WHERE reference LIKE :pattern",
             soci::use(pattern, "pattern"), soci::into(reference));
        rows.execute();
        int highest = 0;
        while (rows.fetch()) {
            if (!domain::CaseReference::isWellFormed(reference)) continue;
            const auto parsed = domain::CaseReference::parse(reference);
            if (parsed.prefix == prefix && parsed.year == year && parsed.number > highest)
                highest = parsed.number;
        }
        return domain::CaseReference{prefix, year, highest + 1}.toString();
    });
}

}  // namespace cg::store
