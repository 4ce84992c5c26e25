#include "store/tables/time_entry_table.h"

namespace cg::store {

using domain::TimeEntry;

namespace {

constexpr std::string_view kColumns =
    "no, worked_on, minutes, activity, session_no, mediator, billable, description";

}  // namespace

std::vector<TimeEntry> RecordTable<TimeEntry>::load(soci::session& sql, const RecordRange& range) {
    std::vector<TimeEntry> entries;
    std::vector<long long> no(kFetchBatch), minutes(kFetchBatch), session(kFetchBatch);
    std::vector<int> billable(kFetchBatch);
    std::vector<std::string> workedOn(kFetchBatch), activity(kFetchBatch), mediator(kFetchBatch),
        description(kFetchBatch);
    std::vector<soci::indicator> sessionInd(kFetchBatch);
    soci::statement rows =
        (sql.prepare << rangeQuery(kColumns, kTable, "no", "no"),
         soci::use(range.caseId, "case_id"), soci::use(range.firstNo, "first"),
         soci::use(range.lastNo, "last"), soci::into(no), soci::into(workedOn), soci::into(minutes),
         soci::into(activity), soci::into(session, sessionInd), soci::into(mediator),
         soci::into(billable), soci::into(description));
    fetchRows(rows, no, [&](std::size_t i) {
        TimeEntry& entry = entries.emplace_back();
        entry.no = no[i];
        entry.workedOn = domain::Date::parse(workedOn[i]);
        entry.minutes = static_cast<int>(minutes[i]);
        entry.activity = domain::parseEnum<domain::TimeActivity>(activity[i]);
        entry.sessionNo = numberOrNone(sessionInd[i], session[i]);
        entry.mediator = std::move(mediator[i]);
        entry.billable = billable[i] != 0;
        entry.description = std::move(description[i]);
    });
    return entries;
}

FieldTexts RecordTable<TimeEntry>::fields(const TimeEntry& entry) {
    return {
        {"worked on", entry.workedOn.toString()},
        {"minutes", std::to_string(entry.minutes)},
        {"activity", std::string(domain::toString(entry.activity))},
        {"session", numberValue(entry.sessionNo)},
        {"mediator", textValue(entry.mediator)},
        {"billable", entry.billable ? "yes" : "no"},
        {"description", textValue(entry.description)},
    };
}

std::string RecordTable<TimeEntry>::summary(const TimeEntry& entry) {
    return std::to_string(entry.minutes) + " minutes of " +
           std::string(domain::toString(entry.activity)) + " on " + entry.workedOn.toString() +
           (entry.billable ? "" : ", not billable");
}

RecordTable<TimeEntry>::Writer::Writer(soci::session& sql)
    : m_insert((
          sql.prepare << "INSERT INTO time_entries (case_id, no, worked_on, minutes, activity, "
                         "session_no, mediator, billable, description) VALUES (:case_id, :no, "
                         ":worked_on, :minutes, :activity, :session_no, :mediator, :billable, "
                         ":description)",
          soci::use(m_caseId, "case_id"), soci::use(m_no, "no"), soci::use(m_workedOn, "worked_on"),
          soci::use(m_minutes, "minutes"), soci::use(m_activity, "activity"),
          soci::use(m_sessionNo.value, m_sessionNo.indicator, "session_no"),
          soci::use(m_mediator, "mediator"), soci::use(m_billable, "billable"),
          soci::use(m_description, "description"))),
      m_update(
          (sql.prepare << "UPDATE time_entries SET worked_on = :worked_on, minutes = :minutes, "
                          "activity = :activity, session_no = :session_no, mediator = :mediator, "
                          "billable = :billable, description = :description WHERE case_id = "
                          ":case_id AND no = :no",
           soci::use(m_workedOn, "worked_on"), soci::use(m_minutes, "minutes"),
           soci::use(m_activity, "activity"),
           soci::use(m_sessionNo.value, m_sessionNo.indicator, "session_no"),
           soci::use(m_mediator, "mediator"), soci::use(m_billable, "billable"),
           soci::use(m_description, "description"), soci::use(m_caseId, "case_id"),
           soci::use(m_no, "no"))) {}

void RecordTable<TimeEntry>::Writer::bind(long long caseId, const TimeEntry& entry) {
    m_caseId = caseId;
    m_no = entry.no;
    m_workedOn = entry.workedOn.toString();
    m_minutes = entry.minutes;
    m_activity = domain::toString(entry.activity);
    m_sessionNo.set(entry.sessionNo);
    m_mediator = entry.mediator;
    m_billable = entry.billable ? 1 : 0;
    m_description = entry.description;
}

void RecordTable<TimeEntry>::Writer::insertRow(long long caseId, const TimeEntry& entry) {
    bind(caseId, entry);
    m_insert.execute(true);
}

void RecordTable<TimeEntry>::Writer::updateRow(long long caseId, const TimeEntry& entry) {
    bind(caseId, entry);
    m_update.execute(true);
}

}  // namespace cg::store
