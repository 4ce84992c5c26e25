#include "store/tables/case_head_table.h"

#include "domain/practice/share_text.h"
#include "store/row_values.h"

namespace cg::store {

using domain::Case;

namespace {

// Fees are kept in minor units of the case currency; an amount in another
// currency would silently change its value, so it is refused. A zero amount
// is the same in every currency (a new Money is USD 0).
long long feeMinorUnits(const domain::Money& amount, const Case& head, const char* what) {
    if (!amount.isZero() && amount.currency() != head.currency)
        throw domain::ValidationError("the " + std::string(what) + " is in " + amount.currency() +
                                          " but case " + head.reference + " is kept in " +
                                          head.currency,
                                      "case", 0);
    return amount.minorUnits();
}

std::string sharesValue(const std::vector<domain::FeeShare>& shares) {
    std::vector<std::string> items;
    for (const auto& share : shares)
        items.push_back("party " + std::to_string(share.partyNo) + " " +
                        domain::practice::shareText(share.basisPoints));
    return shares.empty() ? "equal between the sides" : listValue(items);
}

// The bound values of one cases row.
struct CaseRow {
    std::string reference, title, status, governingLaw, jurisdiction, mediator, currency, openedOn,
        summary, feeBasis;
    NullableText closedOn, outcome;
    long long hourlyRateMinor = 0, fixedFeeMinor = 0;

    explicit CaseRow(const Case& head)
        : reference(head.reference),
          title(head.title),
          status(domain::toString(head.status)),
          governingLaw(head.governingLaw),
          jurisdiction(head.jurisdiction),
          mediator(head.mediator),
          currency(head.currency),
          openedOn(head.openedOn.toString()),
          summary(head.summary),
          feeBasis(domain::toString(head.fees.basis)),
          hourlyRateMinor(feeMinorUnits(head.fees.hourlyRate, head, "hourly rate")),
          fixedFeeMinor(feeMinorUnits(head.fees.fixedFee, head, "fixed fee")) {
        closedOn.set(textOf(head.closedOn));
        if (head.outcome) outcome.set(std::string(domain::toString(*head.outcome)));
    }
};

}  // namespace

Case CaseHeadTable::load(soci::session& sql, long long caseId) {
    Case head;
    std::string status, openedOn, closedOn, outcome, feeBasis;
    soci::indicator closedInd = soci::i_null, outcomeInd = soci::i_null;
    long long hourlyRate = 0, fixedFee = 0;
    sql << "SELECT reference, title, status, governing_law, jurisdiction, mediator, currency, "
           "opened_on, closed_on, summary, outcome, fee_basis, hourly_rate_minor, fixed_fee_minor "
           "FROM cases WHERE id = :id",
        soci::use(caseId, "id"), soci::into(head.reference), soci::into(head.title),
        soci::into(status), soci::into(head.governingLaw), soci::into(head.jurisdiction),
        soci::into(head.mediator), soci::into(head.currency), soci::into(openedOn),
        soci::into(closedOn, closedInd), soci::into(head.summary), soci::into(outcome, outcomeInd),
        soci::into(feeBasis), soci::into(hourlyRate), soci::into(fixedFee);
    head.status = domain::parseEnum<domain::CaseStatus>(status);
    head.openedOn = domain::Date::parse(openedOn);
    head.closedOn = dateOrNone(closedInd, closedOn);
    if (outcomeInd == soci::i_ok) head.outcome = domain::parseEnum<domain::CaseOutcome>(outcome);
    head.fees.basis = domain::parseEnum<domain::FeeBasis>(feeBasis);
    head.fees.hourlyRate = domain::Money(hourlyRate, head.currency);
    head.fees.fixedFee = domain::Money(fixedFee, head.currency);

    long long partyNo = 0, basisPoints = 0;
    soci::statement shares =
        (sql.prepare << "SELECT party_no, basis_points FROM case_fee_shares WHERE case_id = :id "
                        "ORDER BY party_no",
         soci::use(caseId, "id"), soci::into(partyNo), soci::into(basisPoints));
    shares.execute();
    while (shares.fetch()) head.fees.shares.push_back({partyNo, static_cast<int>(basisPoints)});
    return head;
}

long long CaseHeadTable::insert(soci::session& sql, const Case& head) {
    CaseRow row(head);
    sql << "INSERT INTO cases (reference, title, status, governing_law, jurisdiction, mediator, "
           "currency, opened_on, closed_on, summary, outcome, fee_basis, hourly_rate_minor, "
           "fixed_fee_minor) VALUES (:reference, :title, :status, :governing_law, :jurisdiction, "
           ":mediator, :currency, :opened_on, :closed_on, :summary, :outcome, :fee_basis, "
           ":hourly_rate_minor, :fixed_fee_minor)",
        soci::use(row.reference, "reference"), soci::use(row.title, "title"),
        soci::use(row.status, "status"), soci::use(row.governingLaw, "governing_law"),
        soci::use(row.jurisdiction, "jurisdiction"), soci::use(row.mediator, "mediator"),
        soci::use(row.currency, "currency"), soci::use(row.openedOn, "opened_on"),
        soci::use(row.closedOn.value, row.closedOn.indicator, "closed_on"),
        soci::use(row.summary, "summary"),
        soci::use(row.outcome.value, row.outcome.indicator, "outcome"),
        soci::use(row.feeBasis, "fee_basis"), soci::use(row.hourlyRateMinor, "hourly_rate_minor"),
        soci::use(row.fixedFeeMinor, "fixed_fee_minor");
    // Asked back by reference rather than with last-insert-id, which the two
    // engines spell differently.
    long long id = 0;
    sql << "SELECT id FROM cases WHERE reference = :reference",
        soci::use(row.reference, "reference"), soci::into(id);
    return id;
}

void CaseHeadTable::update(soci::session& sql, long long caseId, const Case& head) {
    CaseRow row(head);
    sql << "UPDATE cases SET title = :title, status = :status, governing_law = :governing_law, "
           "jurisdiction = :jurisdiction, mediator = :mediator, currency = :currency, opened_on = "
           ":opened_on, closed_on = :closed_on, summary = :summary, outcome = :outcome, fee_basis "
           "= "
           ":fee_basis, hourly_rate_minor = :hourly_rate_minor, fixed_fee_minor = :fixed_fee_minor "
           "WHERE id = :id",
        soci::use(row.title, "title"), soci::use(row.status, "status"),
        soci::use(row.governingLaw, "governing_law"), soci::use(row.jurisdiction, "jurisdiction"),
        soci::use(row.mediator, "mediator"), soci::use(row.currency, "currency"),
        soci::use(row.openedOn, "opened_on"),
        soci::use(row.closedOn.value, row.closedOn.indicator, "closed_on"),
        soci::use(row.summary, "summary"),
        soci::use(row.outcome.value, row.outcome.indicator, "outcome"),
        soci::use(row.feeBasis, "fee_basis"), soci::use(row.hourlyRateMinor, "hourly_rate_minor"),
        soci::use(row.fixedFeeMinor, "fixed_fee_minor"), soci::use(caseId, "id");
}

void CaseHeadTable::writeFeeShares(soci::session& sql, long long caseId, const Case& head) {
    sql << "DELETE FROM case_fee_shares WHERE case_id = :case_id", soci::use(caseId, "case_id");
    if (head.fees.shares.empty()) return;
    long long partyNo = 0, basisPoints = 0;
    soci::statement insert =
        (sql.prepare << "INSERT INTO case_fee_shares (case_id, party_no, basis_points) VALUES "
                        "(:case_id, :party_no, :basis_points)",
         soci::use(caseId, "case_id"), soci::use(partyNo, "party_no"),
         soci::use(basisPoints, "basis_points"));
    for (const domain::FeeShare& share : head.fees.shares) {
        partyNo = share.partyNo;
        basisPoints = share.basisPoints;
        insert.execute(true);
    }
}

FieldTexts CaseHeadTable::fields(const Case& head) {
    return {
        {"title", textValue(head.title)},
        {"status", std::string(domain::toString(head.status))},
        {"governing law", textValue(head.governingLaw)},
        {"jurisdiction", textValue(head.jurisdiction)},
        {"mediator", textValue(head.mediator)},
        {"currency", head.currency},
        {"opened on", head.openedOn.toString()},
        {"closed on", dateValue(head.closedOn)},
        {"summary", textValue(head.summary)},
        {"outcome", head.outcome ? std::string(domain::toString(*head.outcome)) : "(none)"},
        {"fee basis", std::string(domain::toString(head.fees.basis))},
        {"hourly rate", domain::Money(head.fees.hourlyRate.minorUnits(), head.currency).display()},
        {"fixed fee", domain::Money(head.fees.fixedFee.minorUnits(), head.currency).display()},
        {"fee split", sharesValue(head.fees.shares)},
    };
}

}  // namespace cg::store
