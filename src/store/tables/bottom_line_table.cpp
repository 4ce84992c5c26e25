#include "store/tables/bottom_line_table.h"

namespace cg::store {

using domain::BottomLine;

namespace {

constexpr std::string_view kColumns =
    "no, party_no, stance, amount_minor, amount_currency, session_no, given_on, note";

}  // namespace

std::vector<BottomLine> RecordTable<BottomLine>::load(soci::session& sql, const RecordRange& range) {
    std::vector<BottomLine> bottomLines;
    std::vector<long long> no(kFetchBatch), party(kFetchBatch), amount(kFetchBatch), session(kFetchBatch);
    std::vector<std::string> stance(kFetchBatch), currency(kFetchBatch), givenOn(kFetchBatch), note(kFetchBatch);
    std::vector<soci::indicator> sessionInd(kFetchBatch);
    soci::statement rows =
        (sql.prepare << rangeQuery(kColumns, kTable, "no", "no"), soci::use(range.caseId, "case_id"),
         soci::use(range.firstNo, "first"), soci::use(range.lastNo, "last"), soci::into(no), soci::into(party),
         soci::into(stance), soci::into(amount), soci::into(currency), soci::into(session, sessionInd),
         soci::into(givenOn), soci::into(note));
    fetchRows(rows, no, [&](std::size_t i) {
        BottomLine& bottomLine = bottomLines.emplace_back();
        bottomLine.no = no[i];
        bottomLine.partyNo = party[i];
        bottomLine.stance = domain::parseEnum<domain::BottomLineStance>(stance[i]);
        bottomLine.amount = domain::Money(amount[i], currency[i]);
        bottomLine.sessionNo = numberOrNone(sessionInd[i], session[i]);
        bottomLine.givenOn = domain::Date::parse(givenOn[i]);
        bottomLine.note = std::move(note[i]);
    });
    return bottomLines;
}

// The audit trail is the mediator's own record, so it keeps the figure: a
// changed bottom line is exactly what the mediator must be able to trace.
FieldTexts RecordTable<BottomLine>::fields(const BottomLine& bottomLine) {
    return {
        {"party", std::to_string(bottomLine.partyNo)},
        {"stance", std::string(domain::toString(bottomLine.stance))},
        {"amount", bottomLine.amount.display()},
        {"session", numberValue(bottomLine.sessionNo)},
        {"given on", bottomLine.givenOn.toString()},
        {"note", textValue(bottomLine.note)},
    };
}

std::string RecordTable<BottomLine>::summary(const BottomLine& bottomLine) {
    return "party " + std::to_string(bottomLine.partyNo) + " " + std::string(domain::toString(bottomLine.stance)) +
           " " + bottomLine.amount.display() + ", given on " + bottomLine.givenOn.toString();
}

RecordTable<BottomLine>::Writer::Writer(soci::session& sql)
    : m_insert((sql.prepare << "INSERT INTO bottom_lines (case_id, no, party_no, stance, amount_minor, "
                               "amount_currency, session_no, given_on, note) VALUES (:case_id, :no, :party_no, "
                               ":stance, :amount_minor, :amount_currency, :session_no, :given_on, :note)",
                soci::use(m_caseId, "case_id"), soci::use(m_no, "no"), soci::use(m_partyNo, "party_no"),
                soci::use(m_stance, "stance"), soci::use(m_amountMinor, "amount_minor"),
                soci::use(m_amountCurrency, "amount_currency"),
                soci::use(m_sessionNo.value, m_sessionNo.indicator, "session_no"),
                soci::use(m_givenOn, "given_on"), soci::use(m_note, "note"))),
      m_update((sql.prepare << "UPDATE bottom_lines SET party_no = :party_no, stance = :stance, amount_minor = "
                               ":amount_minor, amount_currency = :amount_currency, session_no = :session_no, "
                               "given_on = :given_on, note = :note WHERE case_id = :case_id AND no = :no",
                soci::use(m_partyNo, "party_no"), soci::use(m_stance, "stance"),
                soci::use(m_amountMinor, "amount_minor"), soci::use(m_amountCurrency, "amount_currency"),
                soci::use(m_sessionNo.value, m_sessionNo.indicator, "session_no"),
                soci::use(m_givenOn, "given_on"), soci::use(m_note, "note"), soci::use(m_caseId, "case_id"),
                soci::use(m_no, "no"))) {}

void RecordTable<BottomLine>::Writer::bind(long long caseId, const BottomLine& bottomLine) {
    m_caseId = caseId;
    m_no = bottomLine.no;
    m_partyNo = bottomLine.partyNo;
    m_stance = domain::toString(bottomLine.stance);
    m_amountMinor = bottomLine.amount.minorUnits();
    m_amountCurrency = bottomLine.amount.currency();
    m_sessionNo.set(bottomLine.sessionNo);
    m_givenOn = bottomLine.givenOn.toString();
    m_note = bottomLine.note;
}

void RecordTable<BottomLine>::Writer::insertRow(long long caseId, const BottomLine& bottomLine) {
    bind(caseId, bottomLine);
    m_insert.execute(true);
}

void RecordTable<BottomLine>::Writer::updateRow(long long caseId, const BottomLine& bottomLine) {
    bind(caseId, bottomLine);
    m_update.execute(true);
}

}  // namespace cg::store
