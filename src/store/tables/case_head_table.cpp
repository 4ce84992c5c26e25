#include "store/tables/case_head_table.h"

#include "store/row_values.h"

namespace cg::store {

using domain::Case;

namespace {

// The bound values of one cases row.
struct CaseRow {
    std::string reference, title, status, governingLaw, jurisdiction, mediator, currency, openedOn,
        summary;
    NullableText closedOn;

    explicit CaseRow(const Case& head)
        : reference(head.reference),
          title(head.title),
          status(domain::toString(head.status)),
          governingLaw(head.governingLaw),
          jurisdiction(head.jurisdiction),
          mediator(head.mediator),
          currency(head.currency),
          openedOn(head.openedOn.toString()),
          summary(head.summary) {
        closedOn.set(textOf(head.closedOn));
    }
};

}  // namespace

Case CaseHeadTable::load(soci::session& sql, long long caseId) {
    Case head;
    std::string status, openedOn, closedOn;
    soci::indicator closedInd = soci::i_null;
    sql << "SELECT reference, title, status, governing_law, jurisdiction, mediator, currency, "
           "opened_on, closed_on, summary FROM cases WHERE id = :id",
        soci::use(caseId, "id"), soci::into(head.reference), soci::into(head.title),
        soci::into(status), soci::into(head.governingLaw), soci::into(head.jurisdiction),
        soci::into(head.mediator), soci::into(head.currency), soci::into(openedOn),
        soci::into(closedOn, closedInd), soci::into(head.summary);
    head.status = domain::parseEnum<domain::CaseStatus>(status);
    head.openedOn = domain::Date::parse(openedOn);
    head.closedOn = dateOrNone(closedInd, closedOn);
    return head;
}

long long CaseHeadTable::insert(soci::session& sql, const Case& head) {
    CaseRow row(head);
    sql << "INSERT INTO cases (reference, title, status, governing_law, jurisdiction, mediator, "
           "currency, opened_on, closed_on, summary) VALUES (:reference, :title, :status, "
           ":governing_law, :jurisdiction, :mediator, :currency, :opened_on, :closed_on, "
           ":summary)",
        soci::use(row.reference, "reference"), soci::use(row.title, "title"),
        soci::use(row.status, "status"), soci::use(row.governingLaw, "governing_law"),
        soci::use(row.jurisdiction, "jurisdiction"), soci::use(row.mediator, "mediator"),
        soci::use(row.currency, "currency"), soci::use(row.openedOn, "opened_on"),
        soci::use(row.closedOn.value, row.closedOn.indicator, "closed_on"),
        soci::use(row.summary, "summary");
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
           ":opened_on, closed_on = :closed_on, summary = :summary WHERE id = :id",
        soci::use(row.title, "title"), soci::use(row.status, "status"),
        soci::use(row.governingLaw, "governing_law"), soci::use(row.jurisdiction, "jurisdiction"),
        soci::use(row.mediator, "mediator"), soci::use(row.currency, "currency"),
        soci::use(row.openedOn, "opened_on"),
        soci::use(row.closedOn.value, row.closedOn.indicator, "closed_on"),
        soci::use(row.summary, "summary"), soci::use(caseId, "id");
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
    };
}

}  // namespace cg::store
