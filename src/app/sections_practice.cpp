// The practice half of the workspace sections (issue 7): who takes part
// besides the parties, the exhibits put before the mediation, and the
// mediator's time, expenses and the parties' payments.
#include <wx/filedlg.h>
#include <wx/utils.h>

#include "app/audience.h"
#include "app/conflict_warning.h"
#include "app/exhibit_dialog.h"
#include "app/exhibit_files.h"
#include "app/expense_dialog.h"
#include "app/participant_dialog.h"
#include "app/payment_dialog.h"
#include "app/record_editing.h"
#include "app/record_kinds.h"
#include "app/record_rows.h"
#include "app/sections.h"
#include "app/table_section.h"
#include "app/time_entry_dialog.h"
#include "exchange/atomic_file_write.h"
#include "exchange/exhibit_file.h"
#include "store/exhibit_contents.h"

namespace cg::app {

using domain::CaseRecord;

namespace {

wxString dateText(const domain::Date& date) { return toWx(date.toString()); }

wxString minutesText(int minutes) { return wxString::Format("%d:%02d", minutes / 60, minutes % 60); }

// A participant's names go through the conflict check when they are new to
// the case: on add, and on edit when the name or organisation changed.
RecordDialog<domain::Participant> participantDialogWithConflictCheck(WorkspaceContext& context) {
    return [&context](wxWindow* parent, const domain::Participant& initial,
                      const CaseRecord& record) -> std::optional<domain::Participant> {
        auto edited = runRecordDialog<ParticipantDialog>(parent, initial, record);
        if (!edited) return std::nullopt;
        std::vector<std::string> names;
        if (edited->name != initial.name) names.push_back(edited->name);
        if (!edited->organisation.empty() && edited->organisation != initial.organisation)
            names.push_back(edited->organisation);
        if (!passesConflictCheck(parent, context.db, context.caseRef, names)) return std::nullopt;
        return edited;
    };
}

void openExhibit(WorkspaceContext& context, wxWindow* parent, const domain::Exhibit& exhibit) {
    try {
        const auto path = temporaryExhibitPath(exhibit);
        exchange::writeFileAtomically(path.string(), store::verifiedExhibitContent(context.db, context.caseRef, exhibit.no));
        if (!wxLaunchDefaultApplication(toWx(path.string())))
            throw std::runtime_error("No program is set up to open " + exhibit.fileName + "; it was saved as " +
                                     path.string() + ".");
    } catch (const std::exception&) {
        reportCurrentError(parent, wxString::Format(_("Could not open exhibit %lld."),
                                                    static_cast<long long>(exhibit.no)));
    }
}

void saveExhibitAs(WorkspaceContext& context, wxWindow* parent, const domain::Exhibit& exhibit) {
    wxFileDialog dialog(parent, _(L"Save exhibit as"), {}, toWx(exhibit.fileName), _("All files|*"),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (prompts().showModal(dialog) != wxID_OK) return;
    try {
        exchange::writeFileAtomically(fromWx(dialog.GetPath()), store::verifiedExhibitContent(context.db, context.caseRef, exhibit.no));
    } catch (const std::exception&) {
        reportCurrentError(parent, wxString::Format(_("Could not save exhibit %lld as %s."),
                                                    static_cast<long long>(exhibit.no), dialog.GetPath()));
    }
}

}  // namespace

std::unique_ptr<SectionModel> makeParticipantsSection(WorkspaceContext& context) {
    using domain::Participant;
    Columns<Participant> columns{
        {{_("No."), 50, true}, [](const Participant* p, const CaseRecord&) { return numberText(p->no); }},
        {{_("Name"), 220}, [](const Participant* p, const CaseRecord&) { return toWx(p->name); }},
        {{_("Organisation"), 200}, [](const Participant* p, const CaseRecord&) { return toWx(p->organisation); }},
        {{_("Role"), 110}, [](const Participant* p, const CaseRecord&) { return nameOf(p->role); }},
        {{_("Party"), 200},
         [](const Participant* p, const CaseRecord& r) { return optionalPartyLabel(r, p->partyNo); }},
        {{_("E-mail"), 220}, [](const Participant* p, const CaseRecord&) { return toWx(p->email); }},
    };
    auto editing = recordEditing<Participant>(
        context, participantDialogWithConflictCheck(context), [](const CaseRecord&) { return Participant{}; },
        [](const Participant& p) { return toWx(p.name); });
    return std::make_unique<TableSection<const Participant*>>(context, _("Participants"), std::move(columns),
                                                              rowsOf<Participant>(), nullptr, std::move(editing));
}

std::unique_ptr<SectionModel> makeExhibitsSection(WorkspaceContext& context) {
    using domain::Exhibit;
    Columns<Exhibit> columns{
        {{_("No."), 50, true}, [](const Exhibit* e, const CaseRecord&) { return numberText(e->no); }},
        {{_("Title"), 240}, [](const Exhibit* e, const CaseRecord&) { return toWx(e->title); }},
        {{_("Visibility"), 200}, [](const Exhibit* e, const CaseRecord&) { return visibilityText(e->visibility); }},
        {{_("File"), 170}, [](const Exhibit* e, const CaseRecord&) { return toWx(e->fileName); }},
        {{_("Size"), 90, true}, [](const Exhibit* e, const CaseRecord&) { return toWx(exchange::sizeText(e->sizeBytes)); }},
        {{_("SHA-256"), 120}, [](const Exhibit* e, const CaseRecord&) { return toWx(e->sha256.substr(0, 12)); }},
        {{_("Attached"), 130},
         [](const Exhibit* e, const CaseRecord&) {
             const std::string t = e->attachedAt.toString();
             return toWx(t.size() >= 16 ? t.substr(0, 10) + " " + t.substr(11, 5) : t);
         }},
        {{_("Submitted by"), 170},
         [](const Exhibit* e, const CaseRecord& r) { return optionalPartyLabel(r, e->submittedByPartyNo); }},
    };
    auto editing = recordEditing<Exhibit>(
        context, runRecordDialog<ExhibitDialog, Exhibit>, [](const CaseRecord&) { return Exhibit{}; },
        [](const Exhibit& e) { return toWx(e.title); });
    editing.addLabel = _(L"&Attach\u2026");
    editing.actions.push_back({{"open_exhibit", _("&Open")},
                               [&context](wxWindow* parent, const Exhibit* e) { openExhibit(context, parent, *e); }});
    editing.actions.push_back({{"save_exhibit", _(L"&Save as\u2026")}, [&context](wxWindow* parent, const Exhibit* e) {
                                   saveExhibitAs(context, parent, *e);
                               }});
    return std::make_unique<TableSection<const Exhibit*>>(
        context, _("Exhibits"), std::move(columns), rowsOf<Exhibit>(),
        [](const Exhibit* e) { return isConfidential(e->visibility); }, std::move(editing));
}

std::unique_ptr<SectionModel> makeTimeSection(WorkspaceContext& context) {
    using domain::TimeEntry;
    Columns<TimeEntry> columns{
        {{_("No."), 50, true}, [](const TimeEntry* t, const CaseRecord&) { return numberText(t->no); }},
        {{_("Date"), 100}, [](const TimeEntry* t, const CaseRecord&) { return dateText(t->workedOn); }},
        {{_("Time (h:mm)"), 100, true}, [](const TimeEntry* t, const CaseRecord&) { return minutesText(t->minutes); }},
        {{_("Activity"), 120}, [](const TimeEntry* t, const CaseRecord&) { return nameOf(t->activity); }},
        {{_("Session"), 70, true},
         [](const TimeEntry* t, const CaseRecord&) { return t->sessionNo ? numberText(*t->sessionNo) : wxString(); }},
        {{_("Mediator"), 150},
         [](const TimeEntry* t, const CaseRecord& r) { return toWx(t->mediator.empty() ? r.head.mediator : t->mediator); }},
        {{_("Billable"), 95},
         [](const TimeEntry* t, const CaseRecord&) { return t->billable ? _("yes") : _("no"); }},
        {{_("Description"), 360}, [](const TimeEntry* t, const CaseRecord&) { return toWx(t->description); }},
    };
    auto editing = recordEditing<TimeEntry>(
        context, runRecordDialog<TimeEntryDialog, TimeEntry>, [](const CaseRecord&) { return TimeEntry{}; },
        [](const TimeEntry& t) { return toWx(t.workedOn.toString()) + " " + minutesText(t.minutes); });
    return std::make_unique<TableSection<const TimeEntry*>>(context, _("Time & fees"), std::move(columns),
                                                            rowsOf<TimeEntry>(), nullptr, std::move(editing));
}

std::unique_ptr<SectionModel> makeExpensesSection(WorkspaceContext& context) {
    using domain::Expense;
    Columns<Expense> columns{
        {{_("No."), 50, true}, [](const Expense* e, const CaseRecord&) { return numberText(e->no); }},
        {{_("Date"), 100}, [](const Expense* e, const CaseRecord&) { return dateText(e->incurredOn); }},
        {{_("Description"), 300}, [](const Expense* e, const CaseRecord&) { return toWx(e->description); }},
        {{_("Amount"), 150, true}, [](const Expense* e, const CaseRecord&) { return toWx(e->amount.display()); }},
        {{_("Charged to"), 200},
         [](const Expense* e, const CaseRecord& r) {
             return e->chargedToPartyNo ? partyLabel(r, *e->chargedToPartyNo) : _("(shared like the fees)");
         }},
    };
    auto editing = recordEditing<Expense>(
        context, runRecordDialog<ExpenseDialog, Expense>, [](const CaseRecord&) { return Expense{}; },
        [](const Expense& e) { return toWx(e.description); });
    return std::make_unique<TableSection<const Expense*>>(context, _("Expenses"), std::move(columns),
                                                          rowsOf<Expense>(), nullptr, std::move(editing));
}

std::unique_ptr<SectionModel> makePaymentsSection(WorkspaceContext& context) {
    using domain::Payment;
    Columns<Payment> columns{
        {{_("No."), 50, true}, [](const Payment* p, const CaseRecord&) { return numberText(p->no); }},
        {{_("Received"), 100}, [](const Payment* p, const CaseRecord&) { return dateText(p->receivedOn); }},
        {{_("Party"), 220}, [](const Payment* p, const CaseRecord& r) { return partyLabel(r, p->partyNo); }},
        {{_("Amount"), 150, true}, [](const Payment* p, const CaseRecord&) { return toWx(p->amount.display()); }},
        {{_("Reference"), 220}, [](const Payment* p, const CaseRecord&) { return toWx(p->reference); }},
    };
    auto editing = recordEditing<Payment>(
        context, runRecordDialog<PaymentDialog, Payment>,
        [](const CaseRecord& r) {
            Payment blank;
            if (!r.parties.empty()) blank.partyNo = r.parties.front().no;
            return blank;
        },
        [](const Payment& p) { return toWx(p.amount.display()); });
    return std::make_unique<TableSection<const Payment*>>(context, _("Payments"), std::move(columns),
                                                          rowsOf<Payment>(), nullptr, std::move(editing));
}

}  // namespace cg::app
