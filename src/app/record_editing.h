#pragma once
// Add / Edit / Delete for a section whose rows are records of one kind: the
// record's dialog decides the new value, and the change goes to the store as
// an undoable RecordChange.
#include <functional>
#include <optional>

#include <wx/cmdproc.h>

#include "app/prompts.h"
#include "app/record_commands.h"
#include "app/table_section.h"

namespace cg::app {

template <typename Record>
using RecordDialog =
    std::function<std::optional<Record>(wxWindow* parent, const Record& initial, const domain::CaseRecord& record)>;

template <typename Record>
typename TableSection<const Record*>::Editing recordEditing(WorkspaceContext& context, RecordDialog<Record> dialog,
                                                            std::function<Record(const domain::CaseRecord&)> blank,
                                                            std::function<wxString(const Record&)> label) {
    using Change = RecordChange<Record>;
    typename TableSection<const Record*>::Editing editing;
    editing.add = [&context, dialog, blank](wxWindow* parent) {
        if (auto added = dialog(parent, blank(context.record), context.record))
            context.commands.Submit(new Change(context.db, context.listener, context.caseRef, Change::Action::Add,
                                               Record{}, *added));
    };
    editing.edit = [&context, dialog](wxWindow* parent, const Record* row) {
        const Record before = *row;
        if (auto after = dialog(parent, before, context.record))
            context.commands.Submit(new Change(
                context.db, context.listener, context.caseRef, Change::Action::Update, before, *after,
                store::RecordRepository<Record>::loadedVersion(context.stamps, before.no)));
    };
    editing.remove = [&context, label](wxWindow* parent, const Record* row) {
        const Record before = *row;
        const wxString what = wxString::Format("%s %lld", RecordKind<Record>::singular(),
                                               static_cast<long long>(before.no));
        if (!prompts().confirm(parent, _("Delete"),
                               wxString::Format(_(L"Delete %s, \u201c%s\u201d? You can undo this with Ctrl+Z."),
                                                what, label(before))))
            return;
        context.commands.Submit(
            new Change(context.db, context.listener, context.caseRef, Change::Action::Remove, before, before,
                       store::RecordRepository<Record>::loadedVersion(context.stamps, before.no)));
    };
    return editing;
}

}  // namespace cg::app
