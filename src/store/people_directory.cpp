#include "store/people_directory.h"

#include <unordered_map>

#include "store/case_access_rules.h"
#include "store/database_impl.h"
#include "store/record_table.h"
#include "store/row_values.h"

namespace cg::store {

using domain::conflicts::ConflictEntry;
using domain::conflicts::ConflictRole;

namespace {

// Each name with its case and the capacity it appears in. The role is a
// literal number (an index into kRoles) so that one pass over the result
// reads them all, and a number is cheaper to fetch than text 80,000 times.
constexpr const char* kNamesQuery =
    "SELECT case_id, 0, name FROM parties "
    "UNION ALL SELECT case_id, 1, representative FROM parties WHERE representative <> '' "
    "UNION ALL SELECT case_id, 2, counsel FROM parties WHERE counsel <> '' "
    "UNION ALL SELECT case_id, 3, signatory_name FROM parties WHERE signatory_name <> '' "
    "UNION ALL SELECT DISTINCT case_id, 4, participant FROM session_participants "
    "UNION ALL SELECT id, 5, mediator FROM cases WHERE mediator <> '' "
    // The people recorded at intake, a co-mediator as a mediator of the
    // case; the firm they come from is a name of its own, an insurer's
    // under the insurer's role.
    "UNION ALL SELECT case_id, CASE role WHEN 'co-mediator' THEN 5 ELSE 4 END, name "
    "FROM participants "
    "UNION ALL SELECT DISTINCT case_id, 4, organisation FROM participants "
    "WHERE organisation <> '' AND role <> 'insurer' "
    // An insurer named in a cover and by its people is listed once.
    "UNION ALL SELECT case_id, 6, name FROM (SELECT case_id, insurer AS name FROM party_covers "
    "WHERE insurer <> '' UNION SELECT case_id, organisation FROM participants "
    "WHERE role = 'insurer' AND organisation <> '') AS insurers";
constexpr ConflictRole kRoles[] = {ConflictRole::Party,       ConflictRole::Representative,
                                   ConflictRole::Counsel,     ConflictRole::Signatory,
                                   ConflictRole::Participant, ConflictRole::Mediator,
                                   ConflictRole::Insurer};

// What a name found in a case walled off from the mediator says of the case.
constexpr const char* kWalledOffTitle = "a case you have no access to";

// The case columns every entry of a case repeats, keyed by the case's id.
// Cases walled off from the mediator are listed too: a conflict of interest
// must be found across an ethical wall (the wall exists because of one, and
// the firm must not take a case against a client behind it), so their names
// are searched, but their titles are not shown.
std::unordered_map<long long, ConflictEntry> caseHeads(soci::session& sql,
                                                      const std::string& actor) {
    std::unordered_map<long long, ConflictEntry> heads;
    std::vector<long long> id(kFetchBatch);
    std::vector<std::string> reference(kFetchBatch), title(kFetchBatch), status(kFetchBatch),
        openedOn(kFetchBatch), closedOn(kFetchBatch);
    std::vector<soci::indicator> closedInd(kFetchBatch);
    std::vector<int> open(kFetchBatch);
    soci::statement rows =
        (sql.prepare << "SELECT id, reference, title, status, opened_on, closed_on, CASE WHEN " +
                            openToActorCondition("id") + " THEN 1 ELSE 0 END FROM cases",
         soci::use(actor, "actor"), soci::into(id), soci::into(reference), soci::into(title),
         soci::into(status), soci::into(openedOn), soci::into(closedOn, closedInd),
         soci::into(open));
    fetchRows(rows, id, [&](std::size_t i) {
        ConflictEntry& head = heads[id[i]];
        head.caseReference = std::move(reference[i]);
        head.caseTitle = open[i] == 1 ? std::move(title[i]) : kWalledOffTitle;
        head.caseStatus = domain::parseEnum<domain::CaseStatus>(status[i]);
        head.openedOn = domain::Date::parse(openedOn[i]);
        head.closedOn = dateOrNone(closedInd[i], closedOn[i]);
    });
    return heads;
}

}  // namespace

std::vector<ConflictEntry> listPeople(Database& db) {
    return db.impl().read("list the names in all cases", [&](soci::session& sql) {
        const auto heads = caseHeads(sql, db.actor());
        std::vector<ConflictEntry> entries;
        entries.reserve(heads.size() * 8);  // two parties with their people, a few more
        std::vector<long long> caseId(kFetchBatch);
        std::vector<int> role(kFetchBatch);
        std::vector<std::string> name(kFetchBatch);
        soci::statement rows =
            (sql.prepare << kNamesQuery, soci::into(caseId), soci::into(role), soci::into(name));
        fetchRows(rows, caseId, [&](std::size_t i) {
            ConflictEntry& entry = entries.emplace_back(heads.at(caseId[i]));
            entry.role = kRoles[role[i]];
            entry.name = std::move(name[i]);
        });
        return entries;
    });
}

}  // namespace cg::store
