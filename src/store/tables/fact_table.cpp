#include "store/tables/fact_table.h"

namespace cg::store {

using domain::BreachFact;

namespace {

constexpr std::string_view kColumns =
    "no, category, description, occurred_on, occurred_estimated, discovered_on, records_affected, "
    "failed_control, asserted_by_party_no, standing";
constexpr ListColumn kDataTypes{"fact_data_types", "fact_no", "data_type"};

std::vector<std::string> dataTypeNames(const std::vector<domain::DataType>& types) {
    std::vector<std::string> names;
    for (auto type : types) names.emplace_back(domain::toString(type));
    return names;
}

}  // namespace

std::vector<BreachFact> RecordTable<BreachFact>::load(soci::session& sql,
                                                      const RecordRange& range) {
    std::vector<BreachFact> facts;
    {
        std::vector<long long> no(kFetchBatch), recordsAffected(kFetchBatch),
            assertedBy(kFetchBatch);
        std::vector<int> estimated(kFetchBatch);
        std::vector<std::string> category(kFetchBatch), description(kFetchBatch),
            occurredOn(kFetchBatch), discoveredOn(kFetchBatch), failedControl(kFetchBatch),
            standing(kFetchBatch);
        std::vector<soci::indicator> discoveredInd(kFetchBatch), recordsInd(kFetchBatch),
            assertedInd(kFetchBatch);
        soci::statement rows =
            (sql.prepare << rangeQuery(kColumns, kTable, "no", "no"),
             soci::use(range.caseId, "case_id"), soci::use(range.firstNo, "first"),
             soci::use(range.lastNo, "last"), soci::into(no), soci::into(category),
             soci::into(description), soci::into(occurredOn), soci::into(estimated),
             soci::into(discoveredOn, discoveredInd), soci::into(recordsAffected, recordsInd),
             soci::into(failedControl), soci::into(assertedBy, assertedInd), soci::into(standing));
        fetchRows(rows, no, [&](std::size_t i) {
            BreachFact& fact = facts.emplace_back();
            fact.no = no[i];
            fact.category = domain::parseEnum<domain::FactCategory>(category[i]);
            fact.description = std::move(description[i]);
            fact.occurredOn = domain::Date::parse(occurredOn[i]);
            fact.occurredEstimated = estimated[i] != 0;
            fact.discoveredOn = dateOrNone(discoveredInd[i], discoveredOn[i]);
            fact.recordsAffected = numberOrNone(recordsInd[i], recordsAffected[i]);
            fact.failedControl = std::move(failedControl[i]);
            fact.assertedByPartyNo = numberOrNone(assertedInd[i], assertedBy[i]);
            fact.standing = domain::parseEnum<domain::FactStanding>(standing[i]);
        });
    }
    RecordsByNo<BreachFact> byNo(facts);
    loadTextList(sql, range, kDataTypes, [&](long long no, std::string&& type) {
        byNo[no].dataTypes.push_back(domain::parseEnum<domain::DataType>(type));
    });
    return facts;
}

FieldTexts RecordTable<BreachFact>::fields(const BreachFact& fact) {
    return {
        {"category", std::string(domain::toString(fact.category))},
        {"description", textValue(fact.description)},
        {"occurred on", fact.occurredOn.toString()},
        {"occurrence estimated", fact.occurredEstimated ? "yes" : "no"},
        {"discovered on", dateValue(fact.discoveredOn)},
        {"data types", listValue(dataTypeNames(fact.dataTypes))},
        {"records affected", numberValue(fact.recordsAffected)},
        {"failed control", textValue(fact.failedControl)},
        {"asserted by party", numberValue(fact.assertedByPartyNo)},
        {"standing", std::string(domain::toString(fact.standing))},
    };
}

std::string RecordTable<BreachFact>::summary(const BreachFact& fact) {
    return fact.occurredOn.toString() + " " + std::string(domain::toString(fact.category)) + ": " +
           excerpt(fact.description);
}

RecordTable<BreachFact>::Writer::Writer(soci::session& sql)
    : m_insert(
          (sql.prepare << "INSERT INTO breach_facts (case_id, no, category, description, "
                          "occurred_on, occurred_estimated, discovered_on, records_affected, "
                          "failed_control, asserted_by_party_no, standing) VALUES (:case_id, :no, "
                          ":category, :description, :occurred_on, :occurred_estimated, "
                          ":discovered_on, :records_affected, :failed_control, "
                          ":asserted_by_party_no, :standing)",
           soci::use(m_caseId, "case_id"), soci::use(m_no, "no"), soci::use(m_category, "category"),
           soci::use(m_description, "description"), soci::use(m_occurredOn, "occurred_on"),
           soci::use(m_occurredEstimated, "occurred_estimated"),
           soci::use(m_discoveredOn.value, m_discoveredOn.indicator, "discovered_on"),
           soci::use(m_recordsAffected.value, m_recordsAffected.indicator, "records_affected"),
           soci::use(m_failedControl, "failed_control"),
           soci::use(m_assertedByPartyNo.value, m_assertedByPartyNo.indicator,
                     "asserted_by_party_no"),
           soci::use(m_standing, "standing"))),
      m_update(
          (sql.prepare
               << "UPDATE breach_facts SET category = :category, description = :description, "
                  "occurred_on = :occurred_on, occurred_estimated = :occurred_estimated, "
                  "discovered_on = :discovered_on, records_affected = :records_affected, "
                  "failed_control = :failed_control, asserted_by_party_no = "
                  ":asserted_by_party_no, standing = :standing WHERE case_id = :case_id AND no = "
                  ":no",
           soci::use(m_category, "category"), soci::use(m_description, "description"),
           soci::use(m_occurredOn, "occurred_on"),
           soci::use(m_occurredEstimated, "occurred_estimated"),
           soci::use(m_discoveredOn.value, m_discoveredOn.indicator, "discovered_on"),
           soci::use(m_recordsAffected.value, m_recordsAffected.indicator, "records_affected"),
           soci::use(m_failedControl, "failed_control"),
           soci::use(m_assertedByPartyNo.value, m_assertedByPartyNo.indicator,
                     "asserted_by_party_no"),
           soci::use(m_standing, "standing"), soci::use(m_caseId, "case_id"),
           soci::use(m_no, "no"))),
      m_dataTypes(sql, kDataTypes) {}

void RecordTable<BreachFact>::Writer::bind(long long caseId, const BreachFact& fact) {
    m_caseId = caseId;
    m_no = fact.no;
    m_category = domain::toString(fact.category);
    m_description = fact.description;
    m_occurredOn = fact.occurredOn.toString();
    m_occurredEstimated = fact.occurredEstimated ? 1 : 0;
    m_discoveredOn.set(textOf(fact.discoveredOn));
    m_recordsAffected.set(fact.recordsAffected);
    m_failedControl = fact.failedControl;
    m_assertedByPartyNo.set(fact.assertedByPartyNo);
    m_standing = domain::toString(fact.standing);
}

void RecordTable<BreachFact>::Writer::insertRow(long long caseId, const BreachFact& fact) {
    bind(caseId, fact);
    m_insert.execute(true);
}

void RecordTable<BreachFact>::Writer::updateRow(long long caseId, const BreachFact& fact) {
    bind(caseId, fact);
    m_update.execute(true);
}

void RecordTable<BreachFact>::Writer::insertChildren(long long caseId, const BreachFact& fact) {
    m_dataTypes.insert(caseId, fact.no, dataTypeNames(fact.dataTypes));
}

}  // namespace cg::store
