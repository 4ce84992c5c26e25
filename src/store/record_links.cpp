#include "store/record_links.h"

#include <map>
#include <set>

namespace cg::store {

namespace {

// Every link column of the schema (schema_migrations.cpp); each is also a
// composite foreign key, so one missed here still cannot break a link, it
// only makes the refusal less clear. A draft's term snapshot
// (draft_term_snapshots and its children) names options, parties and
// interests as they were, without links, and is deliberately not listed.
struct LinkColumn {
    std::string_view targetKind;    // the kind linked to
    std::string_view referrerKind;  // the kind holding the link
    std::string_view table;
    std::string_view referrerNoColumn;
    std::string_view linkColumn;
};

// The case's fee split is one per case, so it is named without a number.
constexpr std::string_view kFeeSplit = "the case's fee split";

constexpr LinkColumn kLinks[] = {
    {"party", "interest", "interests", "no", "party_no"},
    {"party", "clause", "contract_clauses", "no", "obligated_party_no"},
    {"party", "fact", "breach_facts", "no", "asserted_by_party_no"},
    {"party", "claim", "blame_claims", "no", "accuser_no"},
    {"party", "claim", "blame_claims", "no", "accused_no"},
    {"party", "option", "settlement_options", "no", "payer_no"},
    {"party", "option", "settlement_options", "no", "payee_no"},
    {"party", "session", "mediation_sessions", "no", "caucus_party_no"},
    {"party", "offer", "offers", "no", "from_party_no"},
    {"party", "offer", "offers", "no", "to_party_no"},
    {"party", "loss", "loss_items", "no", "party_no"},
    {"interest", "claim", "claim_interests", "claim_no", "interest_no"},
    {"interest", "option", "option_interests", "option_no", "interest_no"},
    {"clause", "claim", "claim_clauses", "claim_no", "clause_no"},
    {"fact", "claim", "claim_facts", "claim_no", "fact_no"},
    {"option", "draft", "draft_terms", "draft_no", "option_no"},
    {"session", "offer", "offers", "no", "session_no"},
    {"offer", "offer", "offers", "no", "responds_to_offer_no"},
    {"party", "participant", "participants", "no", "party_no"},
    {"party", "exhibit", "exhibits", "no", "submitted_by_party_no"},
    {"party", "expense", "expenses", "no", "charged_to_party_no"},
    {"party", "payment", "payments", "no", "party_no"},
    {"party", kFeeSplit, "case_fee_shares", "party_no", "party_no"},
    {"fact", "exhibit", "exhibit_facts", "exhibit_no", "fact_no"},
    {"claim", "exhibit", "exhibit_claims", "exhibit_no", "claim_no"},
    {"session", "time entry", "time_entries", "no", "session_no"},
    {"party", "alternative", "alternatives", "no", "party_no"},
    {"party", "bottom line", "bottom_lines", "no", "party_no"},
    {"session", "bottom line", "bottom_lines", "no", "session_no"},
};

}  // namespace

std::vector<std::string> recordsLinkingTo(soci::session& sql, long long caseId,
                                          std::string_view kind, domain::RecordNo no) {
    const long long target = no;
    std::map<std::string, std::set<long long>> referrers;
    for (const LinkColumn& link : kLinks) {
        if (link.targetKind != kind) continue;
        // Table and column names come from the constant table above; the
        // values are bound.
        const std::string query = "SELECT DISTINCT " + std::string(link.referrerNoColumn) +
                                  " FROM " + std::string(link.table) +
                                  " WHERE case_id = :case_id AND " + std::string(link.linkColumn) +
                                  " = :no";
        long long referrerNo = 0;
        soci::statement rows = (sql.prepare << query, soci::use(caseId, "case_id"),
                                soci::use(target, "no"), soci::into(referrerNo));
        rows.execute();
        while (rows.fetch()) referrers[std::string(link.referrerKind)].insert(referrerNo);
    }
    std::vector<std::string> named;
    for (const auto& [referrerKind, nos] : referrers) {
        if (referrerKind == kFeeSplit) {
            named.push_back(referrerKind);
            continue;
        }
        for (long long referrerNo : nos)
            named.push_back(referrerKind + " " + std::to_string(referrerNo));
    }
    return named;
}

std::string joinAsSentence(const std::vector<std::string>& items) {
    std::string sentence;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) sentence += i + 1 == items.size() ? " and " : ", ";
        sentence += items[i];
    }
    return sentence;
}

}  // namespace cg::store
