#include "store/record_versions.h"

#include "domain/errors.h"
#include "store/sql_dialect.h"

namespace cg::store {

namespace {

bool tableExists(soci::session& sql, std::string_view table) {
    const std::string name(table);
    long long found = 0;
    sql << dialectOf(sql).tableExistsQuery, soci::use(name, "name"), soci::into(found);
    return found > 0;
}

std::optional<domain::Instant> instantOrNone(const std::string& text) {
    if (text.empty()) return std::nullopt;
    return domain::Instant::parse(text);
}

// "2026-11-24 10:42 UTC": to the minute, which is how people remember it.
std::string minuteText(const domain::Instant& at) {
    const std::string iso = at.toString();
    return iso.substr(0, 10) + " " + iso.substr(11, 5) + " UTC";
}

[[noreturn]] void refuse(const VersionClaim& claim, const RecordStamp& current) {
    const std::string who = current.changedBy.empty() ? "someone else" : current.changedBy;
    const std::string when = current.changedAt ? " at " + minuteText(*current.changedAt) : "";
    const std::string whose = current.changedBy.empty() ? "the" : current.changedBy + "'s";
    const std::string done = claim.action == "delete" ? "deleted" : "saved";
    throw RecordChangedMeanwhile("Could not " + claim.action + " " + claim.recordName + ": " + who +
                                " changed it" + when + " (version " +
                                std::to_string(current.version) +
                                ") after you opened it; nothing was " + done +
                                ". Reload the case to see " + whose + " change.");
}

// row_version, changed_by and changed_at of the rows `where` picks (bound
// :case_id and, for records, :no).
RecordStamp readStamp(soci::session& sql, const std::string& query, long long caseId,
                      const long long* no, const std::string& missing) {
    RecordStamp stamp;
    std::string changedAt;
    if (no)
        sql << query, soci::use(caseId, "case_id"), soci::use(*no, "no"),
            soci::into(stamp.version), soci::into(stamp.changedBy), soci::into(changedAt);
    else
        sql << query, soci::use(caseId, "case_id"), soci::into(stamp.version),
            soci::into(stamp.changedBy), soci::into(changedAt);
    if (!sql.got_data()) throw domain::NotFound(missing);
    stamp.changedAt = instantOrNone(changedAt);
    return stamp;
}

std::string recordStampQuery(std::string_view table) {
    return "SELECT row_version, changed_by, changed_at FROM " + std::string(table) +
           " WHERE case_id = :case_id AND no = :no";
}

// Runs the claim; false when it matched no row.
bool claimRow(soci::session& sql, const std::string& update, long long caseId,
              const long long* no, std::optional<long long> expected, const std::string& actor) {
    const std::string at = domain::Instant::now().toString();
    const long long expectedVersion = expected.value_or(0);
    auto run = [](soci::statement statement) {
        statement.execute(true);
        return statement.get_affected_rows() > 0;
    };
    if (no && expected)
        return run((sql.prepare << update, soci::use(actor, "by"), soci::use(at, "at"),
                    soci::use(caseId, "case_id"), soci::use(*no, "no"),
                    soci::use(expectedVersion, "expected")));
    if (no)
        return run((sql.prepare << update, soci::use(actor, "by"), soci::use(at, "at"),
                    soci::use(caseId, "case_id"), soci::use(*no, "no")));
    if (expected)
        return run((sql.prepare << update, soci::use(actor, "by"), soci::use(at, "at"),
                    soci::use(caseId, "case_id"), soci::use(expectedVersion, "expected")));
    return run((sql.prepare << update, soci::use(actor, "by"), soci::use(at, "at"),
                soci::use(caseId, "case_id")));
}

constexpr std::string_view kSetNextVersion =
    " SET row_version = row_version + 1, changed_by = :by, changed_at = :at WHERE ";

}  // namespace

const std::vector<std::string_view>& versionedRecordTables() {
    static const std::vector<std::string_view> tables{
        "parties",        "interests",     "contract_clauses",   "breach_facts",
        "blame_claims",   "settlement_options", "mediation_sessions", "offers",
        "loss_items",     "agreement_drafts",   "participants",       "exhibits",
        "time_entries",   "expenses",      "payments",           "alternatives",
        "bottom_lines",
    };
    return tables;
}

RecordStamp readRecordStamp(soci::session& sql, std::string_view table, long long caseId,
                            domain::RecordNo no) {
    const long long recordNo = no;
    return readStamp(sql, recordStampQuery(table), caseId, &recordNo,
                     "the case has no record " + std::to_string(no) + " in " + std::string(table));
}

RecordStamps readRecordStamps(soci::session& sql, std::string_view table, long long caseId) {
    RecordStamps stamps;
    long long no = 0;
    RecordStamp stamp;
    std::string changedAt;
    soci::statement rows = (sql.prepare << "SELECT no, row_version, changed_by, changed_at FROM " +
                                               std::string(table) +
                                               " WHERE case_id = :case_id ORDER BY no",
                            soci::use(caseId, "case_id"), soci::into(no),
                            soci::into(stamp.version), soci::into(stamp.changedBy),
                            soci::into(changedAt));
    rows.execute();
    while (rows.fetch()) {
        stamp.changedAt = instantOrNone(changedAt);
        stamps[no] = stamp;
    }
    return stamps;
}

RecordStamp readCaseStamp(soci::session& sql, long long caseId) {
    return readStamp(sql, "SELECT row_version, changed_by, changed_at FROM cases WHERE id = :case_id",
                     caseId, nullptr, "the case is missing");
}

CaseStamps readCaseStamps(soci::session& sql, long long caseId) {
    CaseStamps stamps;
    stamps.head = readCaseStamp(sql, caseId);
    for (std::string_view table : versionedRecordTables())
        if (tableExists(sql, table))
            stamps.records[std::string(table)] = readRecordStamps(sql, table, caseId);
    return stamps;
}

long long claimRecord(soci::session& sql, std::string_view table, long long caseId,
                      domain::RecordNo no, std::optional<long long> expected,
                      const VersionClaim& claim) {
    const long long recordNo = no;
    const std::string update = "UPDATE " + std::string(table) + std::string(kSetNextVersion) +
                               "case_id = :case_id AND no = :no" +
                               (expected ? " AND row_version = :expected" : "");
    const bool claimed = claimRow(sql, update, caseId, &recordNo, expected, claim.actor);
    const RecordStamp now = readRecordStamp(sql, table, caseId, no);
    if (!claimed) refuse(claim, now);
    return now.version;
}

long long claimCase(soci::session& sql, long long caseId, std::optional<long long> expected,
                    const VersionClaim& claim) {
    const std::string update = "UPDATE cases" + std::string(kSetNextVersion) + "id = :case_id" +
                               (expected ? " AND row_version = :expected" : "");
    const bool claimed = claimRow(sql, update, caseId, nullptr, expected, claim.actor);
    const RecordStamp now = readCaseStamp(sql, caseId);
    if (!claimed) refuse(claim, now);
    return now.version;
}

void requireRecordVersion(soci::session& sql, std::string_view table, long long caseId,
                          domain::RecordNo no, long long expected, const VersionClaim& claim) {
    const RecordStamp now = readRecordStamp(sql, table, caseId, no);
    if (now.version != expected) refuse(claim, now);
}

void stampNewRecord(soci::session& sql, std::string_view table, long long caseId,
                    domain::RecordNo no, const std::string& actor) {
    const long long recordNo = no;
    const std::string at = domain::Instant::now().toString();
    sql << "UPDATE " + std::string(table) +
               " SET changed_by = :by, changed_at = :at WHERE case_id = :case_id AND no = :no",
        soci::use(actor, "by"), soci::use(at, "at"), soci::use(caseId, "case_id"),
        soci::use(recordNo, "no");
}

void stampNewCase(soci::session& sql, long long caseId, const std::string& actor) {
    const std::string at = domain::Instant::now().toString();
    sql << "UPDATE cases SET changed_by = :by, changed_at = :at WHERE id = :case_id",
        soci::use(actor, "by"), soci::use(at, "at"), soci::use(caseId, "case_id");
}

void stampImportedCase(soci::session& sql, long long caseId, const std::string& actor) {
    stampNewCase(sql, caseId, actor);
    const std::string at = domain::Instant::now().toString();
    for (std::string_view table : versionedRecordTables()) {
        if (!tableExists(sql, table)) continue;
        sql << "UPDATE " + std::string(table) +
                   " SET changed_by = :by, changed_at = :at WHERE case_id = :case_id",
            soci::use(actor, "by"), soci::use(at, "at"), soci::use(caseId, "case_id");
    }
}

void addRowVersionColumns(soci::session& sql) {
    std::vector<std::string_view> tables{"cases"};
    for (std::string_view table : versionedRecordTables())
        if (tableExists(sql, table)) tables.push_back(table);
    // Rows from before version 8 start at version 1, changed by nobody the
    // store knows of: the audit trail holds their history.
    for (std::string_view table : tables) {
        const std::string alter = "ALTER TABLE " + std::string(table) + " ADD COLUMN ";
        sql << alter + "row_version BIGINT NOT NULL DEFAULT 1 CHECK (row_version >= 1)";
        sql << alter + "changed_by TEXT NOT NULL DEFAULT ''";
        sql << alter + "changed_at TEXT NOT NULL DEFAULT ''";
    }
}

}  // namespace cg::store
