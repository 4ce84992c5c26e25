// The sections for what a party tells the mediator about its limits: its
// alternatives to an agreement (BATNA / WATNA) and the bottom lines it gives
// in caucus. Both are confidential by nature: an alternative is never for
// everyone, and a bottom line is the mediator's alone, so neither shows while
// the screen is shared.
#include "app/alternative_dialog.h"
#include "app/audience.h"
#include "app/bottom_line_dialog.h"
#include "app/record_editing.h"
#include "app/record_kinds.h"
#include "app/record_rows.h"
#include "app/sections.h"
#include "app/table_section.h"

namespace cg::app {

using domain::CaseRecord;

std::unique_ptr<SectionModel> makeAlternativesSection(WorkspaceContext& context) {
    using domain::Alternative;
    Columns<Alternative> columns{
        {{_("No."), 50, true}, [](const Alternative* a, const CaseRecord&) { return numberText(a->no); }},
        {{_("Party"), 200}, [](const Alternative* a, const CaseRecord& r) { return partyLabel(r, a->partyNo); }},
        {{_("Kind"), 80}, [](const Alternative* a, const CaseRecord&) { return nameOf(a->kind); }},
        {{_("Value"), 130, true}, [](const Alternative* a, const CaseRecord&) { return moneyText(a->value); }},
        {{_("Likelihood"), 90, true},
         [](const Alternative* a, const CaseRecord&) { return wxString::Format("%d %%", a->likelihoodPercent); }},
        {{_("Visibility"), 200}, [](const Alternative* a, const CaseRecord&) { return visibilityText(a->visibility); }},
        {{_("Alternative"), 400}, [](const Alternative* a, const CaseRecord&) { return toWx(a->description); }},
    };
    auto editing = recordEditing<Alternative>(
        context, runRecordDialog<AlternativeDialog, Alternative>, [](const CaseRecord&) { return Alternative{}; },
        [](const Alternative& a) { return toWx(a.description); });
    return std::make_unique<TableSection<const Alternative*>>(
        context, _("Alternatives"), std::move(columns), rowsOf<Alternative>(),
        [](const Alternative* a) { return isConfidential(a->visibility); }, std::move(editing));
}

std::unique_ptr<SectionModel> makeBottomLinesSection(WorkspaceContext& context) {
    using domain::BottomLine;
    Columns<BottomLine> columns{
        {{_("No."), 50, true}, [](const BottomLine* b, const CaseRecord&) { return numberText(b->no); }},
        {{_("Party"), 200}, [](const BottomLine* b, const CaseRecord& r) { return partyLabel(r, b->partyNo); }},
        {{_("Stance"), 130}, [](const BottomLine* b, const CaseRecord&) { return nameOf(b->stance); }},
        {{_("Amount"), 130, true}, [](const BottomLine* b, const CaseRecord&) { return moneyText(b->amount); }},
        {{_("Given on"), 100}, [](const BottomLine* b, const CaseRecord&) { return toWx(b->givenOn.toString()); }},
        {{_("Session"), 70, true},
         [](const BottomLine* b, const CaseRecord&) { return b->sessionNo ? numberText(*b->sessionNo) : wxString(); }},
        {{_("Conditions"), 400}, [](const BottomLine* b, const CaseRecord&) { return toWx(b->note); }},
    };
    auto editing = recordEditing<BottomLine>(
        context, runRecordDialog<BottomLineDialog, BottomLine>, [](const CaseRecord&) { return BottomLine{}; },
        [](const BottomLine& b) { return toWx(b.amount.display()); });
    // Every row is the mediator's alone: none of them is on a shared screen.
    return std::make_unique<TableSection<const BottomLine*>>(context, _("Bottom lines"), std::move(columns),
                                                             rowsOf<BottomLine>(),
                                                             [](const BottomLine*) { return true; }, std::move(editing));
}

}  // namespace cg::app
