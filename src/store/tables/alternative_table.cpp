#include "store/tables/alternative_table.h"

namespace cg::store {

using domain::Alternative;

namespace {

constexpr std::string_view kColumns =
    "no, party_no, kind, description, value_minor, value_currency, likelihood_percent, visibility";

}  // namespace

std::vector<Alternative> RecordTable<Alternative>::load(soci::session& sql, const RecordRange& range) {
    std::vector<Alternative> alternatives;
    std::vector<long long> no(kFetchBatch), party(kFetchBatch), value(kFetchBatch);
    std::vector<int> likelihood(kFetchBatch);
    std::vector<std::string> kind(kFetchBatch), description(kFetchBatch), currency(kFetchBatch),
        visibility(kFetchBatch);
    std::vector<soci::indicator> valueInd(kFetchBatch), currencyInd(kFetchBatch);
    soci::statement rows =
        (sql.prepare << rangeQuery(kColumns, kTable, "no", "no"), soci::use(range.caseId, "case_id"),
         soci::use(range.firstNo, "first"), soci::use(range.lastNo, "last"), soci::into(no), soci::into(party),
         soci::into(kind), soci::into(description), soci::into(value, valueInd), soci::into(currency, currencyInd),
         soci::into(likelihood), soci::into(visibility));
    fetchRows(rows, no, [&](std::size_t i) {
        Alternative& alternative = alternatives.emplace_back();
        alternative.no = no[i];
        alternative.partyNo = party[i];
        alternative.kind = domain::parseEnum<domain::AlternativeKind>(kind[i]);
        alternative.description = std::move(description[i]);
        alternative.value = moneyOrNone(valueInd[i], value[i], currency[i]);
        alternative.likelihoodPercent = likelihood[i];
        alternative.visibility = domain::parseEnum<domain::Visibility>(visibility[i]);
    });
    return alternatives;
}

FieldTexts RecordTable<Alternative>::fields(const Alternative& alternative) {
    return {
        {"party", std::to_string(alternative.partyNo)},
        {"kind", std::string(domain::toString(alternative.kind))},
        {"description", textValue(alternative.description)},
        {"value", moneyValue(alternative.value)},
        {"likelihood", std::to_string(alternative.likelihoodPercent) + " %"},
        {"visibility", std::string(domain::toString(alternative.visibility))},
    };
}

std::string RecordTable<Alternative>::summary(const Alternative& alternative) {
    std::string text = "party " + std::to_string(alternative.partyNo) + ", " +
                       std::string(domain::toString(alternative.kind)) + ": " + excerpt(alternative.description);
    if (alternative.value) text += ", " + alternative.value->display();
    return text + ", " + std::to_string(alternative.likelihoodPercent) + " % likely";
}

RecordTable<Alternative>::Writer::Writer(soci::session& sql)
    : m_insert((sql.prepare << "INSERT INTO alternatives (case_id, no, party_no, kind, description, value_minor, "
                               "value_currency, likelihood_percent, visibility) VALUES (:case_id, :no, :party_no, "
                               ":kind, :description, :value_minor, :value_currency, :likelihood_percent, "
                               ":visibility)",
                soci::use(m_caseId, "case_id"), soci::use(m_no, "no"), soci::use(m_partyNo, "party_no"),
                soci::use(m_kind, "kind"), soci::use(m_description, "description"),
                soci::use(m_value.minor, m_value.indicator, "value_minor"),
                soci::use(m_value.currency, m_value.indicator, "value_currency"),
                soci::use(m_likelihood, "likelihood_percent"), soci::use(m_visibility, "visibility"))),
      m_update((sql.prepare << "UPDATE alternatives SET party_no = :party_no, kind = :kind, description = "
                               ":description, value_minor = :value_minor, value_currency = :value_currency, "
                               "likelihood_percent = :likelihood_percent, visibility = :visibility WHERE case_id "
                               "= :case_id AND no = :no",
                soci::use(m_partyNo, "party_no"), soci::use(m_kind, "kind"),
                soci::use(m_description, "description"),
                soci::use(m_value.minor, m_value.indicator, "value_minor"),
                soci::use(m_value.currency, m_value.indicator, "value_currency"),
                soci::use(m_likelihood, "likelihood_percent"), soci::use(m_visibility, "visibility"),
                soci::use(m_caseId, "case_id"), soci::use(m_no, "no"))) {}

void RecordTable<Alternative>::Writer::bind(long long caseId, const Alternative& alternative) {
    m_caseId = caseId;
    m_no = alternative.no;
    m_partyNo = alternative.partyNo;
    m_kind = domain::toString(alternative.kind);
    m_description = alternative.description;
    m_value.set(alternative.value);
    m_likelihood = alternative.likelihoodPercent;
    m_visibility = domain::toString(alternative.visibility);
}

void RecordTable<Alternative>::Writer::insertRow(long long caseId, const Alternative& alternative) {
    bind(caseId, alternative);
    m_insert.execute(true);
}

void RecordTable<Alternative>::Writer::updateRow(long long caseId, const Alternative& alternative) {
    bind(caseId, alternative);
    m_update.execute(true);
}

}  // namespace cg::store
