#include "store/tables/claim_table.h"

namespace cg::store {

using domain::BlameClaim;

namespace {

constexpr std::string_view kColumns =
    "no, accuser_no, accused_no, basis, allegation, stated_position, amount_minor, amount_currency";
constexpr ListColumn kFacts{"claim_facts", "claim_no", "fact_no"};
constexpr ListColumn kClauses{"claim_clauses", "claim_no", "clause_no"};
constexpr ListColumn kInterests{"claim_interests", "claim_no", "interest_no"};

}  // namespace

std::vector<BlameClaim> RecordTable<BlameClaim>::load(soci::session& sql,
                                                      const RecordRange& range) {
    std::vector<BlameClaim> claims;
    {
        std::vector<long long> no(kFetchBatch), accuser(kFetchBatch), accused(kFetchBatch),
            amount(kFetchBatch);
        std::vector<std::string> basis(kFetchBatch), allegation(kFetchBatch), position(kFetchBatch),
            currency(kFetchBatch);
        std::vector<soci::indicator> amountInd(kFetchBatch), currencyInd(kFetchBatch);
        soci::statement rows =
            (sql.prepare << rangeQuery(kColumns, kTable, "no", "no"),
             soci::use(range.caseId, "case_id"), soci::use(range.firstNo, "first"),
             soci::use(range.lastNo, "last"), soci::into(no), soci::into(accuser),
             soci::into(accused), soci::into(basis), soci::into(allegation), soci::into(position),
             soci::into(amount, amountInd), soci::into(currency, currencyInd));
        fetchRows(rows, no, [&](std::size_t i) {
            BlameClaim& claim = claims.emplace_back();
            claim.no = no[i];
            claim.accuserNo = accuser[i];
            claim.accusedNo = accused[i];
            claim.basis = domain::parseEnum<domain::ClaimBasis>(basis[i]);
            claim.allegation = std::move(allegation[i]);
            claim.position = std::move(position[i]);
            claim.amountClaimed = moneyOrNone(amountInd[i], amount[i], currency[i]);
        });
    }
    RecordsByNo<BlameClaim> byNo(claims);
    loadNumberList(sql, range, kFacts,
                   [&](long long no, long long fact) { byNo[no].factNos.push_back(fact); });
    loadNumberList(sql, range, kClauses,
                   [&](long long no, long long clause) { byNo[no].clauseNos.push_back(clause); });
    loadNumberList(sql, range, kInterests, [&](long long no, long long interest) {
        byNo[no].interestNos.push_back(interest);
    });
    return claims;
}

FieldTexts RecordTable<BlameClaim>::fields(const BlameClaim& claim) {
    return {
        {"accuser", std::to_string(claim.accuserNo)},
        {"accused", std::to_string(claim.accusedNo)},
        {"basis", std::string(domain::toString(claim.basis))},
        {"allegation", textValue(claim.allegation)},
        {"position", textValue(claim.position)},
        {"amount claimed", moneyValue(claim.amountClaimed)},
        {"facts", numbersValue(claim.factNos)},
        {"clauses", numbersValue(claim.clauseNos)},
        {"interests", numbersValue(claim.interestNos)},
    };
}

std::string RecordTable<BlameClaim>::summary(const BlameClaim& claim) {
    return "party " + std::to_string(claim.accuserNo) + " against party " +
           std::to_string(claim.accusedNo) + ": " + excerpt(claim.allegation);
}

RecordTable<BlameClaim>::Writer::Writer(soci::session& sql)
    : m_insert((sql.prepare << "INSERT INTO blame_claims (case_id, no, accuser_no, accused_no, "
                               "basis, allegation, stated_position, amount_minor, "
                               "amount_currency) VALUES (:case_id, :no, :accuser_no, :accused_no, "
                               ":basis, :allegation, :stated_position, :amount_minor, "
                               ":amount_currency)",
                soci::use(m_caseId, "case_id"), soci::use(m_no, "no"),
                soci::use(m_accuserNo, "accuser_no"), soci::use(m_accusedNo, "accused_no"),
                soci::use(m_basis, "basis"), soci::use(m_allegation, "allegation"),
                soci::use(m_position, "stated_position"),
                soci::use(m_amount.minor, m_amount.indicator, "amount_minor"),
                soci::use(m_amount.currency, m_amount.indicator, "amount_currency"))),
      m_update(
          (sql.prepare
               << "UPDATE blame_claims SET accuser_no = :accuser_no, accused_no = :accused_no, "
                  "basis = :basis, allegation = :allegation, stated_position = :stated_position, "
                  "amount_minor = :amount_minor, amount_currency = :amount_currency WHERE case_id "
                  "= :case_id AND no = :no",
           soci::use(m_accuserNo, "accuser_no"), soci::use(m_accusedNo, "accused_no"),
           soci::use(m_basis, "basis"), soci::use(m_allegation, "allegation"),
           soci::use(m_position, "stated_position"),
           soci::use(m_amount.minor, m_amount.indicator, "amount_minor"),
           soci::use(m_amount.currency, m_amount.indicator, "amount_currency"),
           soci::use(m_caseId, "case_id"), soci::use(m_no, "no"))),
      m_facts(sql, kFacts),
      m_clauses(sql, kClauses),
      m_interests(sql, kInterests) {}

void RecordTable<BlameClaim>::Writer::bind(long long caseId, const BlameClaim& claim) {
    m_caseId = caseId;
    m_no = claim.no;
    m_accuserNo = claim.accuserNo;
    m_accusedNo = claim.accusedNo;
    m_basis = domain::toString(claim.basis);
    m_allegation = claim.allegation;
    m_position = claim.position;
    m_amount.set(claim.amountClaimed);
}

void RecordTable<BlameClaim>::Writer::insertRow(long long caseId, const BlameClaim& claim) {
    bind(caseId, claim);
    m_insert.execute(true);
}

void RecordTable<BlameClaim>::Writer::updateRow(long long caseId, const BlameClaim& claim) {
    bind(caseId, claim);
    m_update.execute(true);
}

void RecordTable<BlameClaim>::Writer::insertChildren(long long caseId, const BlameClaim& claim) {
    m_facts.insert(caseId, claim.no, claim.factNos);
    m_clauses.insert(caseId, claim.no, claim.clauseNos);
    m_interests.insert(caseId, claim.no, claim.interestNos);
}

}  // namespace cg::store
