#include "store/tables/loss_table.h"

namespace cg::store {

using domain::LossItem;

namespace {

constexpr std::string_view kColumns =
    "no, party_no, category, description, low_minor, low_currency, high_minor, high_currency, "
    "damages";

}  // namespace

std::vector<LossItem> RecordTable<LossItem>::load(soci::session& sql, const RecordRange& range) {
    std::vector<LossItem> losses;
    std::vector<long long> no(kFetchBatch), party(kFetchBatch), low(kFetchBatch), high(kFetchBatch);
    std::vector<std::string> category(kFetchBatch), description(kFetchBatch),
        lowCurrency(kFetchBatch), highCurrency(kFetchBatch), damages(kFetchBatch);
    soci::statement rows =
        (sql.prepare << rangeQuery(kColumns, kTable, "no", "no"),
         soci::use(range.caseId, "case_id"), soci::use(range.firstNo, "first"),
         soci::use(range.lastNo, "last"), soci::into(no), soci::into(party), soci::into(category),
         soci::into(description), soci::into(low), soci::into(lowCurrency), soci::into(high),
         soci::into(highCurrency), soci::into(damages));
    fetchRows(rows, no, [&](std::size_t i) {
        LossItem& loss = losses.emplace_back();
        loss.no = no[i];
        loss.partyNo = party[i];
        loss.category = domain::parseEnum<domain::LossCategory>(category[i]);
        loss.description = std::move(description[i]);
        loss.low = domain::Money(low[i], lowCurrency[i]);
        loss.high = domain::Money(high[i], highCurrency[i]);
        loss.damages = domain::parseEnum<domain::DamagesType>(damages[i]);
    });
    return losses;
}

FieldTexts RecordTable<LossItem>::fields(const LossItem& loss) {
    return {
        {"party", std::to_string(loss.partyNo)},
        {"category", std::string(domain::toString(loss.category))},
        {"description", textValue(loss.description)},
        {"low estimate", loss.low.display()},
        {"high estimate", loss.high.display()},
        {"damages", std::string(domain::toString(loss.damages))},
    };
}

std::string RecordTable<LossItem>::summary(const LossItem& loss) {
    return "party " + std::to_string(loss.partyNo) + ", " +
           std::string(domain::toString(loss.category)) + ", " + loss.low.display() + " to " +
           loss.high.display();
}

RecordTable<LossItem>::Writer::Writer(soci::session& sql)
    : m_insert(
          (sql.prepare
               << "INSERT INTO loss_items (case_id, no, party_no, category, description, "
                  "low_minor, low_currency, high_minor, high_currency, damages) VALUES (:case_id, "
                  ":no, :party_no, :category, :description, :low_minor, :low_currency, "
                  ":high_minor, :high_currency, :damages)",
           soci::use(m_caseId, "case_id"), soci::use(m_no, "no"), soci::use(m_partyNo, "party_no"),
           soci::use(m_category, "category"), soci::use(m_description, "description"),
           soci::use(m_lowMinor, "low_minor"), soci::use(m_lowCurrency, "low_currency"),
           soci::use(m_highMinor, "high_minor"), soci::use(m_highCurrency, "high_currency"),
           soci::use(m_damages, "damages"))),
      m_update(
          (sql.prepare
               << "UPDATE loss_items SET party_no = :party_no, category = :category, description "
                  "= :description, low_minor = :low_minor, low_currency = :low_currency, "
                  "high_minor = :high_minor, high_currency = :high_currency, damages = :damages "
                  "WHERE case_id = :case_id AND no = :no",
           soci::use(m_partyNo, "party_no"), soci::use(m_category, "category"),
           soci::use(m_description, "description"), soci::use(m_lowMinor, "low_minor"),
           soci::use(m_lowCurrency, "low_currency"), soci::use(m_highMinor, "high_minor"),
           soci::use(m_highCurrency, "high_currency"), soci::use(m_damages, "damages"),
           soci::use(m_caseId, "case_id"), soci::use(m_no, "no"))) {}

void RecordTable<LossItem>::Writer::bind(long long caseId, const LossItem& loss) {
    m_caseId = caseId;
    m_no = loss.no;
    m_partyNo = loss.partyNo;
    m_category = domain::toString(loss.category);
    m_description = loss.description;
    m_lowMinor = loss.low.minorUnits();
    m_lowCurrency = loss.low.currency();
    m_highMinor = loss.high.minorUnits();
    m_highCurrency = loss.high.currency();
    m_damages = domain::toString(loss.damages);
}

void RecordTable<LossItem>::Writer::insertRow(long long caseId, const LossItem& loss) {
    bind(caseId, loss);
    m_insert.execute(true);
}

void RecordTable<LossItem>::Writer::updateRow(long long caseId, const LossItem& loss) {
    bind(caseId, loss);
    m_update.execute(true);
}

}  // namespace cg::store
