#pragma once
// Deleting a record other records link to: the question names them up front
// ("Party 2 is named by claim 1 and interest 4. Delete anyway?"), read from
// the loaded case by the domain (domain/record_links.h). If the user goes on,
// the store decides; when it refuses, its message is shown as for any failed
// change. A record nothing links to keeps the section's usual question.
#include <string>

#include <wx/string.h>

#include "app/record_commands.h"
#include "app/table_section.h"
#include "domain/record_links.h"

namespace cg::app {

// "claim 1, interest 4 and the case's fee split", in the user's language.
wxString linkListText(const std::vector<domain::RecordLink>& links);
// "Party 2 is named by claim 1 and interest 4. Delete anyway?"
wxString linkedDeleteQuestion(const wxString& kind, domain::RecordNo no,
                              const std::vector<domain::RecordLink>& links);

// The store's name of a kind of record, as domain::recordsLinkingTo takes it.
template <typename Record>
const char* linkKind();
template <> inline const char* linkKind<domain::Party>() { return "party"; }
template <> inline const char* linkKind<domain::Interest>() { return "interest"; }
template <> inline const char* linkKind<domain::ContractClause>() { return "clause"; }
template <> inline const char* linkKind<domain::BreachFact>() { return "fact"; }
template <> inline const char* linkKind<domain::BlameClaim>() { return "claim"; }
template <> inline const char* linkKind<domain::SettlementOption>() { return "option"; }
template <> inline const char* linkKind<domain::Offer>() { return "offer"; }

// Wraps a section's Delete: linked records are named in the question.
template <typename Record>
void askNamingLinksBeforeDelete(WorkspaceContext& context, typename TableSection<const Record*>::Editing& editing) {
    editing.remove = [&context, plain = std::move(editing.remove)](wxWindow* parent, const Record* row) {
        const auto links = domain::recordsLinkingTo(context.record, linkKind<Record>(), row->no);
        if (links.empty()) {
            plain(parent, row);
            return;
        }
        if (!prompts().confirm(parent, _("Delete"),
                               linkedDeleteQuestion(RecordKind<Record>::singular(), row->no, links)))
            return;
        using Change = RecordChange<Record>;
        const Record before = *row;
        context.commands.Submit(
            new Change(context.db, context.listener, context.caseRef, Change::Action::Remove, before, before,
                       store::RecordRepository<Record>::loadedVersion(context.stamps, before.no)));
    };
}

}  // namespace cg::app
