#pragma once
// Told after a command has changed the database, so the open views can reload
// just what changed. The main frame implements it.
#include <string>

namespace cg::app {

enum class ChangedPart {
    Head, Parties, Interests, Clauses, Facts, Claims, Options, Sessions, Offers, Losses, Drafts,
    Participants, Exhibits, TimeEntries, Expenses, Payments, Alternatives, BottomLines, WholeCase
};

class CaseChangeListener {
public:
    virtual ~CaseChangeListener() = default;
    virtual void caseChanged(const std::string& caseRef, ChangedPart part) = 0;
};

}  // namespace cg::app
