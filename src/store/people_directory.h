#pragma once
// Every name recorded in every case, for the conflict-of-interest check
// (domain/conflicts/conflict_index.h): parties, their representatives,
// counsel and signatories, session participants, the people recorded as
// participants (and the firms they come from), the insurers of the parties'
// covers, and the cases' mediators and co-mediators.
#include <vector>

#include "domain/conflicts/conflict_entry.h"

namespace cg::store {

class Database;

// Cases of every status, closed ones included: a conflict does not end with
// the case. Empty fields are left out; a participant named in several
// sessions of one case is listed once. Read in one transaction with two
// queries, whatever the number of cases.
std::vector<domain::conflicts::ConflictEntry> listPeople(Database& db);

}  // namespace cg::store
