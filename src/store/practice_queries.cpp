#include "store/practice_queries.h"

#include <algorithm>
#include <map>

#include "store/database.h"
#include "store/case_access_rules.h"
#include "store/database_impl.h"

namespace cg::store {

namespace {

// The start of the day after `day`, as stored instants compare.
std::string startOfDayAfter(domain::Date day) { return day.plusDays(1).toString() + "T00:00:00Z"; }

// Billable minutes at an hourly rate, to the nearest minor unit (halves up).
long long hourlyFee(long long billableMinutes, long long ratePerHourMinor) {
    return (billableMinutes * ratePerHourMinor + 30) / 60;
}

struct CaseRow {
    domain::practice::CaseFigures figures;
    domain::FeeBasis basis = domain::FeeBasis::Hourly;
    long long hourlyRateMinor = 0, fixedFeeMinor = 0;
    std::string currency;
};

// Every case open at some time within [from, to], by id.
// Cases walled off from the mediator (case_access.h) are left out: the
// report would otherwise show their titles and fees.
std::map<long long, CaseRow> casesOpenWithin(soci::session& sql, const std::string& from,
                                             const std::string& to, const std::string& actor) {
    std::map<long long, CaseRow> cases;
    long long id = 0, hourlyRate = 0, fixedFee = 0;
    std::string reference, title, mediator, status, openedOn, closedOn, outcome, basis, currency;
    soci::indicator closedInd = soci::i_null, outcomeInd = soci::i_null;
    soci::statement rows =
        (sql.prepare << "SELECT id, reference, title, mediator, status, opened_on, closed_on, "
                        "outcome, fee_basis, hourly_rate_minor, fixed_fee_minor, currency FROM "
                        "cases WHERE opened_on <= :to AND (closed_on IS NULL OR closed_on >= "
                        ":from) AND " + openToActorCondition("id"),
         soci::use(to, "to"), soci::use(from, "from"), soci::use(actor, "actor"), soci::into(id), soci::into(reference),
         soci::into(title), soci::into(mediator), soci::into(status), soci::into(openedOn),
         soci::into(closedOn, closedInd), soci::into(outcome, outcomeInd), soci::into(basis),
         soci::into(hourlyRate), soci::into(fixedFee), soci::into(currency));
    rows.execute();
    while (rows.fetch()) {
        CaseRow& row = cases[id];
        domain::practice::CaseFigures& figures = row.figures;
        figures.reference = reference;
        figures.title = title;
        figures.mediator = mediator;
        figures.status = domain::parseEnum<domain::CaseStatus>(status);
        figures.openedOn = domain::Date::parse(openedOn);
        if (closedInd == soci::i_ok) figures.closedOn = domain::Date::parse(closedOn);
        if (outcomeInd == soci::i_ok)
            figures.outcome = domain::parseEnum<domain::CaseOutcome>(outcome);
        row.basis = domain::parseEnum<domain::FeeBasis>(basis);
        row.hourlyRateMinor = hourlyRate;
        row.fixedFeeMinor = fixedFee;
        row.currency = currency;
    }
    return cases;
}

}  // namespace

std::vector<domain::practice::CaseFigures> practiceFigures(Database& db, domain::Date from,
                                                           domain::Date to) {
    return db.impl().read("count the practice's figures", [&](soci::session& sql) {
        const std::string fromDay = from.toString(), toDay = to.toString();
        std::map<long long, CaseRow> cases = casesOpenWithin(sql, fromDay, toDay, db.actor());

        // Sessions held: started within the period, and not booked ahead.
        const std::string periodStart = fromDay + "T00:00:00Z";
        const std::string periodEnd = startOfDayAfter(to);
        const std::string now = domain::Instant::now().toString();
        long long caseId = 0, count = 0;
        soci::statement sessions =
            (sql.prepare << "SELECT case_id, COUNT(*) FROM mediation_sessions WHERE started_at "
                            ">= :start AND started_at < :end AND started_at <= :now GROUP BY "
                            "case_id",
             soci::use(periodStart, "start"), soci::use(periodEnd, "end"), soci::use(now, "now"),
             soci::into(caseId), soci::into(count));
        sessions.execute();
        while (sessions.fetch())
            if (const auto it = cases.find(caseId); it != cases.end())
                it->second.figures.sessionsHeld = static_cast<int>(count);

        // SUM of a BIGINT is NUMERIC on PostgreSQL, hence the casts.
        long long minutes = 0, billable = 0;
        std::map<long long, long long> billableMinutes;
        soci::statement time =
            (sql.prepare << "SELECT case_id, CAST(SUM(minutes) AS BIGINT), CAST(SUM(CASE WHEN "
                            "billable = 1 THEN minutes ELSE 0 END) AS BIGINT) FROM time_entries "
                            "WHERE worked_on BETWEEN :from AND :to GROUP BY case_id",
             soci::use(fromDay, "from"), soci::use(toDay, "to"), soci::into(caseId),
             soci::into(minutes), soci::into(billable));
        time.execute();
        while (time.fetch())
            if (const auto it = cases.find(caseId); it != cases.end()) {
                it->second.figures.minutesWorked = static_cast<int>(minutes);
                billableMinutes[caseId] = billable;
            }

        std::vector<domain::practice::CaseFigures> figures;
        for (auto& [id, row] : cases) {
            long long fee = 0;
            if (row.basis == domain::FeeBasis::Hourly)
                fee = hourlyFee(billableMinutes[id], row.hourlyRateMinor);
            else if (row.figures.openedOn >= from && row.figures.openedOn <= to)
                fee = row.fixedFeeMinor;
            row.figures.feesBilled = domain::Money(fee, row.currency);
            figures.push_back(std::move(row.figures));
        }
        std::sort(figures.begin(), figures.end(),
                  [](const auto& a, const auto& b) { return a.reference < b.reference; });
        return figures;
    });
}

std::vector<domain::practice::CalendarEvent> scheduledSessions(Database& db, domain::Instant from,
                                                               domain::Instant to) {
    return db.impl().read("list the sessions booked", [&](soci::session& sql) {
        const std::string start = from.toString(), end = to.toString();

        // The participants of the sessions in the period, by case and session.
        std::map<std::pair<long long, long long>, std::vector<std::string>> participants;
        {
            long long caseId = 0, sessionNo = 0;
            std::string participant;
            soci::statement rows =
                (sql.prepare << "SELECT sp.case_id, sp.session_no, sp.participant FROM "
                                "session_participants sp JOIN mediation_sessions s ON s.case_id "
                                "= sp.case_id AND s.no = sp.session_no WHERE s.started_at >= "
                                ":start AND s.started_at < :end ORDER BY sp.case_id, "
                                "sp.session_no, sp.position",
                 soci::use(start, "start"), soci::use(end, "end"), soci::into(caseId),
                 soci::into(sessionNo), soci::into(participant));
            rows.execute();
            while (rows.fetch()) participants[{caseId, sessionNo}].push_back(participant);
        }

        std::vector<domain::practice::CalendarEvent> events;
        long long caseId = 0, no = 0, caucusParty = 0, planned = 0;
        std::string reference, title, mediator, kind, startedAt, endedAt, location, videoLink,
            caucusName;
        soci::indicator caucusInd = soci::i_null, endedInd = soci::i_null,
                        plannedInd = soci::i_null, nameInd = soci::i_null;
        soci::statement rows =
            (sql.prepare << "SELECT s.case_id, c.reference, c.title, c.mediator, s.no, s.kind, "
                            "s.caucus_party_no, s.started_at, s.ended_at, s.planned_minutes, "
                            "s.location, s.video_link, p.name FROM mediation_sessions s JOIN "
                            "cases c ON c.id = s.case_id LEFT JOIN parties p ON p.case_id = "
                            "s.case_id AND p.no = s.caucus_party_no WHERE s.started_at >= :start "
                            "AND s.started_at < :end AND " + openToActorCondition("c.id") +
                            " ORDER BY s.started_at, c.reference, s.no",
             soci::use(start, "start"), soci::use(end, "end"), soci::use(db.actor(), "actor"),
             soci::into(caseId),
             soci::into(reference), soci::into(title), soci::into(mediator), soci::into(no),
             soci::into(kind), soci::into(caucusParty, caucusInd), soci::into(startedAt),
             soci::into(endedAt, endedInd), soci::into(planned, plannedInd), soci::into(location),
             soci::into(videoLink), soci::into(caucusName, nameInd));
        rows.execute();
        while (rows.fetch()) {
            domain::Case head;
            head.reference = reference;
            head.title = title;
            head.mediator = mediator;
            domain::MediationSession session;
            session.no = no;
            session.kind = domain::parseEnum<domain::SessionKind>(kind);
            if (caucusInd == soci::i_ok) session.caucusPartyNo = caucusParty;
            session.startedAt = domain::Instant::parse(startedAt);
            if (endedInd == soci::i_ok) session.endedAt = domain::Instant::parse(endedAt);
            if (plannedInd == soci::i_ok) session.plannedMinutes = static_cast<int>(planned);
            session.location = location;
            session.videoLink = videoLink;
            if (const auto it = participants.find({caseId, no}); it != participants.end())
                session.participants = it->second;
            events.push_back(domain::practice::calendarEvent(
                head, session, nameInd == soci::i_ok ? caucusName : std::string()));
        }
        return events;
    });
}

}  // namespace cg::store
