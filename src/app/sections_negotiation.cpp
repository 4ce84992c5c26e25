// The negotiation half of the workspace sections: options, sessions and their
// notes, offers, losses and drafts. Options, offers and losses are edited
// through their dialogs; sessions and drafts are listed.
#include "app/agreement_check.h"
#include "app/audience.h"
#include "app/loss_dialog.h"
#include "app/note_dialog.h"
#include "app/offer_dialog.h"
#include "app/option_dialog.h"
#include "app/session_dialog.h"
#include "app/linked_delete.h"
#include "app/record_editing.h"
#include "app/record_kinds.h"
#include "app/record_rows.h"
#include "app/running_session_frame.h"
#include "app/sections.h"
#include "app/table_section.h"

namespace cg::app {

using domain::CaseRecord;

namespace {

// One row per note, or one for a session that has none yet, so that hiding
// confidential notes leaves the joint sessions and their notes in place.
struct NoteRow {
    const domain::MediationSession* session = nullptr;
    const domain::SessionNote* note = nullptr;
};

wxString instantText(const domain::Instant& instant) {
    std::string text = instant.toString();
    if (text.size() >= 16) text = text.substr(0, 10) + " " + text.substr(11, 5);
    return toWx(text);
}

// Add starts a session; Edit adds a note to the selected row's session;
// Delete removes the selected note, or the session when it has none. Notes
// are stored with their session, so a note change is a session update.
TableSection<NoteRow>::Editing sessionEditing(WorkspaceContext& context) {
    using domain::MediationSession;
    using Change = RecordChange<MediationSession>;
    TableSection<NoteRow>::Editing editing;
    editing.addLabel = _(L"&Start session\u2026");
    editing.editLabel = _(L"Add &note\u2026");
    editing.add = [&context](wxWindow* parent) {
        if (!confirmAgreementsSigned(parent, context.record)) return;
        auto session = runRecordDialog<SessionDialog>(parent, MediationSession{}, context.record);
        if (!session) return;
        auto* change = new Change(context.db, context.listener, context.caseRef, Change::Action::Add,
                                  MediationSession{}, *session);
        // A command that fails is deleted by Submit; one that succeeds stays in the history.
        if (context.commands.Submit(change)) RunningSessionFrame::open(parent, context, change->stored().no);
    };
    editing.actions.push_back({{"run_session", _("&Run session")}, [&context](wxWindow* parent, const NoteRow& row) {
                                   RunningSessionFrame::open(parent, context, row.session->no);
                               }});
    editing.edit = [&context](wxWindow* parent, const NoteRow& row) {
        const MediationSession before = *row.session;
        if (auto after = runNoteDialog(parent, before, context.record))
            context.commands.Submit(
                new Change(context.db, context.listener, context.caseRef, Change::Action::Update, before, *after));
    };
    editing.remove = [&context](wxWindow* parent, const NoteRow& row) {
        const MediationSession before = *row.session;
        const long long session = before.no;
        if (row.note) {
            if (!prompts().confirm(parent, _("Delete"),
                                   wxString::Format(_("Delete note %lld of session %lld? You can undo this with Ctrl+Z."),
                                                    static_cast<long long>(row.note->no), session)))
                return;
            MediationSession after = before;
            std::erase_if(after.notes, [&](const domain::SessionNote& n) { return n.no == row.note->no; });
            context.commands.Submit(
                new Change(context.db, context.listener, context.caseRef, Change::Action::Update, before, after));
            return;
        }
        if (!prompts().confirm(parent, _("Delete"),
                               wxString::Format(_("Delete session %lld? You can undo this with Ctrl+Z."), session)))
            return;
        context.commands.Submit(
            new Change(context.db, context.listener, context.caseRef, Change::Action::Remove, before, before));
    };
    return editing;
}

}  // namespace

std::unique_ptr<SectionModel> makeOptionsSection(WorkspaceContext& context) {
    using domain::SettlementOption;
    Columns<SettlementOption> columns{
        {{_("No."), 50, true}, [](const SettlementOption* o, const CaseRecord&) { return numberText(o->no); }},
        {{_("Kind"), 170}, [](const SettlementOption* o, const CaseRecord&) { return nameOf(o->kind); }},
        {{_("Status"), 90}, [](const SettlementOption* o, const CaseRecord&) { return nameOf(o->status); }},
        {{_("Amount"), 150, true}, [](const SettlementOption* o, const CaseRecord&) { return moneyText(o->amount); }},
        {{_("Payer"), 160},
         [](const SettlementOption* o, const CaseRecord& r) { return optionalPartyLabel(r, o->payerNo); }},
        {{_("Payee"), 160},
         [](const SettlementOption* o, const CaseRecord& r) { return optionalPartyLabel(r, o->payeeNo); }},
        {{_("Interests met"), 110},
         [](const SettlementOption* o, const CaseRecord&) { return numbersText(o->interestNos); }},
        {{_("Description"), 400}, [](const SettlementOption* o, const CaseRecord&) { return toWx(o->description); }},
    };
    auto editing = recordEditing<SettlementOption>(
        context, runRecordDialog<OptionDialog, SettlementOption>, [](const CaseRecord&) { return SettlementOption{}; },
        [](const SettlementOption& o) { return toWx(o.description); });
    askNamingLinksBeforeDelete<SettlementOption>(context, editing);
    return std::make_unique<TableSection<const SettlementOption*>>(context, _("Options & terms"), std::move(columns),
                                                                   rowsOf<SettlementOption>(), nullptr,
                                                                   std::move(editing));
}

std::unique_ptr<SectionModel> makeSessionsSection(WorkspaceContext& context) {
    std::vector<TableSection<NoteRow>::Column> columns{
        {{_("Session"), 70, true}, [](const NoteRow& r, const CaseRecord&) { return numberText(r.session->no); }},
        {{_("Kind"), 70}, [](const NoteRow& r, const CaseRecord&) { return nameOf(r.session->kind); }},
        {{_("Caucus with"), 170},
         [](const NoteRow& r, const CaseRecord& c) { return optionalPartyLabel(c, r.session->caucusPartyNo); }},
        {{_("Starts"), 130}, [](const NoteRow& r, const CaseRecord&) { return instantText(r.session->startedAt); }},
        {{_("Length"), 70, true},
         [](const NoteRow& r, const CaseRecord&) {
             const auto& minutes = r.session->plannedMinutes;
             return minutes ? wxString::Format("%d:%02d", *minutes / 60, *minutes % 60) : wxString();
         }},
        {{_("Where"), 170},
         [](const NoteRow& r, const CaseRecord&) {
             return toWx(r.session->location.empty() ? r.session->videoLink : r.session->location);
         }},
        {{_("Note written"), 130},
         [](const NoteRow& r, const CaseRecord&) { return r.note ? instantText(r.note->writtenAt) : wxString(); }},
        {{_("Visibility"), 230},
         [](const NoteRow& r, const CaseRecord&) {
             if (!r.note) return wxString(_("(no notes yet)"));
             return isConfidential(*r.session, *r.note) ? confidentialBadge() + wxString(L" \u00b7 ") + nameOf(r.note->visibility)
                                                       : nameOf(r.note->visibility);
         }},
        {{_("Note"), 420}, [](const NoteRow& r, const CaseRecord&) { return r.note ? toWx(r.note->text) : wxString(); }},
    };
    auto rows = [](const CaseRecord& record) {
        std::vector<NoteRow> result;
        for (const auto& session : record.sessions) {
            if (session.notes.empty()) result.push_back({&session, nullptr});
            for (const auto& note : session.notes) result.push_back({&session, &note});
        }
        return result;
    };
    auto confidential = [](const NoteRow& r) { return r.note && isConfidential(*r.session, *r.note); };
    return std::make_unique<TableSection<NoteRow>>(context, _("Sessions & notes"), std::move(columns), rows,
                                                   confidential, sessionEditing(context));
}

std::unique_ptr<SectionModel> makeOffersSection(WorkspaceContext& context) {
    using domain::Offer;
    Columns<Offer> columns{
        {{_("No."), 50, true}, [](const Offer* o, const CaseRecord&) { return numberText(o->no); }},
        {{_("Made"), 130}, [](const Offer* o, const CaseRecord&) { return instantText(o->madeAt); }},
        {{_("From"), 170}, [](const Offer* o, const CaseRecord& r) { return partyLabel(r, o->fromPartyNo); }},
        {{_("To"), 170}, [](const Offer* o, const CaseRecord& r) { return partyLabel(r, o->toPartyNo); }},
        {{_("Amount"), 150, true}, [](const Offer* o, const CaseRecord&) { return moneyText(o->amount); }},
        {{_("Status"), 90}, [](const Offer* o, const CaseRecord&) { return nameOf(o->status); }},
        {{_("Session"), 70, true},
         [](const Offer* o, const CaseRecord&) { return o->sessionNo ? numberText(*o->sessionNo) : wxString(); }},
        {{_("Answers offer"), 100, true},
         [](const Offer* o, const CaseRecord&) {
             return o->respondsToOfferNo ? numberText(*o->respondsToOfferNo) : wxString();
         }},
        {{_("Terms"), 360}, [](const Offer* o, const CaseRecord&) { return toWx(o->terms); }},
    };
    auto editing = recordEditing<Offer>(
        context, runRecordDialog<OfferDialog, Offer>, [](const CaseRecord&) { return Offer{}; },
        [](const Offer& o) { return toWx(o.terms); });
    askNamingLinksBeforeDelete<Offer>(context, editing);
    return std::make_unique<TableSection<const Offer*>>(context, _("Offers"), std::move(columns), rowsOf<Offer>(),
                                                        nullptr, std::move(editing));
}

std::unique_ptr<SectionModel> makeLossesSection(WorkspaceContext& context) {
    using domain::LossItem;
    Columns<LossItem> columns{
        {{_("No."), 50, true}, [](const LossItem* l, const CaseRecord&) { return numberText(l->no); }},
        {{_("Party"), 180}, [](const LossItem* l, const CaseRecord& r) { return partyLabel(r, l->partyNo); }},
        {{_("Category"), 140}, [](const LossItem* l, const CaseRecord&) { return nameOf(l->category); }},
        {{_("Low"), 140, true}, [](const LossItem* l, const CaseRecord&) { return toWx(l->low.display()); }},
        {{_("High"), 140, true}, [](const LossItem* l, const CaseRecord&) { return toWx(l->high.display()); }},
        {{_("Damages"), 110}, [](const LossItem* l, const CaseRecord&) { return nameOf(l->damages); }},
        {{_("Description"), 380}, [](const LossItem* l, const CaseRecord&) { return toWx(l->description); }},
    };
    auto editing = recordEditing<LossItem>(
        context, runRecordDialog<LossDialog, LossItem>, [](const CaseRecord&) { return LossItem{}; },
        [](const LossItem& l) { return toWx(l.description); });
    return std::make_unique<TableSection<const LossItem*>>(context, _("Losses"), std::move(columns),
                                                           rowsOf<LossItem>(), nullptr, std::move(editing));
}

}  // namespace cg::app
