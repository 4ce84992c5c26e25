#include "domain/case_record.h"

#include "domain/errors.h"

namespace cg::domain {

const Party* CaseRecord::findParty(RecordNo no) const {
    for (const auto& p : parties)
        if (p.no == no) return &p;
    return nullptr;
}

const Party& CaseRecord::party(RecordNo no) const {
    if (const Party* p = findParty(no)) return *p;
    throw NotFound("case " + head.reference + " has no party " + std::to_string(no));
}

}  // namespace cg::domain
