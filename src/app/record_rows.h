#pragma once
// What every section listing one kind of record shares: its column type and
// its rows, the records of that kind in the open case.
#include <functional>
#include <vector>

#include "app/record_kinds.h"
#include "app/sections.h"  // pointersTo
#include "app/table_section.h"

namespace cg::app {

template <typename Record>
using Columns = std::vector<typename TableSection<const Record*>::Column>;

template <typename Record>
std::function<std::vector<const Record*>(const domain::CaseRecord&)> rowsOf() {
    return [](const domain::CaseRecord& record) { return pointersTo(record.*RecordKind<Record>::member); };
}

}  // namespace cg::app
