#pragma once
// What every RecordRepository<Record> does, written once: find the case,
// check the record against the rest of it, write through the kind's
// RecordTable, append to the audit trail, all in one transaction. The
// explicit instantiations are in record_repositories.cpp.
#include "store/audit_log.h"
#include "store/case_keys.h"
#include "store/database_impl.h"
#include "store/exhibit_content_rules.h"
#include "store/record_index_query.h"
#include "store/record_links.h"
#include "store/record_repository.h"
#include "store/record_tables.h"
#include "store/record_versions.h"

namespace cg::store {

namespace detail {

template <typename Record>
std::string kindOf() {
    return std::string(RecordTable<Record>::kKind);
}

// "party 3 of case CG-2026-0001", for messages.
template <typename Record>
std::string recordName(const std::string& caseRef, domain::RecordNo no) {
    return kindOf<Record>() + " " + std::to_string(no) + " of case " + caseRef;
}

// A party links to nothing, so its rules take no index.
inline void validateRecord(const domain::Party& party, const domain::RecordIndex&) {
    domain::validate(party);
}
template <typename Record>
void validateRecord(const Record& record, const domain::RecordIndex& index) {
    domain::validate(record, index);
}

// What a kind does beyond its rows. Only exhibits do anything: their bytes
// are fingerprinted and stored with a new record and kept when it changes.
template <typename Record>
void prepareNew(Record&) {}
inline void prepareNew(domain::Exhibit& exhibit) { fingerprintNewExhibit(exhibit); }

template <typename Record>
void writeNewExtras(typename RecordTable<Record>::Writer&, long long, const Record&) {}
inline void writeNewExtras(RecordTable<domain::Exhibit>::Writer& writer, long long caseId,
                           const domain::Exhibit& exhibit) {
    writer.insertContent(caseId, exhibit);
}

template <typename Record>
const Record& storedOnUpdate(const Record&, const Record& changed) {
    return changed;
}
inline domain::Exhibit storedOnUpdate(const domain::Exhibit& before,
                                      const domain::Exhibit& changed) {
    return keptOnUpdate(before, changed);
}

// Throws NotFound "case CG-2026-0001 has no party 7".
template <typename Record>
Record loadOne(soci::session& sql, const CaseKey& key, domain::RecordNo no) {
    std::vector<Record> found = RecordTable<Record>::load(sql, RecordRange::one(key.id, no));
    if (found.empty())
        throw domain::NotFound("case " + key.reference + " has no " + kindOf<Record>() + " " +
                               std::to_string(no));
    return std::move(found.front());
}

}  // namespace detail

template <typename Record>
std::vector<Record> RecordRepository<Record>::list(const std::string& caseRef) {
    return m_db.impl().read("list the " + detail::kindOf<Record>() + " records of case " + caseRef,
                            [&](soci::session& sql) {
                                const CaseKey key = requireCase(sql, caseRef, m_db.actor());
                                return RecordTable<Record>::load(sql, RecordRange::all(key.id));
                            });
}

template <typename Record>
std::vector<Record> RecordRepository<Record>::list(const std::string& caseRef, CaseStamps& stamps) {
    using Table = RecordTable<Record>;
    return m_db.impl().read(
        "list the " + detail::kindOf<Record>() + " records of case " + caseRef,
        [&](soci::session& sql) {
            const CaseKey key = requireCase(sql, caseRef, m_db.actor());
            stamps.records[std::string(Table::kTable)] = readRecordStamps(sql, Table::kTable, key.id);
            return Table::load(sql, RecordRange::all(key.id));
        });
}

template <typename Record>
std::optional<long long> RecordRepository<Record>::loadedVersion(const CaseStamps& stamps,
                                                                 domain::RecordNo no) {
    const auto kind = stamps.records.find(RecordTable<Record>::kTable);
    if (kind == stamps.records.end()) return std::nullopt;
    const auto found = kind->second.find(no);
    if (found == kind->second.end()) return std::nullopt;
    return found->second.version;
}

template <typename Record>
Record RecordRepository<Record>::get(const std::string& caseRef, domain::RecordNo no) {
    return m_db.impl().read("read " + detail::recordName<Record>(caseRef, no),
                            [&](soci::session& sql) {
                                return detail::loadOne<Record>(
                                    sql, requireCase(sql, caseRef, m_db.actor()), no);
                            });
}

template <typename Record>
RecordStamp RecordRepository<Record>::stamp(const std::string& caseRef, domain::RecordNo no) {
    return m_db.impl().read(
        "read who changed " + detail::recordName<Record>(caseRef, no), [&](soci::session& sql) {
            const CaseKey key = requireCase(sql, caseRef, m_db.actor());
            const RecordStamps stamps = readRecordStamps(sql, RecordTable<Record>::kTable, key.id);
            const auto found = stamps.find(no);
            if (found == stamps.end())
                throw domain::NotFound("case " + caseRef + " has no " + detail::kindOf<Record>() +
                                       " " + std::to_string(no));
            return found->second;
        });
}

template <typename Record>
RecordStamps RecordRepository<Record>::listStamps(const std::string& caseRef) {
    return m_db.impl().read(
        "read who changed the " + detail::kindOf<Record>() + " records of case " + caseRef,
        [&](soci::session& sql) {
            const CaseKey key = requireCase(sql, caseRef, m_db.actor());
            return readRecordStamps(sql, RecordTable<Record>::kTable, key.id);
        });
}

template <typename Record>
domain::RecordNo RecordRepository<Record>::add(const std::string& caseRef, Record record) {
    using Table = RecordTable<Record>;
    const std::string kind = detail::kindOf<Record>();
    return m_db.impl().write("add a " + kind + " to case " + caseRef, [&](soci::session& sql) {
        const CaseKey key = lockCase(sql, m_db.impl().dialect(), caseRef, m_db.actor());
        if (record.no == 0)
            record.no = nextRecordNo(sql, Table::kTable, key.id);
        else if (recordExists(sql, Table::kTable, key.id, record.no))
            throw domain::ConflictError("case " + caseRef + " already has " + kind + " " +
                                        std::to_string(record.no));
        detail::prepareNew(record);
        detail::validateRecord(record, loadRecordIndex(sql, key.id));
        typename Table::Writer writer(sql);
        writer.insertRow(key.id, record);
        writer.insertChildren(key.id, record);
        detail::writeNewExtras(writer, key.id, record);
        stampNewRecord(sql, Table::kTable, key.id, record.no, m_db.actor());
        appendAudit(sql, m_db.actor(),
                    {caseRef, kind, record.no, AuditAction::Create, Table::summary(record)});
        return record.no;
    });
}

template <typename Record>
long long RecordRepository<Record>::update(const std::string& caseRef, const Record& record) {
    return save(caseRef, record, std::nullopt);
}

template <typename Record>
long long RecordRepository<Record>::update(const std::string& caseRef, const Record& record,
                                           long long expectedVersion) {
    return save(caseRef, record, expectedVersion);
}

template <typename Record>
long long RecordRepository<Record>::save(const std::string& caseRef, const Record& record,
                                         std::optional<long long> expectedVersion) {
    using Table = RecordTable<Record>;
    const std::string name = detail::recordName<Record>(caseRef, record.no);
    return m_db.impl().write("save " + name, [&](soci::session& sql) {
        const CaseKey key = lockCase(sql, m_db.impl().dialect(), caseRef, m_db.actor());
        const Record before = detail::loadOne<Record>(sql, key, record.no);
        // Claimed first: a save over someone else's change is refused before
        // anything is checked or written.
        const long long version = claimRecord(sql, Table::kTable, key.id, record.no,
                                              expectedVersion, {"save", name, m_db.actor()});
        const Record& stored = detail::storedOnUpdate(before, record);
        detail::validateRecord(stored, loadRecordIndex(sql, key.id));
        typename Table::Writer writer(sql);
        writer.updateRow(key.id, stored);
        deleteChildRows<Record>(sql, key.id, record.no);
        writer.insertChildren(key.id, stored);
        const std::string change = changedFields(Table::fields(before), Table::fields(stored));
        if (!change.empty())
            appendAudit(sql, m_db.actor(),
                        {caseRef, detail::kindOf<Record>(), record.no, AuditAction::Update, change});
        return version;
    });
}

template <typename Record>
void RecordRepository<Record>::remove(const std::string& caseRef, domain::RecordNo no) {
    erase(caseRef, no, std::nullopt);
}

template <typename Record>
void RecordRepository<Record>::remove(const std::string& caseRef, domain::RecordNo no,
                                      long long expectedVersion) {
    erase(caseRef, no, expectedVersion);
}

template <typename Record>
void RecordRepository<Record>::erase(const std::string& caseRef, domain::RecordNo no,
                                     std::optional<long long> expectedVersion) {
    using Table = RecordTable<Record>;
    const std::string kind = detail::kindOf<Record>();
    const std::string name = detail::recordName<Record>(caseRef, no);
    m_db.impl().write("delete " + name, [&](soci::session& sql) {
        const CaseKey key = lockCase(sql, m_db.impl().dialect(), caseRef, m_db.actor());
        const Record before = detail::loadOne<Record>(sql, key, no);
        if (expectedVersion)
            requireRecordVersion(sql, Table::kTable, key.id, no, *expectedVersion,
                                 {"delete", name, m_db.actor()});
        const std::vector<std::string> referrers = recordsLinkingTo(sql, key.id, kind, no);
        if (!referrers.empty())
            throw domain::ValidationError(kind + " " + std::to_string(no) +
                                              " cannot be deleted: " + joinAsSentence(referrers) +
                                              (referrers.size() == 1 ? " refers" : " refer") +
                                              " to it",
                                          kind, no);
        deleteRecordRows<Record>(sql, key.id, no);
        appendAudit(sql, m_db.actor(),
                    {caseRef, kind, no, AuditAction::Delete, Table::summary(before)});
    });
}

}  // namespace cg::store
