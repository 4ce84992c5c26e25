#pragma once
// The case workspace (forms/case_workspace_panel.xrc): the navigator on the
// left (Overview, Parties, Interests … Drafts) and the editor of the picked
// section on the right: the record sections in one RecordSectionPanel, the
// Drafts section in its DraftsPanel. It holds the open case as loaded from
// the store and reloads only the part a command changed.
#include <memory>
#include <string>
#include <vector>

#include <wx/panel.h>

#include "app/workspace_context.h"

class wxListBox;
class wxSplitterWindow;

namespace cg::app {

class DraftsPanel;
class FeesSummaryPanel;
class OverviewPanel;
class RecordSectionPanel;
class SectionModel;
class WorkspacePage;

class CaseWorkspacePanel : public wxPanel {
public:
    CaseWorkspacePanel(wxWindow* parent, store::Database& db, wxCommandProcessor& commands,
                       CaseChangeListener& listener);
    ~CaseWorkspacePanel() override;

    // Loads the whole case and shows its Overview; throws the store's errors.
    void openCase(const std::string& reference);
    void closeCase();
    const std::string& caseRef() const { return m_context.caseRef; }
    const domain::CaseRecord& record() const { return m_context.record; }

    // Reloads what changed in the store; the case may have been deleted (undo
    // of "New case"), then the workspace empties itself.
    void reload(ChangedPart part);
    void setAudience(Audience audience);
    Audience audience() const { return m_context.audience; }

    // 0 is Overview, then the record sections in navigator order, then Drafts,
    // then the derived views (worksheet … interest map).
    void showSection(int index);
    int currentSection() const;
    int sectionIndex(const wxString& title) const;
    // Whether `index` is a record section (a SectionModel), not Overview or Drafts.
    bool isRecordSection(int index) const;
    SectionModel& section(int index);
    RecordSectionPanel& sectionPanel() { return *m_sectionPanel; }
    DraftsPanel& draftsPanel() { return *m_drafts; }
    FeesSummaryPanel& feesSummary() { return *m_fees; }
    // The derived-view page with this navigator title, brought up to date;
    // nullptr if none.
    WorkspacePage* page(const wxString& title);
    // Shows the section of a record a pre-flight finding names ("party", 2)
    // with the record selected; Overview for the case itself.
    void showRecord(const std::string& kind, domain::RecordNo no);

private:
    void rebuildAll();
    void refreshIfStale(std::size_t pageIndex);
    void saveLayout();

    WorkspaceContext m_context;
    std::vector<std::unique_ptr<SectionModel>> m_sections;
    wxSplitterWindow* m_splitter = nullptr;
    wxListBox* m_navigator = nullptr;
    OverviewPanel* m_overview = nullptr;
    RecordSectionPanel* m_sectionPanel = nullptr;
    DraftsPanel* m_drafts = nullptr;
    FeesSummaryPanel* m_fees = nullptr;  // under the Time & fees section
    std::vector<WorkspacePage*> m_pages;  // after Drafts, in navigator order
    // Pages not redrawn since the case changed. A page is derived from the
    // whole case (on a large case, seconds of work), so only the page in
    // view is redrawn at once; the others when they are shown.
    std::vector<bool> m_stalePages;
    int m_draftsIndex = 0;
};

}  // namespace cg::app
