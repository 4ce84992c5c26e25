#include "app/case_workspace_panel.h"

#include <wx/config.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/xrc/xmlres.h>

#include "app/analysis_pages.h"
#include "app/drafts_panel.h"
#include "app/fact_timeline.h"
#include "app/fees_summary_panel.h"
#include "app/inline_check.h"
#include "app/interest_map_page.h"
#include "app/overview_panel.h"
#include "app/record_list_view.h"
#include "app/record_section_panel.h"
#include "app/running_session_frame.h"
#include "app/sections.h"
#include "app/workspace_page.h"
#include "store/case_repository.h"
#include "store/record_repository.h"

namespace cg::app {

namespace {
constexpr const char* kSashKey = "/Workspace/NavigatorWidth";
constexpr int kDefaultSash = 190;
}  // namespace

CaseWorkspacePanel::CaseWorkspacePanel(wxWindow* parent, store::Database& db, wxCommandProcessor& commands,
                                       CaseChangeListener& listener)
    : m_context{db, commands, listener, {}, {}, Audience::Mediator, {}} {
    wxXmlResource::Get()->LoadPanel(this, parent, "CaseWorkspacePanel");
    m_splitter = formControl<wxSplitterWindow>(this, "splitter");
    m_navigator = formControl<wxListBox>(this, "navigator");
    wxWindow* editor = formControl<wxWindow>(this, "editor");

    m_sections = makeSections(m_context);
    m_navigator->Append(_("Overview"));
    for (const auto& section : m_sections) m_navigator->Append(section->title());
    m_draftsIndex = static_cast<int>(m_navigator->Append(_("Drafts")));

    m_overview = new OverviewPanel(editor, m_context);
    m_sectionPanel = new RecordSectionPanel(editor);
    m_drafts = new DraftsPanel(editor, m_context);
    m_fees = new FeesSummaryPanel(m_sectionPanel, m_context);
    m_sectionPanel->addCompanion(m_fees);
    m_drafts->onOpenRecord = [this](const std::string& kind, domain::RecordNo no) { showRecord(kind, no); };
    m_pages = makeAnalysisPages(editor, m_context);
    if (WorkspacePage* map = makeInterestMapPage(editor, m_context)) m_pages.push_back(map);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_overview, 1, wxEXPAND);
    sizer->Add(m_sectionPanel, 1, wxEXPAND);
    sizer->Add(m_drafts, 1, wxEXPAND);
    for (WorkspacePage* page : m_pages) {
        m_navigator->Append(page->title());
        page->onOpenRecord = [this](const std::string& kind, domain::RecordNo no) { showRecord(kind, no); };
        page->Hide();
        sizer->Add(page, 1, wxEXPAND);
    }
    editor->SetSizer(sizer);

    const int sash = static_cast<int>(wxConfigBase::Get()->ReadLong(kSashKey, kDefaultSash));
    m_splitter->SetMinimumPaneSize(FromDIP(120));
    m_splitter->SetSashPosition(FromDIP(sash));
    m_navigator->Bind(wxEVT_LISTBOX, [this](wxCommandEvent& event) { showSection(event.GetSelection()); });
    m_splitter->Bind(wxEVT_SPLITTER_SASH_POS_CHANGED, [this](wxSplitterEvent& event) {
        saveLayout();
        event.Skip();
    });
    showSection(0);
}

CaseWorkspacePanel::~CaseWorkspacePanel() = default;

void CaseWorkspacePanel::saveLayout() {
    wxConfigBase::Get()->Write(kSashKey, static_cast<long>(ToDIP(m_splitter->GetSashPosition())));
}

void CaseWorkspacePanel::openCase(const std::string& reference) {
    store::CaseStamps stamps;
    domain::CaseRecord record = store::CaseRepository(m_context.db).load(reference, stamps);
    m_context.caseRef = reference;
    m_context.record = std::move(record);
    m_context.stamps = std::move(stamps);
    rebuildAll();
    showSection(0);
}

void CaseWorkspacePanel::closeCase() {
    m_context.caseRef.clear();
    m_context.record = domain::CaseRecord{};
    m_context.stamps = store::CaseStamps{};
    rebuildAll();
}

void CaseWorkspacePanel::reload(ChangedPart part) {
    if (m_context.caseRef.empty()) return;
    const std::string& ref = m_context.caseRef;
    domain::CaseRecord& r = m_context.record;
    store::Database& db = m_context.db;
    switch (part) {
        case ChangedPart::Head: r.head = store::CaseRepository(db).loadHead(ref, m_context.stamps); break;
        case ChangedPart::Parties: r.parties = store::PartyRepository(db).list(ref, m_context.stamps); break;
        case ChangedPart::Interests: r.interests = store::InterestRepository(db).list(ref, m_context.stamps); break;
        case ChangedPart::Clauses: r.clauses = store::ClauseRepository(db).list(ref, m_context.stamps); break;
        case ChangedPart::Facts: r.facts = store::FactRepository(db).list(ref, m_context.stamps); break;
        case ChangedPart::Claims: r.claims = store::ClaimRepository(db).list(ref, m_context.stamps); break;
        case ChangedPart::Options: r.options = store::OptionRepository(db).list(ref, m_context.stamps); break;
        case ChangedPart::Sessions: r.sessions = store::SessionRepository(db).list(ref, m_context.stamps); break;
        case ChangedPart::Offers: r.offers = store::OfferRepository(db).list(ref, m_context.stamps); break;
        case ChangedPart::Losses: r.losses = store::LossRepository(db).list(ref, m_context.stamps); break;
        case ChangedPart::Drafts: r.drafts = store::DraftRepository(db).list(ref, m_context.stamps); break;
        case ChangedPart::Participants: r.participants = store::ParticipantRepository(db).list(ref, m_context.stamps); break;
        case ChangedPart::Exhibits: r.exhibits = store::ExhibitRepository(db).list(ref, m_context.stamps); break;
        case ChangedPart::TimeEntries: r.timeEntries = store::TimeEntryRepository(db).list(ref, m_context.stamps); break;
        case ChangedPart::Expenses: r.expenses = store::ExpenseRepository(db).list(ref, m_context.stamps); break;
        case ChangedPart::Payments: r.payments = store::PaymentRepository(db).list(ref, m_context.stamps); break;
        case ChangedPart::Alternatives: r.alternatives = store::AlternativeRepository(db).list(ref, m_context.stamps); break;
        case ChangedPart::BottomLines: r.bottomLines = store::BottomLineRepository(db).list(ref, m_context.stamps); break;
        case ChangedPart::WholeCase:
            if (!store::CaseRepository(db).exists(ref)) {
                closeCase();
                return;
            }
            r = store::CaseRepository(db).load(ref, m_context.stamps);
            break;
    }
    rebuildAll();
}

void CaseWorkspacePanel::setAudience(Audience audience) {
    m_context.audience = audience;
    setScreenAudience(audience);
    rebuildAll();
    RunningSessionFrame::showAllTo(audience);
}

void CaseWorkspacePanel::rebuildAll() {
    for (const auto& section : m_sections) section->rebuild();
    m_overview->refresh();
    m_sectionPanel->refresh();
    m_drafts->refresh();
    m_fees->refresh();
    m_stalePages.assign(m_pages.size(), true);
    for (std::size_t i = 0; i < m_pages.size(); ++i)
        if (m_pages[i]->IsShown()) refreshIfStale(i);
    // Facts carry no confidentiality, so the timeline shows them all.
    m_sectionPanel->timeline().showFacts(pointersTo(m_context.record.facts));
}

void CaseWorkspacePanel::showSection(int index) {
    if (index < 0 || index > m_draftsIndex + static_cast<int>(m_pages.size())) return;
    if (m_navigator->GetSelection() != index) m_navigator->SetSelection(index);
    const bool overview = index == 0;
    const bool drafts = index == m_draftsIndex;
    if (isRecordSection(index)) m_sectionPanel->showSection(m_sections[static_cast<std::size_t>(index) - 1].get());
    m_sectionPanel->showTimeline(index == sectionIndex(_("Facts & timeline")));
    m_sectionPanel->showCompanion(index == sectionIndex(_("Time & fees")) ? m_fees : nullptr);
    m_overview->Show(overview);
    m_sectionPanel->Show(isRecordSection(index));
    m_drafts->Show(drafts);
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        const bool shown = index == m_draftsIndex + 1 + static_cast<int>(i);
        if (shown) refreshIfStale(i);
        m_pages[i]->Show(shown);
    }
    m_overview->GetParent()->Layout();
}

bool CaseWorkspacePanel::isRecordSection(int index) const {
    return index > 0 && index <= static_cast<int>(m_sections.size());
}

void CaseWorkspacePanel::showRecord(const std::string& kind, domain::RecordNo no) {
    // The record kinds the pre-flight check and the templates name.
    static const std::pair<const char*, const char*> kSections[] = {
        {"party", wxTRANSLATE("Parties")},
        {"interest", wxTRANSLATE("Interests")},
        {"clause", wxTRANSLATE("Contract clauses")},
        {"fact", wxTRANSLATE("Facts & timeline")},
        {"claim", wxTRANSLATE("Blame claims")},
        {"term", wxTRANSLATE("Options & terms")},
        {"option", wxTRANSLATE("Options & terms")},
        {"session", wxTRANSLATE("Sessions & notes")},
        {"offer", wxTRANSLATE("Offers")},
        {"loss", wxTRANSLATE("Losses")},
        {"participant", wxTRANSLATE("Participants")},
        {"exhibit", wxTRANSLATE("Exhibits")},
        {"time entry", wxTRANSLATE("Time & fees")},
        {"expense", wxTRANSLATE("Expenses")},
        {"payment", wxTRANSLATE("Payments")},
        {"alternative", wxTRANSLATE("Alternatives")},
        {"bottom line", wxTRANSLATE("Bottom lines")},
    };
    int index = 0;
    for (const auto& [recordKind, title] : kSections)
        if (kind == recordKind) index = sectionIndex(wxGetTranslation(title));
    if (index <= 0) {
        showSection(0);
        return;
    }
    showSection(index);
    const SectionModel& model = section(index);
    RecordListView& list = m_sectionPanel->list();
    const wxString number = wxString::Format("%lld", static_cast<long long>(no));
    for (std::size_t row = 0; row < model.rowCount(); ++row)
        if (model.cell(row, 0) == number) {
            list.SetItemState(static_cast<long>(row), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                              wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
            list.EnsureVisible(static_cast<long>(row));
        }
}

int CaseWorkspacePanel::currentSection() const { return m_navigator->GetSelection(); }

int CaseWorkspacePanel::sectionIndex(const wxString& title) const { return m_navigator->FindString(title); }

void CaseWorkspacePanel::refreshIfStale(std::size_t pageIndex) {
    if (pageIndex >= m_stalePages.size() || !m_stalePages[pageIndex]) return;
    m_stalePages[pageIndex] = false;
    m_pages[pageIndex]->refresh();
}

WorkspacePage* CaseWorkspacePanel::page(const wxString& title) {
    for (std::size_t i = 0; i < m_pages.size(); ++i)
        if (m_pages[i]->title() == title) {
            refreshIfStale(i);
            return m_pages[i];
        }
    return nullptr;
}

SectionModel& CaseWorkspacePanel::section(int index) { return *m_sections.at(static_cast<std::size_t>(index) - 1); }

}  // namespace cg::app
