#pragma once
// Who last changed a stored record and which version of it that made.
// Every record row and every case head carries one: a new row starts at
// version 1 and each save adds one. A caller that shows a record keeps the
// version it read and hands it back when it saves or deletes; the store
// refuses (domain::ConflictError) when the row has moved on since, so that
// no mediator overwrites another's change without seeing it.
#include <map>
#include <optional>
#include <string>

#include "domain/calendar.h"
#include "domain/errors.h"
#include "domain/record_no.h"

namespace cg::store {

struct RecordStamp {
    long long version = 0;
    std::string changedBy;
    // None for a row nobody has changed since the database was upgraded to
    // schema version 8, which first kept it.
    std::optional<domain::Instant> changedAt;
};

// One kind's records of a case, by number.
using RecordStamps = std::map<domain::RecordNo, RecordStamp>;

// The stamps of a case as a window loaded it, read in the same transaction
// as the records, so that the versions are those of what is shown.
struct CaseStamps {
    RecordStamp head;
    std::map<std::string, RecordStamps, std::less<>> records;  // by table ("parties")
};

// A save or delete refused because the record moved on since the caller
// read it (the message says who changed it, when, and to reload). Callers
// that can reload offer to; it is a ConflictError for everyone else.
class RecordChangedMeanwhile : public domain::ConflictError {
public:
    using domain::ConflictError::ConflictError;
};

}  // namespace cg::store
