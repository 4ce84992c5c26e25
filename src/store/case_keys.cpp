#include "store/case_keys.h"

#include "domain/errors.h"
#include "store/case_access_rules.h"

namespace cg::store {

std::optional<CaseKey> findCase(soci::session& sql, const std::string& reference) {
    long long id = 0;
    sql << "SELECT id FROM cases WHERE reference = :reference", soci::use(reference, "reference"),
        soci::into(id);
    if (!sql.got_data()) return std::nullopt;
    return CaseKey{id, reference};
}

CaseKey requireCase(soci::session& sql, const std::string& reference, const std::string& actor) {
    const auto key = findCase(sql, reference);
    if (!key) throw domain::NotFound("case " + reference + " does not exist");
    requireOpenTo(sql, *key, actor);
    return *key;
}

CaseKey lockCase(soci::session& sql, const SqlDialect& dialect, const std::string& reference,
                 const std::string& actor) {
    long long id = 0;
    sql << "SELECT id FROM cases WHERE reference = :reference" + dialect.caseRowLock,
        soci::use(reference, "reference"), soci::into(id);
    if (!sql.got_data()) throw domain::NotFound("case " + reference + " does not exist");
    const CaseKey key{id, reference};
    requireOpenTo(sql, key, actor);
    return key;
}

}  // namespace cg::store
