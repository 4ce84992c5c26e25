#include "store/tables/draft_term_snapshots.h"

namespace cg::store {

using domain::AgreementDraft;
using domain::SettlementOption;

namespace {

constexpr std::string_view kTermColumns =
    "draft_no, position, option_no, kind, description, amount_minor, amount_currency, payer_no, "
    "payee_no, status, due_on";

// The snapshot term a child row belongs to. Positions are written 1, 2, 3…
// with the terms, so one that points past them means a damaged file.
SettlementOption& termAt(RecordsByNo<AgreementDraft>& byNo, long long draftNo, int position) {
    AgreementDraft& draft = byNo[draftNo];
    if (position < 1 || static_cast<std::size_t>(position) > draft.termSnapshot.size())
        throw StoreError("a snapshot row of draft " + std::to_string(draftNo) +
                         " belongs to term " + std::to_string(position) +
                         ", which is missing; the database is damaged (run a check)");
    return draft.termSnapshot[static_cast<std::size_t>(position) - 1];
}

void loadTerms(soci::session& sql, const RecordRange& range, RecordsByNo<AgreementDraft>& byNo) {
    std::vector<long long> draftNo(kFetchBatch), optionNo(kFetchBatch), amount(kFetchBatch),
        payer(kFetchBatch), payee(kFetchBatch);
    std::vector<int> position(kFetchBatch);
    std::vector<std::string> kind(kFetchBatch), description(kFetchBatch), currency(kFetchBatch),
        status(kFetchBatch), dueOn(kFetchBatch);
    std::vector<soci::indicator> amountInd(kFetchBatch), currencyInd(kFetchBatch),
        payerInd(kFetchBatch), payeeInd(kFetchBatch), dueOnInd(kFetchBatch);
    soci::statement rows =
        (sql.prepare << rangeQuery(kTermColumns, "draft_term_snapshots", "draft_no",
                                   "draft_no, position"),
         soci::use(range.caseId, "case_id"), soci::use(range.firstNo, "first"),
         soci::use(range.lastNo, "last"), soci::into(draftNo), soci::into(position),
         soci::into(optionNo), soci::into(kind), soci::into(description),
         soci::into(amount, amountInd), soci::into(currency, currencyInd),
         soci::into(payer, payerInd), soci::into(payee, payeeInd), soci::into(status),
         soci::into(dueOn, dueOnInd));
    fetchRows(rows, draftNo, [&](std::size_t i) {
        AgreementDraft& draft = byNo[draftNo[i]];
        if (static_cast<std::size_t>(position[i]) != draft.termSnapshot.size() + 1)
            throw StoreError("the snapshot of draft " + std::to_string(draftNo[i]) +
                             " skips a term before term " + std::to_string(position[i]) +
                             "; the database is damaged (run a check)");
        SettlementOption& term = draft.termSnapshot.emplace_back();
        term.no = optionNo[i];
        term.kind = domain::parseEnum<domain::OptionKind>(kind[i]);
        term.description = std::move(description[i]);
        term.amount = moneyOrNone(amountInd[i], amount[i], currency[i]);
        term.payerNo = numberOrNone(payerInd[i], payer[i]);
        term.payeeNo = numberOrNone(payeeInd[i], payee[i]);
        term.status = domain::parseEnum<domain::OptionStatus>(status[i]);
        term.dueOn = dateOrNone(dueOnInd[i], dueOn[i]);
    });
}

void loadInstalments(soci::session& sql, const RecordRange& range,
                     RecordsByNo<AgreementDraft>& byNo) {
    std::vector<long long> draftNo(kFetchBatch), amount(kFetchBatch);
    std::vector<int> termPosition(kFetchBatch);
    std::vector<std::string> dueOn(kFetchBatch), currency(kFetchBatch);
    soci::statement rows =
        (sql.prepare << rangeQuery("draft_no, term_position, due_on, amount_minor, amount_currency",
                                   "draft_term_instalments", "draft_no",
                                   "draft_no, term_position, position"),
         soci::use(range.caseId, "case_id"), soci::use(range.firstNo, "first"),
         soci::use(range.lastNo, "last"), soci::into(draftNo), soci::into(termPosition),
         soci::into(dueOn), soci::into(amount), soci::into(currency));
    fetchRows(rows, draftNo, [&](std::size_t i) {
        termAt(byNo, draftNo[i], termPosition[i])
            .instalments.push_back(
                {domain::Date::parse(dueOn[i]), domain::Money(amount[i], currency[i])});
    });
}

void loadInterests(soci::session& sql, const RecordRange& range,
                   RecordsByNo<AgreementDraft>& byNo) {
    std::vector<long long> draftNo(kFetchBatch), interestNo(kFetchBatch);
    std::vector<int> termPosition(kFetchBatch);
    soci::statement rows =
        (sql.prepare << rangeQuery("draft_no, term_position, interest_no", "draft_term_interests",
                                   "draft_no", "draft_no, term_position, position"),
         soci::use(range.caseId, "case_id"), soci::use(range.firstNo, "first"),
         soci::use(range.lastNo, "last"), soci::into(draftNo), soci::into(termPosition),
         soci::into(interestNo));
    fetchRows(rows, draftNo, [&](std::size_t i) {
        termAt(byNo, draftNo[i], termPosition[i]).interestNos.push_back(interestNo[i]);
    });
}

}  // namespace

void loadTermSnapshots(soci::session& sql, const RecordRange& range,
                       RecordsByNo<AgreementDraft>& byNo) {
    loadTerms(sql, range, byNo);
    loadInstalments(sql, range, byNo);
    loadInterests(sql, range, byNo);
}

TermSnapshotWriter::TermSnapshotWriter(soci::session& sql)
    : m_insertTerm(
          (sql.prepare << "INSERT INTO draft_term_snapshots (case_id, draft_no, position, "
                          "option_no, kind, description, amount_minor, amount_currency, payer_no, "
                          "payee_no, status, due_on) VALUES (:case_id, :draft_no, :position, "
                          ":option_no, :kind, :description, :amount_minor, :amount_currency, "
                          ":payer_no, :payee_no, :status, :due_on)",
           soci::use(m_caseId, "case_id"), soci::use(m_draftNo, "draft_no"),
           soci::use(m_termPosition, "position"), soci::use(m_optionNo, "option_no"),
           soci::use(m_kind, "kind"), soci::use(m_description, "description"),
           soci::use(m_amount.minor, m_amount.indicator, "amount_minor"),
           soci::use(m_amount.currency, m_amount.indicator, "amount_currency"),
           soci::use(m_payerNo.value, m_payerNo.indicator, "payer_no"),
           soci::use(m_payeeNo.value, m_payeeNo.indicator, "payee_no"),
           soci::use(m_status, "status"),
           soci::use(m_dueOn.value, m_dueOn.indicator, "due_on"))),
      m_insertInstalment(
          (sql.prepare << "INSERT INTO draft_term_instalments (case_id, draft_no, term_position, "
                          "position, due_on, amount_minor, amount_currency) VALUES (:case_id, "
                          ":draft_no, :term_position, :position, :due_on, :amount_minor, "
                          ":amount_currency)",
           soci::use(m_caseId, "case_id"), soci::use(m_draftNo, "draft_no"),
           soci::use(m_termPosition, "term_position"), soci::use(m_position, "position"),
           soci::use(m_instalmentDueOn, "due_on"), soci::use(m_instalmentMinor, "amount_minor"),
           soci::use(m_instalmentCurrency, "amount_currency"))),
      m_insertInterest(
          (sql.prepare << "INSERT INTO draft_term_interests (case_id, draft_no, term_position, "
                          "position, interest_no) VALUES (:case_id, :draft_no, :term_position, "
                          ":position, :interest_no)",
           soci::use(m_caseId, "case_id"), soci::use(m_draftNo, "draft_no"),
           soci::use(m_termPosition, "term_position"), soci::use(m_position, "position"),
           soci::use(m_interestNo, "interest_no"))) {}

void TermSnapshotWriter::bindTerm(const SettlementOption& term) {
    m_optionNo = term.no;
    m_kind = domain::toString(term.kind);
    m_description = term.description;
    m_amount.set(term.amount);
    m_payerNo.set(term.payerNo);
    m_payeeNo.set(term.payeeNo);
    m_status = domain::toString(term.status);
    m_dueOn.set(textOf(term.dueOn));
}

void TermSnapshotWriter::insert(long long caseId, const AgreementDraft& draft) {
    m_caseId = caseId;
    m_draftNo = draft.no;
    for (std::size_t t = 0; t < draft.termSnapshot.size(); ++t) {
        const SettlementOption& term = draft.termSnapshot[t];
        m_termPosition = static_cast<int>(t) + 1;
        bindTerm(term);
        m_insertTerm.execute(true);
        for (std::size_t i = 0; i < term.instalments.size(); ++i) {
            m_position = static_cast<int>(i) + 1;
            m_instalmentDueOn = term.instalments[i].dueOn.toString();
            m_instalmentMinor = term.instalments[i].amount.minorUnits();
            m_instalmentCurrency = term.instalments[i].amount.currency();
            m_insertInstalment.execute(true);
        }
        for (std::size_t i = 0; i < term.interestNos.size(); ++i) {
            m_position = static_cast<int>(i) + 1;
            m_interestNo = term.interestNos[i];
            m_insertInterest.execute(true);
        }
    }
}

}  // namespace cg::store
