#include "store/tables/payment_table.h"

namespace cg::store {

using domain::Payment;

namespace {

constexpr std::string_view kColumns =
    "no, party_no, received_on, amount_minor, amount_currency, reference";

}  // namespace

std::vector<Payment> RecordTable<Payment>::load(soci::session& sql, const RecordRange& range) {
    std::vector<Payment> payments;
    std::vector<long long> no(kFetchBatch), party(kFetchBatch), amount(kFetchBatch);
    std::vector<std::string> receivedOn(kFetchBatch), currency(kFetchBatch), reference(kFetchBatch);
    soci::statement rows =
        (sql.prepare << rangeQuery(kColumns, kTable, "no", "no"),
         soci::use(range.caseId, "case_id"), soci::use(range.firstNo, "first"),
         soci::use(range.lastNo, "last"), soci::into(no), soci::into(party), soci::into(receivedOn),
         soci::into(amount), soci::into(currency), soci::into(reference));
    fetchRows(rows, no, [&](std::size_t i) {
        Payment& payment = payments.emplace_back();
        payment.no = no[i];
        payment.partyNo = party[i];
        payment.receivedOn = domain::Date::parse(receivedOn[i]);
        payment.amount = domain::Money(amount[i], currency[i]);
        payment.reference = std::move(reference[i]);
    });
    return payments;
}

FieldTexts RecordTable<Payment>::fields(const Payment& payment) {
    return {
        {"party", std::to_string(payment.partyNo)},
        {"received on", payment.receivedOn.toString()},
        {"amount", payment.amount.display()},
        {"reference", textValue(payment.reference)},
    };
}

std::string RecordTable<Payment>::summary(const Payment& payment) {
    return payment.amount.display() + " from party " + std::to_string(payment.partyNo) + " on " +
           payment.receivedOn.toString();
}

RecordTable<Payment>::Writer::Writer(soci::session& sql)
    : m_insert(
          (sql.prepare << "INSERT INTO payments (case_id, no, party_no, received_on, "
                          "amount_minor, amount_currency, reference) VALUES (:case_id, :no, "
                          ":party_no, :received_on, :amount_minor, :amount_currency, :reference)",
           soci::use(m_caseId, "case_id"), soci::use(m_no, "no"), soci::use(m_partyNo, "party_no"),
           soci::use(m_receivedOn, "received_on"), soci::use(m_amountMinor, "amount_minor"),
           soci::use(m_amountCurrency, "amount_currency"), soci::use(m_reference, "reference"))),
      m_update(
          (sql.prepare << "UPDATE payments SET party_no = :party_no, received_on = :received_on, "
                          "amount_minor = :amount_minor, amount_currency = :amount_currency, "
                          "reference = :reference WHERE case_id = :case_id AND no = :no",
           soci::use(m_partyNo, "party_no"), soci::use(m_receivedOn, "received_on"),
           soci::use(m_amountMinor, "amount_minor"), soci::use(m_amountCurrency, "amount_currency"),
           soci::use(m_reference, "reference"), soci::use(m_caseId, "case_id"),
           soci::use(m_no, "no"))) {}

void RecordTable<Payment>::Writer::bind(long long caseId, const Payment& payment) {
    m_caseId = caseId;
    m_no = payment.no;
    m_partyNo = payment.partyNo;
    m_receivedOn = payment.receivedOn.toString();
    m_amountMinor = payment.amount.minorUnits();
    m_amountCurrency = payment.amount.currency();
    m_reference = payment.reference;
}

void RecordTable<Payment>::Writer::insertRow(long long caseId, const Payment& payment) {
    bind(caseId, payment);
    m_insert.execute(true);
}

void RecordTable<Payment>::Writer::updateRow(long long caseId, const Payment& payment) {
    bind(caseId, payment);
    m_update.execute(true);
}

}  // namespace cg::store
