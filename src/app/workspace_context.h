#pragma once
// What the sections of an open case share: the database, the session's undo
// history, who is watching, and the case as last loaded.
#include <string>

#include "app/audience.h"
#include "app/case_change_listener.h"
#include "domain/case_record.h"
#include "store/record_stamp.h"

class wxCommandProcessor;

namespace cg::store {
class Database;
}

namespace cg::app {

struct WorkspaceContext {
    store::Database& db;
    wxCommandProcessor& commands;
    CaseChangeListener& listener;
    std::string caseRef;
    domain::CaseRecord record;
    Audience audience = Audience::Mediator;
    // The versions of what `record` holds, loaded with it: what an edit
    // hands back to the store (store/record_stamp.h).
    store::CaseStamps stamps;
};

}  // namespace cg::app
