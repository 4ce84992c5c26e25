#pragma once
// The record sections of the case workspace, in navigator order after
// Overview: Parties, Participants, Interests, Contract clauses, Facts &
// timeline, Blame claims, Options & terms, Sessions & notes, Offers, Losses,
// Exhibits, Time & fees, Expenses, Payments. (Drafts, last,
// has a panel of its own: DraftsPanel.)
#include <memory>
#include <string_view>
#include <vector>

#include <wx/string.h>

#include "app/section_model.h"
#include "app/vocabulary_labels.h"
#include "app/workspace_context.h"
#include "app/wx_text.h"
#include "domain/enum_names.h"

namespace cg::app {

std::vector<std::unique_ptr<SectionModel>> makeSections(WorkspaceContext& context);

std::unique_ptr<SectionModel> makeOptionsSection(WorkspaceContext& context);
std::unique_ptr<SectionModel> makeSessionsSection(WorkspaceContext& context);
std::unique_ptr<SectionModel> makeOffersSection(WorkspaceContext& context);
// Each party's offers made and received, in time order (offers_by_party.cpp).
std::unique_ptr<SectionModel> makeOffersByPartySection(WorkspaceContext& context);
std::unique_ptr<SectionModel> makeAlternativesSection(WorkspaceContext& context);
std::unique_ptr<SectionModel> makeBottomLinesSection(WorkspaceContext& context);
std::unique_ptr<SectionModel> makeLossesSection(WorkspaceContext& context);
std::unique_ptr<SectionModel> makeParticipantsSection(WorkspaceContext& context);
std::unique_ptr<SectionModel> makeExhibitsSection(WorkspaceContext& context);
std::unique_ptr<SectionModel> makeTimeSection(WorkspaceContext& context);
std::unique_ptr<SectionModel> makeExpensesSection(WorkspaceContext& context);
std::unique_ptr<SectionModel> makePaymentsSection(WorkspaceContext& context);

// Shared by the section definitions.
template <typename E>
wxString nameOf(E value) {
    return vocabularyLabel(value);
}
wxString numberText(long long no);
wxString partyLabel(const domain::CaseRecord& record, domain::RecordNo no);
wxString optionalPartyLabel(const domain::CaseRecord& record, const domain::OptionalNo& no);
wxString visibilityText(domain::Visibility visibility);
wxString moneyText(const std::optional<domain::Money>& money);
wxString numbersText(const domain::RecordNos& numbers);

template <typename Record>
std::vector<const Record*> pointersTo(const std::vector<Record>& records) {
    std::vector<const Record*> rows;
    rows.reserve(records.size());
    for (const Record& r : records) rows.push_back(&r);
    return rows;
}

}  // namespace cg::app
