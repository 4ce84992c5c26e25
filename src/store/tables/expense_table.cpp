#include "store/tables/expense_table.h"

namespace cg::store {

using domain::Expense;

namespace {

constexpr std::string_view kColumns =
    "no, incurred_on, description, amount_minor, amount_currency, charged_to_party_no";

}  // namespace

std::vector<Expense> RecordTable<Expense>::load(soci::session& sql, const RecordRange& range) {
    std::vector<Expense> expenses;
    std::vector<long long> no(kFetchBatch), amount(kFetchBatch), chargedTo(kFetchBatch);
    std::vector<std::string> incurredOn(kFetchBatch), description(kFetchBatch),
        currency(kFetchBatch);
    std::vector<soci::indicator> chargedInd(kFetchBatch);
    soci::statement rows = (sql.prepare << rangeQuery(kColumns, kTable, "no", "no"),
                            soci::use(range.caseId, "case_id"), soci::use(range.firstNo, "first"),
                            soci::use(range.lastNo, "last"), soci::into(no), soci::into(incurredOn),
                            soci::into(description), soci::into(amount), soci::into(currency),
                            soci::into(chargedTo, chargedInd));
    fetchRows(rows, no, [&](std::size_t i) {
        Expense& expense = expenses.emplace_back();
        expense.no = no[i];
        expense.incurredOn = domain::Date::parse(incurredOn[i]);
        expense.description = std::move(description[i]);
        expense.amount = domain::Money(amount[i], currency[i]);
        expense.chargedToPartyNo = numberOrNone(chargedInd[i], chargedTo[i]);
    });
    return expenses;
}

FieldTexts RecordTable<Expense>::fields(const Expense& expense) {
    return {
        {"incurred on", expense.incurredOn.toString()},
        {"description", textValue(expense.description)},
        {"amount", expense.amount.display()},
        {"charged to", numberValue(expense.chargedToPartyNo)},
    };
}

std::string RecordTable<Expense>::summary(const Expense& expense) {
    return expense.amount.display() + " on " + expense.incurredOn.toString() + ": " +
           excerpt(expense.description);
}

RecordTable<Expense>::Writer::Writer(soci::session& sql)
    : m_insert(
          (sql.prepare << "INSERT INTO expenses (case_id, no, incurred_on, description, "
                          "amount_minor, amount_currency, charged_to_party_no) VALUES (:case_id, "
                          ":no, :incurred_on, :description, :amount_minor, :amount_currency, "
                          ":charged_to_party_no)",
           soci::use(m_caseId, "case_id"), soci::use(m_no, "no"),
           soci::use(m_incurredOn, "incurred_on"), soci::use(m_description, "description"),
           soci::use(m_amountMinor, "amount_minor"), soci::use(m_amountCurrency, "amount_currency"),
           soci::use(m_chargedTo.value, m_chargedTo.indicator, "charged_to_party_no"))),
      m_update((sql.prepare << "UPDATE expenses SET incurred_on = :incurred_on, description = "
                               ":description, amount_minor = :amount_minor, amount_currency = "
                               ":amount_currency, charged_to_party_no = :charged_to_party_no WHERE "
                               "case_id = :case_id AND no = :no",
                soci::use(m_incurredOn, "incurred_on"), soci::use(m_description, "description"),
                soci::use(m_amountMinor, "amount_minor"),
                soci::use(m_amountCurrency, "amount_currency"),
                soci::use(m_chargedTo.value, m_chargedTo.indicator, "charged_to_party_no"),
                soci::use(m_caseId, "case_id"), soci::use(m_no, "no"))) {}

void RecordTable<Expense>::Writer::bind(long long caseId, const Expense& expense) {
    m_caseId = caseId;
    m_no = expense.no;
    m_incurredOn = expense.incurredOn.toString();
    m_description = expense.description;
    m_amountMinor = expense.amount.minorUnits();
    m_amountCurrency = expense.amount.currency();
    m_chargedTo.set(expense.chargedToPartyNo);
}

void RecordTable<Expense>::Writer::insertRow(long long caseId, const Expense& expense) {
    bind(caseId, expense);
    m_insert.execute(true);
}

void RecordTable<Expense>::Writer::updateRow(long long caseId, const Expense& expense) {
    bind(caseId, expense);
    m_update.execute(true);
}

}  // namespace cg::store
