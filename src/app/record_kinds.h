#pragma once
// For each kind of record: where it lives in a CaseRecord, and its name for
// people. Commands, sections and the workspace use this instead of
// repeating one switch per kind.
#include <wx/intl.h>
#include <wx/string.h>

#include "app/case_change_listener.h"
#include "domain/case_record.h"

namespace cg::app {

template <typename Record>
struct RecordKind;

#define CG_RECORD_KIND(TYPE, MEMBER, PART, SINGULAR)                                   \
    template <>                                                                    \
    struct RecordKind<domain::TYPE> {                                              \
        static constexpr auto member = &domain::CaseRecord::MEMBER;                \
        static constexpr ChangedPart part = ChangedPart::PART;                     \
        static wxString singular() { return SINGULAR; }                            \
    }

CG_RECORD_KIND(Party, parties, Parties, _("party"));
CG_RECORD_KIND(Interest, interests, Interests, _("interest"));
CG_RECORD_KIND(ContractClause, clauses, Clauses, _("contract clause"));
CG_RECORD_KIND(BreachFact, facts, Facts, _("fact"));
CG_RECORD_KIND(BlameClaim, claims, Claims, _("blame claim"));
CG_RECORD_KIND(SettlementOption, options, Options, _("option"));
CG_RECORD_KIND(MediationSession, sessions, Sessions, _("session"));
CG_RECORD_KIND(Offer, offers, Offers, _("offer"));
CG_RECORD_KIND(LossItem, losses, Losses, _("loss"));
CG_RECORD_KIND(AgreementDraft, drafts, Drafts, _("draft"));
CG_RECORD_KIND(Participant, participants, Participants, _("participant"));
CG_RECORD_KIND(Exhibit, exhibits, Exhibits, _("exhibit"));
CG_RECORD_KIND(TimeEntry, timeEntries, TimeEntries, _("time entry"));
CG_RECORD_KIND(Expense, expenses, Expenses, _("expense"));
CG_RECORD_KIND(Payment, payments, Payments, _("payment"));
CG_RECORD_KIND(Alternative, alternatives, Alternatives, _("alternative"));
CG_RECORD_KIND(BottomLine, bottomLines, BottomLines, _("bottom line"));

#undef CG_RECORD_KIND

}  // namespace cg::app
