#pragma once
// Which records of a case link to one record, read from the loaded case: the
// question before a delete names them ("party 2 is named by claim 1,
// interest 4") before the store would refuse it with the same list
// (store/record_links.h asks the database the same question).
#include <string>
#include <vector>

#include "domain/case_record.h"

namespace cg::domain {

struct RecordLink {
    // "party", "interest", "clause", "fact", "claim", "option", "session",
    // "offer", "loss", "draft", "participant", "exhibit", "time entry",
    // "expense", "payment", "alternative", "bottom line", or "fee split"
    // (the case's fee split, no 0).
    std::string kind;
    RecordNo no = 0;
    friend bool operator==(const RecordLink&, const RecordLink&) = default;
};

// The records linking to record `no` of `kind` (same kind names), ordered by
// kind as above and by number, each named once.
std::vector<RecordLink> recordsLinkingTo(const CaseRecord& record, const std::string& kind, RecordNo no);

}  // namespace cg::domain
