#include "store/record_index_query.h"

#include <set>
#include <string>

namespace cg::store {

namespace {

std::set<domain::RecordNo> numbersIn(soci::session& sql, std::string_view table, long long caseId) {
    std::set<domain::RecordNo> numbers;
    long long no = 0;
    soci::statement rows =
        (sql.prepare << "SELECT no FROM " + std::string(table) + " WHERE case_id = :case_id",
         soci::use(caseId, "case_id"), soci::into(no));
    rows.execute();
    while (rows.fetch()) numbers.insert(no);
    return numbers;
}

}  // namespace

domain::RecordIndex loadRecordIndex(soci::session& sql, long long caseId) {
    domain::RecordIndex index;
    index.parties = numbersIn(sql, "parties", caseId);
    index.interests = numbersIn(sql, "interests", caseId);
    index.clauses = numbersIn(sql, "contract_clauses", caseId);
    index.facts = numbersIn(sql, "breach_facts", caseId);
    index.claims = numbersIn(sql, "blame_claims", caseId);
    index.options = numbersIn(sql, "settlement_options", caseId);
    index.sessions = numbersIn(sql, "mediation_sessions", caseId);
    index.offers = numbersIn(sql, "offers", caseId);
    long long session = 0, party = 0;
    soci::statement caucuses =
        (sql.prepare << "SELECT no, caucus_party_no FROM mediation_sessions WHERE case_id = :case_id AND kind = "
                        "'caucus' AND caucus_party_no IS NOT NULL",
         soci::use(caseId, "case_id"), soci::into(session), soci::into(party));
    caucuses.execute();
    while (caucuses.fetch()) index.caucusParties.emplace(session, party);
    return index;
}

domain::RecordNo nextRecordNo(soci::session& sql, std::string_view table, long long caseId) {
    long long highest = 0;
    sql << "SELECT COALESCE(MAX(no), 0) FROM " + std::string(table) + " WHERE case_id = :case_id",
        soci::use(caseId, "case_id"), soci::into(highest);
    return highest + 1;
}

bool recordExists(soci::session& sql, std::string_view table, long long caseId,
                  domain::RecordNo no) {
    const long long wanted = no;
    long long count = 0;
    sql << "SELECT COUNT(*) FROM " + std::string(table) + " WHERE case_id = :case_id AND no = :no",
        soci::use(caseId, "case_id"), soci::use(wanted, "no"), soci::into(count);
    return count > 0;
}

}  // namespace cg::store
