#include "store/tables/option_table.h"

namespace cg::store {

using domain::SettlementOption;

namespace {

constexpr std::string_view kColumns =
    "no, kind, description, amount_minor, amount_currency, payer_no, payee_no, status, due_on";
constexpr ListColumn kInterests{"option_interests", "option_no", "interest_no"};
constexpr std::string_view kInstalmentColumns = "option_no, due_on, amount_minor, amount_currency";

void loadInstalments(soci::session& sql, const RecordRange& range,
                     RecordsByNo<SettlementOption>& byNo) {
    std::vector<long long> optionNo(kFetchBatch), amount(kFetchBatch);
    std::vector<std::string> dueOn(kFetchBatch), currency(kFetchBatch);
    soci::statement rows =
        (sql.prepare << rangeQuery(kInstalmentColumns, "option_instalments", "option_no",
                                   "option_no, position"),
         soci::use(range.caseId, "case_id"), soci::use(range.firstNo, "first"),
         soci::use(range.lastNo, "last"), soci::into(optionNo), soci::into(dueOn),
         soci::into(amount), soci::into(currency));
    fetchRows(rows, optionNo, [&](std::size_t i) {
        byNo[optionNo[i]].instalments.push_back(
            {domain::Date::parse(dueOn[i]), domain::Money(amount[i], currency[i])});
    });
}

}  // namespace

std::vector<SettlementOption> RecordTable<SettlementOption>::load(soci::session& sql,
                                                                  const RecordRange& range) {
    std::vector<SettlementOption> options;
    {
        std::vector<long long> no(kFetchBatch), amount(kFetchBatch), payer(kFetchBatch),
            payee(kFetchBatch);
        std::vector<std::string> kind(kFetchBatch), description(kFetchBatch), currency(kFetchBatch),
            status(kFetchBatch), dueOn(kFetchBatch);
        std::vector<soci::indicator> amountInd(kFetchBatch), currencyInd(kFetchBatch),
            payerInd(kFetchBatch), payeeInd(kFetchBatch), dueOnInd(kFetchBatch);
        soci::statement rows =
            (sql.prepare << rangeQuery(kColumns, kTable, "no", "no"),
             soci::use(range.caseId, "case_id"), soci::use(range.firstNo, "first"),
             soci::use(range.lastNo, "last"), soci::into(no), soci::into(kind),
             soci::into(description), soci::into(amount, amountInd),
             soci::into(currency, currencyInd), soci::into(payer, payerInd),
             soci::into(payee, payeeInd), soci::into(status), soci::into(dueOn, dueOnInd));
        fetchRows(rows, no, [&](std::size_t i) {
            SettlementOption& option = options.emplace_back();
            option.no = no[i];
            option.kind = domain::parseEnum<domain::OptionKind>(kind[i]);
            option.description = std::move(description[i]);
            option.amount = moneyOrNone(amountInd[i], amount[i], currency[i]);
            option.payerNo = numberOrNone(payerInd[i], payer[i]);
            option.payeeNo = numberOrNone(payeeInd[i], payee[i]);
            option.status = domain::parseEnum<domain::OptionStatus>(status[i]);
            option.dueOn = dateOrNone(dueOnInd[i], dueOn[i]);
        });
    }
    RecordsByNo<SettlementOption> byNo(options);
    loadNumberList(sql, range, kInterests, [&](long long no, long long interest) {
        byNo[no].interestNos.push_back(interest);
    });
    loadInstalments(sql, range, byNo);
    return options;
}

FieldTexts RecordTable<SettlementOption>::fields(const SettlementOption& option) {
    return {
        {"kind", std::string(domain::toString(option.kind))},
        {"description", textValue(option.description)},
        {"amount", moneyValue(option.amount)},
        {"payer", numberValue(option.payerNo)},
        {"payee", numberValue(option.payeeNo)},
        {"status", std::string(domain::toString(option.status))},
        {"interests", numbersValue(option.interestNos)},
        {"due", dateValue(option.dueOn)},
        {"instalments", instalmentsValue(option.instalments)},
    };
}

std::string RecordTable<SettlementOption>::summary(const SettlementOption& option) {
    return std::string(domain::toString(option.kind)) + ": " + excerpt(option.description);
}

RecordTable<SettlementOption>::Writer::Writer(soci::session& sql)
    : m_insert(
          (sql.prepare
               << "INSERT INTO settlement_options (case_id, no, kind, description, amount_minor, "
                  "amount_currency, payer_no, payee_no, status, due_on) VALUES (:case_id, :no, "
                  ":kind, :description, :amount_minor, :amount_currency, :payer_no, :payee_no, "
                  ":status, :due_on)",
           soci::use(m_caseId, "case_id"), soci::use(m_no, "no"), soci::use(m_kind, "kind"),
           soci::use(m_description, "description"),
           soci::use(m_amount.minor, m_amount.indicator, "amount_minor"),
           soci::use(m_amount.currency, m_amount.indicator, "amount_currency"),
           soci::use(m_payerNo.value, m_payerNo.indicator, "payer_no"),
           soci::use(m_payeeNo.value, m_payeeNo.indicator, "payee_no"),
           soci::use(m_status, "status"),
           soci::use(m_dueOn.value, m_dueOn.indicator, "due_on"))),
      m_update(
          (sql.prepare << "UPDATE settlement_options SET kind = :kind, description = "
                          ":description, amount_minor = :amount_minor, amount_currency = "
                          ":amount_currency, payer_no = :payer_no, payee_no = :payee_no, status = "
                          ":status, due_on = :due_on WHERE case_id = :case_id AND no = :no",
           soci::use(m_kind, "kind"), soci::use(m_description, "description"),
           soci::use(m_amount.minor, m_amount.indicator, "amount_minor"),
           soci::use(m_amount.currency, m_amount.indicator, "amount_currency"),
           soci::use(m_payerNo.value, m_payerNo.indicator, "payer_no"),
           soci::use(m_payeeNo.value, m_payeeNo.indicator, "payee_no"),
           soci::use(m_status, "status"), soci::use(m_dueOn.value, m_dueOn.indicator, "due_on"),
           soci::use(m_caseId, "case_id"), soci::use(m_no, "no"))),
      m_insertInstalment(
          (sql.prepare << "INSERT INTO option_instalments (case_id, option_no, position, due_on, "
                          "amount_minor, amount_currency) VALUES (:case_id, :option_no, "
                          ":position, :due_on, :amount_minor, :amount_currency)",
           soci::use(m_caseId, "case_id"), soci::use(m_no, "option_no"),
           soci::use(m_position, "position"), soci::use(m_instalmentDueOn, "due_on"),
           soci::use(m_instalmentMinor, "amount_minor"),
           soci::use(m_instalmentCurrency, "amount_currency"))),
      m_interests(sql, kInterests) {}

void RecordTable<SettlementOption>::Writer::bind(long long caseId, const SettlementOption& option) {
    m_caseId = caseId;
    m_no = option.no;
    m_kind = domain::toString(option.kind);
    m_description = option.description;
    m_amount.set(option.amount);
    m_payerNo.set(option.payerNo);
    m_payeeNo.set(option.payeeNo);
    m_status = domain::toString(option.status);
    m_dueOn.set(textOf(option.dueOn));
}

void RecordTable<SettlementOption>::Writer::insertRow(long long caseId,
                                                      const SettlementOption& option) {
    bind(caseId, option);
    m_insert.execute(true);
}

void RecordTable<SettlementOption>::Writer::updateRow(long long caseId,
                                                      const SettlementOption& option) {
    bind(caseId, option);
    m_update.execute(true);
}

void RecordTable<SettlementOption>::Writer::insertChildren(long long caseId,
                                                           const SettlementOption& option) {
    m_interests.insert(caseId, option.no, option.interestNos);
    m_caseId = caseId;
    m_no = option.no;
    for (std::size_t i = 0; i < option.instalments.size(); ++i) {
        const domain::Instalment& instalment = option.instalments[i];
        m_position = static_cast<int>(i) + 1;
        m_instalmentDueOn = instalment.dueOn.toString();
        m_instalmentMinor = instalment.amount.minorUnits();
        m_instalmentCurrency = instalment.amount.currency();
        m_insertInstalment.execute(true);
    }
}

}  // namespace cg::store
