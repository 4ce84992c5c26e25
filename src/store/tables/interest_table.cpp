#include "store/tables/interest_table.h"

namespace cg::store {

using domain::Interest;

std::vector<Interest> RecordTable<Interest>::load(soci::session& sql, const RecordRange& range) {
    std::vector<Interest> interests;
    std::vector<long long> no(kFetchBatch), partyNo(kFetchBatch);
    std::vector<int> priority(kFetchBatch);
    std::vector<std::string> category(kFetchBatch), visibility(kFetchBatch),
        description(kFetchBatch);
    soci::statement rows =
        (sql.prepare << rangeQuery("no, party_no, category, priority, visibility, description",
                                   kTable, "no", "no"),
         soci::use(range.caseId, "case_id"), soci::use(range.firstNo, "first"),
         soci::use(range.lastNo, "last"), soci::into(no), soci::into(partyNo), soci::into(category),
         soci::into(priority), soci::into(visibility), soci::into(description));
    fetchRows(rows, no, [&](std::size_t i) {
        Interest& interest = interests.emplace_back();
        interest.no = no[i];
        interest.partyNo = partyNo[i];
        interest.category = domain::parseEnum<domain::InterestCategory>(category[i]);
        interest.priority = priority[i];
        interest.visibility = domain::parseEnum<domain::Visibility>(visibility[i]);
        interest.description = std::move(description[i]);
    });
    return interests;
}

FieldTexts RecordTable<Interest>::fields(const Interest& interest) {
    return {
        {"party", std::to_string(interest.partyNo)},
        {"category", std::string(domain::toString(interest.category))},
        {"priority", std::to_string(interest.priority)},
        {"visibility", std::string(domain::toString(interest.visibility))},
        {"description", textValue(interest.description)},
    };
}

std::string RecordTable<Interest>::summary(const Interest& interest) {
    return "party " + std::to_string(interest.partyNo) + ", " +
           std::string(domain::toString(interest.category)) + ", priority " +
           std::to_string(interest.priority) + ": " + excerpt(interest.description);
}

RecordTable<Interest>::Writer::Writer(soci::session& sql)
    : m_insert(
          (sql.prepare
               << "INSERT INTO interests (case_id, no, party_no, category, priority, visibility, "
                  "description) VALUES (:case_id, :no, :party_no, :category, :priority, "
                  ":visibility, :description)",
           soci::use(m_caseId, "case_id"), soci::use(m_no, "no"), soci::use(m_partyNo, "party_no"),
           soci::use(m_category, "category"), soci::use(m_priority, "priority"),
           soci::use(m_visibility, "visibility"), soci::use(m_description, "description"))),
      m_update(
          (sql.prepare
               << "UPDATE interests SET party_no = :party_no, category = :category, priority = "
                  ":priority, visibility = :visibility, description = :description WHERE case_id "
                  "= :case_id AND no = :no",
           soci::use(m_partyNo, "party_no"), soci::use(m_category, "category"),
           soci::use(m_priority, "priority"), soci::use(m_visibility, "visibility"),
           soci::use(m_description, "description"), soci::use(m_caseId, "case_id"),
           soci::use(m_no, "no"))) {}

void RecordTable<Interest>::Writer::bind(long long caseId, const Interest& interest) {
    m_caseId = caseId;
    m_no = interest.no;
    m_partyNo = interest.partyNo;
    m_category = domain::toString(interest.category);
    m_priority = interest.priority;
    m_visibility = domain::toString(interest.visibility);
    m_description = interest.description;
}

void RecordTable<Interest>::Writer::insertRow(long long caseId, const Interest& interest) {
    bind(caseId, interest);
    m_insert.execute(true);
}

void RecordTable<Interest>::Writer::updateRow(long long caseId, const Interest& interest) {
    bind(caseId, interest);
    m_update.execute(true);
}

}  // namespace cg::store
