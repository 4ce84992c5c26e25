#pragma once
#include <cstdint>
#include <optional>
#include <vector>

namespace cg::domain {

// Records are numbered within their case and kind (party 1, party 2, fact 1...).
// Links between records use these numbers, so a link can only ever point at a
// record of the same case, and a case keeps its numbering through export and
// import.
using RecordNo = std::int64_t;
using OptionalNo = std::optional<RecordNo>;
using RecordNos = std::vector<RecordNo>;

}  // namespace cg::domain
