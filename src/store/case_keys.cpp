#include "store/case_keys.h"

#include "domain/errors.h"

namespace cg::store {

std::optional<CaseKey> findCase(soci::session& sql, const std::string& reference) {
    long long id = 0;
    sql << "SELECT id FROM cases WHERE reference = :reference", soci::use(reference, "reference"),
        soci::into(id);
    if (!sql.got_data()) return std::nullopt;
    return CaseKey{id, reference};
}

CaseKey requireCase(soci::session& sql, const std::string& reference) {
    if (auto key = findCase(sql, reference)) return *key;
    throw domain::NotFound("case " + reference + " does not exist");
}

}  // namespace cg::store

namespace cg::store {

CaseKey lockCase(soci::session& sql, const SqlDialect& dialect, const std::string& reference) {
    long long id = 0;
    sql << "SELECT id FROM cases WHERE reference = :reference" + dialect.caseRowLock,
        soci::use(reference, "reference"), soci::into(id);
    if (!sql.got_data()) throw domain::NotFound("case " + reference + " does not exist");
    return CaseKey{id, reference};
}

}  // namespace cg::store
