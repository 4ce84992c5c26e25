#pragma once
// The conflict-of-interest check at intake, as the workspace runs it when a
// participant is added: the names are looked up in every other case of the
// database (domain/conflicts) and, if any appears there, the mediator is
// warned with the hits and decides whether to go on. The same check the
// command line's `party add` warns with.
#include <string>
#include <vector>

#include <wx/string.h>

class wxWindow;

namespace cg::store {
class Database;
}

namespace cg::app {

// The warning text for the names' hits outside caseRef; empty when there
// are none. Throws the store's and the domain's errors.
wxString conflictWarning(store::Database& db, const std::string& caseRef, const std::vector<std::string>& names);

// Runs the check and, when it finds something, asks through prompts()
// whether to go on. A check that cannot run is reported and lets the
// mediator go on: it must not lose what they typed. True: go on.
bool passesConflictCheck(wxWindow* parent, store::Database& db, const std::string& caseRef,
                         const std::vector<std::string>& names);

}  // namespace cg::app
