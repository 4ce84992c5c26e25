#pragma once
// Links are picked, not typed: parties from a choice, linked records from a
// check list. Plus the two value kinds every record form reads: money (an
// amount in a currency, possibly left empty) and dates.
#include <optional>
#include <vector>

#include <wx/datetime.h>
#include <wx/string.h>

#include "domain/case_record.h"

class wxCheckListBox;
class wxChoice;

namespace cg::app {

// "(none)" first when allowNone.
void fillPartyChoice(wxChoice* choice, const std::vector<domain::Party>& parties, bool allowNone);
void selectParty(wxChoice* choice, const std::vector<domain::Party>& parties, domain::OptionalNo party,
                 bool allowNone);
domain::OptionalNo chosenParty(const wxChoice* choice, const std::vector<domain::Party>& parties, bool allowNone);

// One line per record: its number and label; checked where numbers has it.
void fillCheckList(wxCheckListBox* list, const std::vector<std::pair<domain::RecordNo, wxString>>& items,
                   const domain::RecordNos& checked);
domain::RecordNos checkedNumbers(const wxCheckListBox* list,
                                 const std::vector<std::pair<domain::RecordNo, wxString>>& items);

// The case as the link pickers may list it: all of it for the mediator; while
// the parties watch the screen, only what domain::visibleTo leaves them.
domain::CaseRecord pickable(const domain::CaseRecord& record);
// The numbers checked in a picker plus the links of `before` the picker did
// not list (hidden from the parties): saving must not drop links the user
// could not see.
domain::RecordNos keepUnlisted(domain::RecordNos checked, const domain::RecordNos& before,
                               const std::vector<std::pair<domain::RecordNo, wxString>>& listed);

// Empty amount → nothing; otherwise Money::parse (throws ValidationError).
std::optional<domain::Money> readMoney(const wxString& amount, const wxString& currency);
wxString amountText(const std::optional<domain::Money>& money);

wxDateTime toDateTime(const domain::Date& date);
domain::Date fromDateTime(const wxDateTime& when);

}  // namespace cg::app
