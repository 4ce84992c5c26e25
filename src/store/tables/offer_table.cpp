#include "store/tables/offer_table.h"

namespace cg::store {

using domain::Offer;

namespace {

constexpr std::string_view kColumns =
    "no, from_party_no, to_party_no, made_at, session_no, responds_to_offer_no, amount_minor, "
    "amount_currency, terms, status";

}  // namespace

std::vector<Offer> RecordTable<Offer>::load(soci::session& sql, const RecordRange& range) {
    std::vector<Offer> offers;
    std::vector<long long> no(kFetchBatch), from(kFetchBatch), to(kFetchBatch),
        session(kFetchBatch), respondsTo(kFetchBatch), amount(kFetchBatch);
    std::vector<std::string> madeAt(kFetchBatch), currency(kFetchBatch), terms(kFetchBatch),
        status(kFetchBatch);
    std::vector<soci::indicator> sessionInd(kFetchBatch), respondsInd(kFetchBatch),
        amountInd(kFetchBatch), currencyInd(kFetchBatch);
    soci::statement rows =
        (sql.prepare << rangeQuery(kColumns, kTable, "no", "no"),
         soci::use(range.caseId, "case_id"), soci::use(range.firstNo, "first"),
         soci::use(range.lastNo, "last"), soci::into(no), soci::into(from), soci::into(to),
         soci::into(madeAt), soci::into(session, sessionInd), soci::into(respondsTo, respondsInd),
         soci::into(amount, amountInd), soci::into(currency, currencyInd), soci::into(terms),
         soci::into(status));
    fetchRows(rows, no, [&](std::size_t i) {
        Offer& offer = offers.emplace_back();
        offer.no = no[i];
        offer.fromPartyNo = from[i];
        offer.toPartyNo = to[i];
        offer.madeAt = domain::Instant::parse(madeAt[i]);
        offer.sessionNo = numberOrNone(sessionInd[i], session[i]);
        offer.respondsToOfferNo = numberOrNone(respondsInd[i], respondsTo[i]);
        offer.amount = moneyOrNone(amountInd[i], amount[i], currency[i]);
        offer.terms = std::move(terms[i]);
        offer.status = domain::parseEnum<domain::OfferStatus>(status[i]);
    });
    return offers;
}

FieldTexts RecordTable<Offer>::fields(const Offer& offer) {
    return {
        {"from party", std::to_string(offer.fromPartyNo)},
        {"to party", std::to_string(offer.toPartyNo)},
        {"made at", offer.madeAt.toString()},
        {"session", numberValue(offer.sessionNo)},
        {"responds to offer", numberValue(offer.respondsToOfferNo)},
        {"amount", moneyValue(offer.amount)},
        {"terms", textValue(offer.terms)},
        {"status", std::string(domain::toString(offer.status))},
    };
}

std::string RecordTable<Offer>::summary(const Offer& offer) {
    std::string text = "party " + std::to_string(offer.fromPartyNo) + " to party " +
                       std::to_string(offer.toPartyNo);
    if (offer.amount) text += ": " + offer.amount->display();
    if (!offer.terms.empty()) text += (offer.amount ? ", " : ": ") + excerpt(offer.terms);
    return text;
}

RecordTable<Offer>::Writer::Writer(soci::session& sql)
    : m_insert(
          (sql.prepare << "INSERT INTO offers (case_id, no, from_party_no, to_party_no, made_at, "
                          "session_no, responds_to_offer_no, amount_minor, amount_currency, "
                          "terms, status) VALUES (:case_id, :no, :from_party_no, :to_party_no, "
                          ":made_at, :session_no, :responds_to_offer_no, :amount_minor, "
                          ":amount_currency, :terms, :status)",
           soci::use(m_caseId, "case_id"), soci::use(m_no, "no"),
           soci::use(m_fromPartyNo, "from_party_no"), soci::use(m_toPartyNo, "to_party_no"),
           soci::use(m_madeAt, "made_at"),
           soci::use(m_sessionNo.value, m_sessionNo.indicator, "session_no"),
           soci::use(m_respondsToOfferNo.value, m_respondsToOfferNo.indicator,
                     "responds_to_offer_no"),
           soci::use(m_amount.minor, m_amount.indicator, "amount_minor"),
           soci::use(m_amount.currency, m_amount.indicator, "amount_currency"),
           soci::use(m_terms, "terms"), soci::use(m_status, "status"))),
      m_update(
          (sql.prepare
               << "UPDATE offers SET from_party_no = :from_party_no, to_party_no = :to_party_no, "
                  "made_at = :made_at, session_no = :session_no, responds_to_offer_no = "
                  ":responds_to_offer_no, amount_minor = :amount_minor, amount_currency = "
                  ":amount_currency, terms = :terms, status = :status WHERE case_id = :case_id "
                  "AND no = :no",
           soci::use(m_fromPartyNo, "from_party_no"), soci::use(m_toPartyNo, "to_party_no"),
           soci::use(m_madeAt, "made_at"),
           soci::use(m_sessionNo.value, m_sessionNo.indicator, "session_no"),
           soci::use(m_respondsToOfferNo.value, m_respondsToOfferNo.indicator,
                     "responds_to_offer_no"),
           soci::use(m_amount.minor, m_amount.indicator, "amount_minor"),
           soci::use(m_amount.currency, m_amount.indicator, "amount_currency"),
           soci::use(m_terms, "terms"), soci::use(m_status, "status"),
           soci::use(m_caseId, "case_id"), soci::use(m_no, "no"))) {}

void RecordTable<Offer>::Writer::bind(long long caseId, const Offer& offer) {
    m_caseId = caseId;
    m_no = offer.no;
    m_fromPartyNo = offer.fromPartyNo;
    m_toPartyNo = offer.toPartyNo;
    m_madeAt = offer.madeAt.toString();
    m_sessionNo.set(offer.sessionNo);
    m_respondsToOfferNo.set(offer.respondsToOfferNo);
    m_amount.set(offer.amount);
    m_terms = offer.terms;
    m_status = domain::toString(offer.status);
}

void RecordTable<Offer>::Writer::insertRow(long long caseId, const Offer& offer) {
    bind(caseId, offer);
    m_insert.execute(true);
}

void RecordTable<Offer>::Writer::updateRow(long long caseId, const Offer& offer) {
    bind(caseId, offer);
    m_update.execute(true);
}

}  // namespace cg::store
